package questionnaire

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// parseGlossary reads the glossary (1.1): a map from term to definition.
// Terms are free text ("hash list", "E2EE"), kept in file order for the
// report's appendix.
func (p *parser) parseGlossary(n *yaml.Node) {
	w := p.w
	f, ok := w.Mapping(n, "glossary")
	if !ok {
		return
	}
	for _, term := range f.Order {
		kn := f.Key[term]
		if strings.TrimSpace(term) == "" || term != strings.TrimSpace(term) {
			w.Errorf(kn, "glossary: a term must be non-empty with no spaces around it")
			continue
		}
		what := fmt.Sprintf("glossary %q", yamlsrc.Clip(term))
		def := p.text(f.Val[term], what)
		if def.IsZero() && p.complainedNot(f.Val[term]) {
			w.Errorf(f.Val[term], "%s: the definition is empty", what)
		}
		p.q.Glossary = append(p.q.Glossary, GlossaryEntry{Term: term, Definition: def, Pos: yamlsrc.PosOf(kn)})
	}
}

// parseMinCompletion reads min_completion (1.1), a share in [0, 1].
func (p *parser) parseMinCompletion(n *yaml.Node) {
	v, ok := p.w.Num(n, "min_completion")
	if !ok {
		return
	}
	if v < 0 || v > 1 {
		p.w.Errorf(n, "min_completion %v is outside 0 to 1 (it is a share: 0.8 means 80 %%)", v)
		return
	}
	p.q.MinCompletion = v
}
