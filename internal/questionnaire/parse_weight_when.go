package questionnaire

import (
	"fmt"

	"gopkg.in/yaml.v3"
)

// WeightCase gives a question another weight where its condition holds:
// a measure a regulator aims at large or high-risk services weighs fully
// there and less elsewhere, without a second question.
type WeightCase struct {
	When   *Condition
	Weight float64
}

var weightCaseFields = []string{"when", "weight"}

// parseWeightWhen reads weight_when: a list of {when, weight}; the first
// case whose condition holds gives the question's weight, and `weight`
// applies where none does. Like `critical`, each condition may read only
// earlier questions. Every weight is above 0, and so must the question's
// own be: a question that counts somewhere counts everywhere it applies,
// so whether it is a gap never depends on the profile.
func (p *parser) parseWeightWhen(n *yaml.Node, what string, q *Question) {
	w := p.w
	items, ok := w.Seq(n, what+" weight_when")
	if !ok {
		return
	}
	if len(items) == 0 {
		w.Errorf(n, "%s: weight_when: the list is empty; give at least one {when, weight}", what)
	}
	if q.Weight == 0 || q.Type == FreeText {
		w.Errorf(n, "%s: weight_when needs a scored question with a weight above 0", what)
	}
	for i, it := range items {
		cw := fmt.Sprintf("%s weight_when %d", what, i+1)
		f, ok := w.Mapping(it, cw)
		if !ok {
			continue
		}
		w.Known(f, cw, weightCaseFields, weightCaseFields)
		c := WeightCase{Weight: 1}
		if wn, ok := f.Val["weight"]; ok {
			c.Weight = p.weight(wn, cw)
			if c.Weight == 0 {
				w.Errorf(wn, "%s: weight 0 would leave the question unscored only for some services; give a weight above 0", cw)
			}
		}
		if cn, ok := f.Val["when"]; ok {
			c.When = p.condition(cn, cw+" when", 0)
			if c.When != nil {
				p.conds = append(p.conds, pendingCond{c.When, q.Index, what})
			}
		}
		q.WeightWhen = append(q.WeightWhen, c)
	}
}

// WeightWhere is the question's weight where holds says which conditions
// hold: the first case of weight_when that holds, else its weight.
func (qn *Question) WeightWhere(holds func(*Condition) bool) float64 {
	for _, c := range qn.WeightWhen {
		if c.When != nil && holds(c.When) {
			return c.Weight
		}
	}
	return qn.Weight
}
