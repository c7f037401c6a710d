package questionnaire

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// defaultYesNo is the yes/no scale of questionnaires/README.md: yes scores 1, no 0,
// with labels in the questionnaire's languages where dutycheck knows them.
func defaultYesNo(def string, langs []string) []Option {
	words := map[string][2]string{"en": {"Yes", "No"}, "sv": {"Ja", "Nej"}, "de": {"Ja", "Nein"},
		"fr": {"Oui", "Non"}, "es": {"Sí", "No"}, "no": {"Ja", "Nei"}, "nb": {"Ja", "Nei"},
		"da": {"Ja", "Nej"}, "fi": {"Kyllä", "Ei"}, "nl": {"Ja", "Nee"}, "pl": {"Tak", "Nie"}}
	yes, no := map[string]string{}, map[string]string{}
	for _, l := range langs {
		if w, ok := words[l]; ok {
			yes[l], no[l] = w[0], w[1]
		}
	}
	if _, ok := yes[def]; !ok {
		yes[def], no[def] = "Yes", "No"
	}
	return []Option{
		{Value: "yes", Label: NewText(def, yes), Score: 1},
		{Value: "no", Label: NewText(def, no), Score: 0},
	}
}

func (p *parser) parseOptionSets(n *yaml.Node) {
	w := p.w
	f, ok := w.Mapping(n, "option_sets")
	if !ok {
		return
	}
	for _, id := range f.Order {
		if !ValidID(id) {
			w.Errorf(f.Key[id], "option_sets: %q is not a valid identifier: use lower-case letters, digits, '.', '_' and '-', starting with a letter or digit", yamlsrc.Clip(id))
		}
		parsed := p.optionList(f.Val[id], fmt.Sprintf("option set %q", yamlsrc.Clip(id)))
		p.optionSets[id] = optionSet{options: parsed.opts, node: f.Key[id], exclusive: parsed.exclusive}
	}
}

// questionOptions reads the options of a single or multi question: a list,
// or the id of an option set.
func (p *parser) questionOptions(n *yaml.Node, what string, t Type) []Option {
	w := p.w
	n = w.Resolve(n)
	if n.Kind == yaml.ScalarNode {
		id, _ := w.Str(n, what+" options")
		set, ok := p.optionSets[id]
		if !ok {
			var known []string
			for k := range p.optionSets {
				known = append(known, k)
			}
			if near := yamlsrc.Nearest(id, known); near != "" {
				w.Errorf(n, "%s: unknown option set %q; did you mean %q?", what, yamlsrc.Clip(id), near)
			} else {
				w.Errorf(n, "%s: unknown option set %q", what, yamlsrc.Clip(id))
			}
			return nil
		}
		if t != Multi && len(set.exclusive) > 0 {
			w.Errorf(n, "%s: option set %q has exclusive options, which only a multi question may use", what, id)
		}
		return unknownExclusive(append([]Option(nil), set.options...), t)
	}
	parsed := p.optionList(n, what)
	if t != Multi {
		for _, en := range parsed.exclusive {
			w.Errorf(en, "%s: exclusive applies only to multi questions", what)
		}
	}
	return unknownExclusive(parsed.opts, t)
}

// unknownExclusive makes every unknown option of a multi question
// exclusive: "don't know" picked together with known choices would say
// both that the respondent knows and that they do not.
func unknownExclusive(opts []Option, t Type) []Option {
	if t != Multi {
		return opts
	}
	for i := range opts {
		if opts[i].Unknown {
			opts[i].Exclusive = true
		}
	}
	return opts
}

// parsedOptions is a list of options as read, with what a caller needs
// to check further: the nodes of options marked exclusive (refused outside
// multi) and which options gave a score (yesno keeps its default otherwise).
type parsedOptions struct {
	opts      []Option
	exclusive []*yaml.Node
	// unknown holds the nodes of options marked unknown (1.1).
	unknown []*yaml.Node
	scored  []bool
	// at is where each option is best reported: its value, else the option.
	at []*yaml.Node
}

// optionList reads a list of options. A score left out is 0: options of
// an unscored profile question need none.
func (p *parser) optionList(n *yaml.Node, what string) parsedOptions {
	w := p.w
	var out parsedOptions
	items, ok := w.Seq(n, what+" options")
	if !ok {
		return out
	}
	if len(items) == 0 {
		w.Errorf(n, "%s: the options list is empty", what)
	}
	seen := map[string]*yaml.Node{}
	required := []string{"value", "label"}
	for i, it := range items {
		owhat := fmt.Sprintf("%s option %d", what, i+1)
		f, ok := w.Mapping(it, owhat)
		if !ok {
			continue
		}
		var o Option
		at := f.Node
		if vn, ok := f.Val["value"]; ok {
			at = vn
			if v, ok := w.Str(vn, owhat+" value"); ok {
				o.Value = v
				owhat = fmt.Sprintf("%s option %q", what, yamlsrc.Clip(v))
				switch {
				case v == "" || v != strings.TrimSpace(v):
					w.Errorf(vn, "%s: an option value must be non-empty with no spaces around it", owhat)
				case seen[v] != nil:
					w.Errorf(vn, "%s: duplicate option value %q (first at line %d)", what, yamlsrc.Clip(v), seen[v].Line)
				default:
					seen[v] = vn
				}
			}
		}
		w.Known(f, owhat, optionFields, required)
		o.Label = p.requiredText(f, "label", owhat+" label")
		sn, scored := f.Val["score"]
		if scored {
			o.Score = p.score(sn, owhat)
		}
		if rn, ok := f.Val["recommendation"]; ok {
			o.Recommendation = p.text(rn, owhat+" recommendation")
		}
		if en, ok := f.Val["exclusive"]; ok {
			o.Exclusive, _ = w.Bool(en, owhat+" exclusive")
			if o.Exclusive {
				out.exclusive = append(out.exclusive, f.Key["exclusive"])
			}
		}
		if un, ok := f.Val["unknown"]; ok {
			o.Unknown, _ = w.Bool(un, owhat+" unknown")
			if o.Unknown {
				out.unknown = append(out.unknown, f.Key["unknown"])
				if scored && o.Score != 0 {
					w.Errorf(sn, "%s: an unknown option (\"don't know\", \"not measured\") is not scored; its score must be 0 or left out", owhat)
				}
			}
		}
		out.opts = append(out.opts, o)
		out.scored = append(out.scored, scored)
		out.at = append(out.at, at)
	}
	return out
}

// yesNoOptions reads the optional options of a yesno question: exactly the
// values yes and no, each changing its label, score or recommendation.
func (p *parser) yesNoOptions(n *yaml.Node, what string, defaults []Option) []Option {
	w := p.w
	if rn := w.Resolve(n); rn.Kind == yaml.ScalarNode {
		w.Errorf(rn, "%s: a yesno question takes a list of the options yes and no, not an option set", what)
		return defaults
	}
	parsed := p.optionList(n, what)
	for _, en := range parsed.exclusive {
		w.Errorf(en, "%s: exclusive applies only to multi questions", what)
	}
	for _, un := range parsed.unknown {
		w.Errorf(un, "%s: a yesno question's options are yes and no; use allow_unknown: true to offer \"don't know\"", what)
	}
	out := append([]Option(nil), defaults...)
	got := map[string]bool{}
	wrong := false
	for k, o := range parsed.opts {
		i := -1
		switch o.Value {
		case "yes":
			i = 0
		case "no":
			i = 1
		default:
			w.Errorf(parsed.at[k], "%s: a yesno question's options are yes and no only, not %q", what, yamlsrc.Clip(o.Value))
			wrong = true
			continue
		}
		got[o.Value] = true
		if !o.Label.IsZero() {
			out[i].Label = o.Label
		}
		out[i].Recommendation = o.Recommendation
		if parsed.scored[k] {
			out[i].Score = o.Score
		}
	}
	if !wrong && len(parsed.opts) > 0 && (!got["yes"] || !got["no"]) {
		w.Errorf(n, "%s: a yesno question's options must be exactly yes and no", what)
	}
	return out
}

func (p *parser) score(n *yaml.Node, what string) float64 {
	v, ok := p.w.Num(n, what+" score")
	if !ok {
		return 0
	}
	if v < 0 || v > 1 {
		p.w.Errorf(n, "%s: score %v is outside 0 to 1", what, v)
	}
	return v
}
