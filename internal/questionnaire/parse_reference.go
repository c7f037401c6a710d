package questionnaire

import (
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
				if near := yamlsrc.Nearest(id, ids); near != "" {
					w.Errorf(rn, "%s: unknown regime %q; did you mean %q?", what, yamlsrc.Clip(id), near)
				} else {
					w.Errorf(rn, "%s: unknown regime %q; add it under the top-level regimes", what, yamlsrc.Clip(id))
				}
			}
			ref.Regime = id
		}
	}
	if pn, ok := rf.Val["pinpoint"]; ok {
		// A pinpoint is localized like every other text (3.0 content:
		// {en: "Art. 16(1)", sv: "art. 16.1"}); a plain string still
		// serves every language.
		t := p.text(pn, what+" pinpoint")
		if p.complainedNot(pn) {
			for _, lang := range t.Langs() {
				if strings.TrimSpace(t.In(lang)) == "" {
					w.Errorf(pn, "%s: pinpoint is empty", what)
					break
				}
			}
		}
		ref.PinpointText = t
		ref.Pinpoint = t.String()
	}
	if fn, ok := rf.Val["in_force"]; ok {
		if s, ok := w.Str(fn, what+" in_force"); ok {
			d, err := ParseDate(s)
			if err != nil {
				w.Errorf(fn, "%s: in_force: %v", what, err)
			}
			ref.InForce = d
		}
	}
}
