package questionnaire

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// referenceSource reads what a reference says of its source (1.1): its
// legal status, the day it was last checked, the regime it belongs to and
// the exact place cited. Regimes are read before references, so a
// reference naming an unknown regime is reported here.
func (p *parser) referenceSource(rf *yamlsrc.Fields, what string, ref *Reference) {
	w := p.w
	if sn, ok := rf.Val["status"]; ok {
		ref.Status = p.status(sn, what)
	}
	if an, ok := rf.Val["as_of"]; ok {
		if s, ok := w.Str(an, what+" as_of"); ok {
			d, err := ParseDate(s)
			if err != nil {
				w.Errorf(an, "%s: as_of: %v", what, err)
			}
			ref.AsOf = d
		}
	}
	if rn, ok := rf.Val["regime"]; ok {
		if id, ok := readID(w, rn, what+" regime"); ok {
			if p.q.regimeByID[id] == nil {
				var ids []string
				for _, r := range p.q.Regimes {
					ids = append(ids, r.ID)
				}
				msg := fmt.Sprintf("%s: unknown regime %q", what, yamlsrc.Clip(id))
				if near := yamlsrc.Nearest(id, ids); near != "" {
					msg += fmt.Sprintf("; did you mean %q?", near)
				} else {
					msg += "; add it under the top-level regimes"
				}
				w.Errorf(rn, "%s", msg)
			}
			ref.Regime = id
		}
	}
	if pn, ok := rf.Val["pinpoint"]; ok {
		if s, ok := w.Str(pn, what+" pinpoint"); ok {
			if strings.TrimSpace(s) == "" {
				w.Errorf(pn, "%s: pinpoint is empty", what)
			}
			ref.Pinpoint = s
		}
	}
}
