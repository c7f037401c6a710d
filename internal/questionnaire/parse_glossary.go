package questionnaire

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// parseGlossary reads the glossary (1.1): a map from term to definition.
// Terms are free text ("hash list", "E2EE"), kept in file order for the
// report's appendix. The key is the headword in the default language; an
// entry may instead be a map with `definition` and `term`, the headword in
// other languages ({sv: "Hashlista"}), so a Swedish report shows Swedish
// headwords. A language code is never "term" or "definition", so the two
// forms cannot be confused.
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
		defNode, headword := f.Val[term], Text{}
		if ef, ok := glossaryEntry(w, defNode); ok {
			w.Known(ef, what, glossaryEntryFields, []string{"definition"})
			defNode = ef.Val["definition"]
			if tn, ok := ef.Val["term"]; ok {
				headword = p.headword(tn, what, term)
			}
		}
		var def Text
		if defNode != nil {
			def = p.text(defNode, what)
			if def.IsZero() && p.complainedNot(defNode) {
				w.Errorf(defNode, "%s: the definition is empty", what)
			}
		}
		p.q.Glossary = append(p.q.Glossary, GlossaryEntry{Term: term, Headword: headword, Definition: def, Pos: yamlsrc.PosOf(kn)})
	}
}

var glossaryEntryFields = []string{"term", "definition"}

// glossaryEntry returns the fields of a glossary value written in the long
// form (a map with `definition` or `term`), and false for a plain text.
func glossaryEntry(w *yamlsrc.Walker, n *yaml.Node) (*yamlsrc.Fields, bool) {
	n = w.Resolve(n)
	if n.Kind != yaml.MappingNode {
		return nil, false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if k := n.Content[i].Value; k == "term" || k == "definition" {
			f, ok := w.Mapping(n, "glossary entry")
			return f, ok
		}
	}
	return nil, false
}

// headword reads the localized headword of a glossary entry: a map from
// language to headword. The default language may be left out (the key is
// the headword there); when given it must be the key itself, so the two
// never disagree.
func (p *parser) headword(n *yaml.Node, what, key string) Text {
	w := p.w
	m := map[string]string{p.def: key}
	f, ok := w.Mapping(n, what+" term")
	if !ok {
		return NewText(p.def, m)
	}
	for _, lang := range f.Order {
		if !slices.Contains(p.q.Languages, lang) {
			w.Errorf(f.Key[lang], "%s term: language %q is not in languages (%s)", what, yamlsrc.Clip(lang), strings.Join(p.q.Languages, ", "))
			continue
		}
		s, ok := w.Str(f.Val[lang], what+" term ("+lang+")")
		if !ok {
			continue
		}
		switch {
		case strings.TrimSpace(s) == "":
			w.Errorf(f.Val[lang], "%s: term (%s) is empty", what, lang)
		case lang == p.def && s != key:
			w.Errorf(f.Val[lang], "%s: term (%s) %q differs from the key; the key is the headword in %s", what, lang, yamlsrc.Clip(s), p.def)
		default:
			m[lang] = s
		}
	}
	return NewText(p.def, m)
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
