package questionnaire

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// bands reads the score bands of a number, duration or date question. The
// bounds of number bands are numbers; those of duration and date bands are
// durations (for a date, its age on the assessment date), held in minutes.
func (p *parser) bands(n *yaml.Node, what string, t Type) []Band {
	w := p.w
	items, ok := w.Seq(n, what+" bands")
	if !ok {
		return nil
	}
	if len(items) == 0 {
		w.Errorf(n, "%s: the bands list is empty; leave it out to make the question unscored", what)
	}
	var out []Band
	for i, it := range items {
		bwhat := fmt.Sprintf("%s band %d", what, i+1)
		f, ok := w.Mapping(it, bwhat)
		if !ok {
			continue
		}
		w.Known(f, bwhat, scoreBandFields, []string{"score"})
		var b Band
		if sn, ok := f.Val["score"]; ok {
			b.Score = p.score(sn, bwhat)
		}
		b.Min = p.bound(f.Val["min"], bwhat+" min", t)
		b.Max = p.bound(f.Val["max"], bwhat+" max", t)
		if b.Min != nil && b.Max != nil && *b.Min > *b.Max {
			w.Errorf(f.Val["min"], "%s: min is greater than max", bwhat)
		}
		out = append(out, b)
	}
	return out
}

func (p *parser) bound(n *yaml.Node, what string, t Type) *float64 {
	if n == nil {
		return nil
	}
	w := p.w
	if t == Number {
		v, ok := w.Num(n, what)
		if !ok {
			return nil
		}
		return &v
	}
	s, ok := w.Str(n, what)
	if !ok {
		return nil
	}
	d, err := ParseDuration(s)
	if err != nil {
		w.Errorf(n, "%s: %v", what, err)
		return nil
	}
	v := Minutes(d)
	return &v
}
