package questionnaire

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var (
	topFields       = []string{"format", "id", "version", "title", "description", "languages", "references", "regimes", "glossary", "min_completion", "rating", "critical_cap", "option_sets", "sections"}
	topRequired     = []string{"format", "id", "version", "title", "sections"}
	sectionFields   = []string{"id", "title", "description", "weight", "when", "questions"}
	sectionRequired = []string{"id", "title", "questions"}
	refFields       = []string{"title", "url", "status", "as_of", "regime", "pinpoint", "in_force"}
	bandFields      = []string{"min", "label"}

	semverRE = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$`)
	langRE   = regexp.MustCompile(`^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$`)
)

// DefaultRating is used when a questionnaire has no `rating` (questionnaires/README.md).
var DefaultRating = []RatingBand{
	{90, NewText("en", map[string]string{"en": "Leading", "sv": "Ledande"})},
	{70, NewText("en", map[string]string{"en": "Established", "sv": "Etablerad"})},
	{40, NewText("en", map[string]string{"en": "Developing", "sv": "Under utveckling"})},
	{0, NewText("en", map[string]string{"en": "Inadequate", "sv": "Otillräcklig"})},
}

// parser holds what a parse needs across the file: the walker, the default
// language, the ids seen so far and the conditions to check once every
// question is known.
type parser struct {
	w          *yamlsrc.Walker
	q          *Questionnaire
	def        string
	optionSets map[string]optionSet
	conds      []pendingCond
	replaces   []pendingReplace
	// reads caches regimeReads.
	reads map[string][]string
}

type optionSet struct {
	options []Option
	node    *yaml.Node
	// exclusive marks options set exclusive, which only a multi may use.
	exclusive []*yaml.Node
}

// pendingCond is a condition with the index of the question that owns it
// (a section's condition is owned by its first question): it may only test
// questions before that index.
type pendingCond struct {
	c     *Condition
	owner int
	what  string
}

// Parse reads and validates a questionnaire. path is used only in messages.
// On any problem it returns a *yamlsrc.ErrorList with every problem found.
func Parse(path string, data []byte) (*Questionnaire, error) {
	errs := &yamlsrc.ErrorList{Path: path}
	top := yamlsrc.LoadLimit(data, yamlsrc.MaxQuestionnaireSize, errs)
	if top == nil {
		return nil, errs.Err()
	}
	sum := sha256.Sum256(data)
	p := &parser{
		w: yamlsrc.NewWalker(errs),
		q: &Questionnaire{SHA256: hex.EncodeToString(sum[:]), CriticalCap: -1,
			refByID: map[string]*Reference{}, questionByID: map[string]*Question{}, regimeByID: map[string]*Regime{}, MinCompletion: 0.8},
		optionSets: map[string]optionSet{},
	}
	p.parseTop(top)
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return p.q, nil
}

func (p *parser) parseTop(top *yaml.Node) {
	w, q := p.w, p.q
	f, _ := w.Mapping(top, "questionnaire")
	w.Known(f, "the questionnaire", topFields, topRequired)

	if n, ok := f.Val["format"]; ok {
		if s, ok := w.Str(n, "format"); ok && s != Format {
			if strings.HasPrefix(s, "dutycheck-answers/") {
				// Every other complaint would follow from this one.
				w.Errs.Problems = nil
				w.Errorf(n, "format %q is an answers file, not a questionnaire", s)
				w.Stopped = true
				return
			}
			w.Errorf(n, "format %q is not supported; this version reads %q", s, Format)
		}
		q.Format = Format
	}
	if n, ok := f.Val["id"]; ok {
		q.ID, _ = readID(w, n, "id")
	}
	if n, ok := f.Val["version"]; ok {
		if s, ok := w.Str(n, "version"); ok {
			if !semverRE.MatchString(s) {
				w.Errorf(n, "version %q is not a semantic version such as 1.2.0", yamlsrc.Clip(s))
			}
			q.Version = s
		}
	}
	p.parseLanguages(f)
	q.Title = p.requiredText(f, "title", "title")
	if n, ok := f.Val["description"]; ok {
		q.Description = p.text(n, "description")
	}
	if n, ok := f.Val["regimes"]; ok {
		p.parseRegimes(n)
	}
	if n, ok := f.Val["references"]; ok {
		p.parseReferences(n)
	}
	if n, ok := f.Val["glossary"]; ok {
		p.parseGlossary(n)
	}
	if n, ok := f.Val["min_completion"]; ok {
		p.parseMinCompletion(n)
	}
	p.parseRating(f)
	p.parseReviewEvery(f)
	if n, ok := f.Val["option_sets"]; ok {
		p.parseOptionSets(n)
	}
	if n, ok := f.Val["sections"]; ok {
		p.parseSections(n)
	}
	if w.Stopped {
		return
	}
	p.checkConditions()
	p.checkReplaces()
}

func (p *parser) parseLanguages(f *yamlsrc.Fields) {
	p.q.Languages = []string{"en"}
	p.def = "en"
	n, ok := f.Val["languages"]
	if !ok {
		return
	}
	items, ok := p.w.Seq(n, "languages")
	if !ok {
		return
	}
	if len(items) == 0 {
		p.w.Errorf(n, "languages: list at least one language code, e.g. [en]")
		return
	}
	var langs []string
	for _, it := range items {
		s, ok := p.w.Str(it, "languages")
		if !ok {
			continue
		}
		switch {
		case !langRE.MatchString(s):
			p.w.Errorf(it, "languages: %q is not a language code such as en or sv", yamlsrc.Clip(s))
		case slices.Contains(langs, s):
			p.w.Errorf(it, "languages: %q listed twice", s)
		default:
			langs = append(langs, s)
		}
	}
	if len(langs) > 0 {
		p.q.Languages = langs
		p.def = langs[0]
	}
}

// text reads a localized text: a plain string, or a map from language code
// to string that must hold the default language.
func (p *parser) text(n *yaml.Node, what string) Text {
	w := p.w
	n = w.Resolve(n)
	switch n.Kind {
	case yaml.ScalarNode:
		s, _ := w.Str(n, what)
		return Plain(p.def, s)
	case yaml.MappingNode:
		f, _ := w.Mapping(n, what)
		m := map[string]string{}
		for _, lang := range f.Order {
			if !slices.Contains(p.q.Languages, lang) {
				w.Errorf(f.Key[lang], "%s: language %q is not in languages (%s)", what, yamlsrc.Clip(lang), strings.Join(p.q.Languages, ", "))
				continue
			}
			if s, ok := w.Str(f.Val[lang], what+" ("+lang+")"); ok {
				m[lang] = s
			}
		}
		if _, ok := f.Val[p.def]; !ok {
			w.Errorf(n, "%s: no text in the default language %q", what, p.def)
		}
		return NewText(p.def, m)
	}
	w.Errorf(n, "%s: expected text or a map of language to text, got %s", what, yamlsrc.KindName(n))
	return Text{}
}

// requiredText reads a text field that must be present and not empty.
func (p *parser) requiredText(f *yamlsrc.Fields, key, what string) Text {
	n, ok := f.Val[key]
	if !ok {
		return Text{}
	}
	t := p.text(n, what)
	if t.IsZero() && p.complainedNot(n) {
		p.w.Errorf(n, "%s is empty", what)
	}
	return t
}

// complainedNot reports whether the text reader has had nothing to say of
// a node that gave an empty text: a string, or a map that has the default
// language. Otherwise one mistake would be reported twice.
func (p *parser) complainedNot(n *yaml.Node) bool {
	n = p.w.Resolve(n)
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Tag != "!!null"
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == p.def {
				v := p.w.Resolve(n.Content[i+1])
				return v.Kind == yaml.ScalarNode && v.Tag != "!!null"
			}
		}
	}
	return false
}

func (p *parser) parseReferences(n *yaml.Node) {
	w := p.w
	f, ok := w.Mapping(n, "references")
	if !ok {
		return
	}
	for _, id := range f.Order {
		kn := f.Key[id]
		what := fmt.Sprintf("reference %q", yamlsrc.Clip(id))
		if !ValidID(id) {
			w.Errorf(kn, "references: %q is not a valid identifier: use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit", yamlsrc.Clip(id))
		}
		rf, ok := w.Mapping(f.Val[id], what)
		if !ok {
			continue
		}
		w.Known(rf, what, refFields, []string{"title"})
		ref := &Reference{ID: id, Pos: yamlsrc.PosOf(kn)}
		ref.Title = p.requiredText(rf, "title", what+" title")
		if un, ok := rf.Val["url"]; ok {
			if s, ok := w.Str(un, what+" url"); ok {
				u, err := url.Parse(s)
				if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
					w.Errorf(un, "%s: url %q is not an absolute http(s) address", what, yamlsrc.Clip(s))
				}
				ref.URL = s
			}
		}
		p.referenceSource(rf, what, ref)
		p.q.References = append(p.q.References, ref)
		p.q.refByID[id] = ref
	}
}

func (p *parser) parseRating(f *yamlsrc.Fields) {
	w, q := p.w, p.q
	q.Rating = DefaultRating
	if n, ok := f.Val["rating"]; ok {
		if items, ok := w.Seq(n, "rating"); ok {
			q.Rating = p.ratingBands(n, items)
		}
	}
	n, ok := f.Val["critical_cap"]
	if !ok {
		return
	}
	s, ok := w.Str(n, "critical_cap")
	if !ok {
		return
	}
	var labels []string
	for i, b := range q.Rating {
		labels = append(labels, b.Label.String())
		for _, lang := range q.Languages {
			if b.Label.In(lang) == s && q.CriticalCap < 0 {
				q.CriticalCap = i
			}
		}
	}
	if q.CriticalCap < 0 {
		if near := yamlsrc.Nearest(s, labels); near != "" {
			w.Errorf(n, "critical_cap %q names no rating band; did you mean %q?", yamlsrc.Clip(s), near)
		} else {
			w.Errorf(n, "critical_cap %q names no rating band; the bands are %s", yamlsrc.Clip(s), strings.Join(labels, ", "))
		}
	}
}

func (p *parser) ratingBands(n *yaml.Node, items []*yaml.Node) []RatingBand {
	w := p.w
	var bands []RatingBand
	seen := map[float64]*yaml.Node{}
	hasZero := false
	for i, it := range items {
		what := fmt.Sprintf("rating band %d", i+1)
		bf, ok := w.Mapping(it, what)
		if !ok {
			continue
		}
		w.Known(bf, what, bandFields, bandFields)
		b := RatingBand{Label: p.requiredText(bf, "label", what+" label")}
		if mn, ok := bf.Val["min"]; ok {
			if v, ok := w.Num(mn, what+" min"); ok {
				switch {
				case v < 0 || v > 100:
					w.Errorf(mn, "%s: min %v is outside 0 to 100", what, v)
				case seen[v] != nil:
					w.Errorf(mn, "%s: min %v repeats the band at line %d", what, v, seen[v].Line)
				default:
					seen[v] = mn
				}
				b.Min = v
				hasZero = hasZero || v == 0
			}
		}
		bands = append(bands, b)
	}
	if len(items) == 0 {
		w.Errorf(n, "rating: list at least one band, with one at min: 0")
	} else if !hasZero {
		w.Errorf(n, "rating: no band has min: 0, so a low score would have no rating; add one")
	}
	sort.SliceStable(bands, func(i, j int) bool { return bands[i].Min > bands[j].Min })
	return bands
}
