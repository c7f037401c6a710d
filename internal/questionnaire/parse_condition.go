package questionnaire

import (
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// maxConditionDepth bounds how deep conditions nest (all/any/not inside
// one another), so a hostile file cannot recurse without end.
const maxConditionDepth = 64

var conditionFields = []string{"question", "equals", "in", "includes", "at_least", "below", "regime", "all", "any", "not"}

// condition reads a `when` clause. Whether the questions it names exist,
// come earlier and can have the values it tests is checked once the whole
// file is read (checkConditions), so that a forward reference is reported
// as such rather than as an unknown question.
func (p *parser) condition(n *yaml.Node, what string, depth int) *Condition {
	w := p.w
	if depth > maxConditionDepth {
		w.Errorf(n, "%s: conditions nested deeper than %d", what, maxConditionDepth)
		w.Stopped = true
		return nil
	}
	f, ok := w.Mapping(n, what)
	if !ok {
		return nil
	}
	w.Known(f, what, conditionFields, nil)
	c := &Condition{Pos: yamlsrc.PosOf(f.Node)}
	var forms []string
	for _, k := range f.Order {
		if k != "question" && slices.Contains(conditionFields, k) {
			forms = append(forms, k)
		}
	}
	if len(forms) != 1 {
		unknown := false
		for _, k := range f.Order {
			unknown = unknown || !slices.Contains(conditionFields, k)
		}
		if len(forms) == 0 && unknown {
			// the unknown field, most often a typo of equals or in, is
			// the mistake, and has been reported
		} else if len(forms) == 0 {
			w.Errorf(f.Node, "%s: a condition needs one of question with equals/in/includes/at_least/below, regime, all, any or not", what)
		} else {
			w.Errorf(f.Node, "%s: a condition takes one of equals, in, includes, at_least, below, regime, all, any, not; got %s", what, strings.Join(forms, ", "))
		}
		return nil
	}
	form := forms[0]
	switch form {
	case "all", "any":
		if f.Has("question") {
			w.Errorf(f.Key["question"], "%s: %q combines conditions and takes no question", what, form)
		}
		items, ok := w.Seq(f.Val[form], what+" "+form)
		if !ok {
			return nil
		}
		if len(items) == 0 {
			w.Errorf(f.Val[form], "%s: %s: the list is empty", what, form)
		}
		subs := []*Condition{}
		for _, it := range items {
			if sub := p.condition(it, what, depth+1); sub != nil {
				subs = append(subs, sub)
			}
		}
		if form == "all" {
			c.All = subs
		} else {
			c.Any = subs
		}
		return c
	case "regime":
		if f.Has("question") {
			w.Errorf(f.Key["question"], "%s: \"regime\" tests a regime and takes no question", what)
		}
		id, ok := readID(w, f.Val["regime"], what+" regime")
		if !ok {
			return nil
		}
		c.Regime = id
		return c
	case "not":
		if f.Has("question") {
			w.Errorf(f.Key["question"], "%s: \"not\" takes a condition and no question", what)
		}
		c.Not = p.condition(f.Val["not"], what, depth+1)
		if c.Not == nil {
			return nil
		}
		return c
	}
	qn, ok := f.Val["question"]
	if !ok {
		w.Errorf(f.Node, "%s: %q needs a question to test", what, form)
		return nil
	}
	c.Question, _ = w.Str(qn, what+" question")
	c.Op = form
	vn := f.Val[form]
	if form == "at_least" || form == "below" {
		v, ok := w.Num(vn, what+" "+form)
		if !ok || c.Question == "" {
			return nil
		}
		c.Number = v
		return c
	}
	if form == "in" {
		items, ok := w.Seq(vn, what+" in")
		if !ok {
			return nil
		}
		if len(items) == 0 {
			w.Errorf(vn, "%s: in: the list is empty", what)
		}
		for _, it := range items {
			if v, ok := w.Str(it, what+" in"); ok {
				c.Values = append(c.Values, v)
			}
		}
	} else if v, ok := w.Str(vn, what+" "+form); ok {
		c.Values = []string{v}
	}
	if len(c.Values) == 0 {
		return nil
	}
	return c
}

// checkConditions checks every condition against the questions and regimes
// it tests: they must exist, a question's or section's condition may only
// read questions before it (directly or through a regime), the test must
// fit the question's type, and the value must be one the question can have.
// Regimes' conditions are checked for cycles first, so that what a regime
// reads is known when a question's condition tests it.
func (p *parser) checkConditions() {
	p.checkRegimeCycles()
	for _, pc := range p.conds {
		p.checkCondition(pc.c, pc.owner, pc.what)
	}
}

// checkCondition checks c for its owner, the index of the question that
// owns it (a section's condition is owned by the section's first
// question), or noOwner for a regime's condition, which may read any
// question.
func (p *parser) checkCondition(c *Condition, owner int, what string) {
	if c == nil {
		return
	}
	for _, sub := range c.All {
		p.checkCondition(sub, owner, what)
	}
	for _, sub := range c.Any {
		p.checkCondition(sub, owner, what)
	}
	p.checkCondition(c.Not, owner, what)
	if c.Regime != "" {
		p.checkRegimeTest(c, owner, what)
		return
	}
	if c.Question == "" {
		return
	}
	w := p.w
	target := p.q.questionByID[c.Question]
	if target == nil {
		var ids []string
		for _, q := range p.q.Questions {
			ids = append(ids, q.ID)
		}
		if near := yamlsrc.Nearest(c.Question, ids); near != "" {
			w.Errs.Add(c.Pos, "%s: condition refers to unknown question %q; did you mean %q?", what, yamlsrc.Clip(c.Question), near)
		} else {
			w.Errs.Add(c.Pos, "%s: condition refers to unknown question %q", what, yamlsrc.Clip(c.Question))
		}
		return
	}
	switch {
	case owner == noOwner:
	case target.Index == owner && !strings.HasPrefix(what, "section"):
		w.Errs.Add(c.Pos, "%s: condition refers to the question itself", what)
		return
	case target.Index >= owner && strings.HasPrefix(what, "section") && target.Section != nil &&
		len(target.Section.Questions) > 0 && target.Section.Questions[0].Index == owner:
		w.Errs.Add(c.Pos, "%s: condition refers to question %q of the same section; a section's condition may only test questions of earlier sections", what, c.Question)
		return
	case target.Index >= owner:
		w.Errs.Add(c.Pos, "%s: condition refers to question %q, which comes later (line %d); a condition may only look back", what, c.Question, target.Pos.Line)
		return
	}
	switch c.Op {
	case "equals", "in":
		if target.Type != YesNo && target.Type != Single {
			w.Errs.Add(c.Pos, "%s: %q works on yesno and single questions; %q is %s%s", what, c.Op, c.Question, target.Type, hintIncludes(target.Type))
			return
		}
	case "includes":
		if target.Type != Multi {
			w.Errs.Add(c.Pos, "%s: \"includes\" works on multi questions; %q is %s (use equals)", what, c.Question, target.Type)
			return
		}
	case "at_least", "below":
		if target.Type != Number {
			w.Errs.Add(c.Pos, "%s: %q compares a number answer; %q is %s, not number", what, c.Op, c.Question, target.Type)
		}
		return
	}
	for _, v := range c.Values {
		if _, ok := target.Option(v); !ok && len(target.Options) > 0 {
			var vals []string
			for _, o := range target.Options {
				vals = append(vals, o.Value)
			}
			w.Errs.Add(c.Pos, "%s: question %q cannot have the value %q; its values are %s", what, c.Question, yamlsrc.Clip(v), strings.Join(vals, ", "))
		}
	}
}

// noOwner is the owner of a regime's condition: it may read any question.
const noOwner = -1

// checkRegimeTest checks a {regime: ID} test: the regime must exist, and
// for a question's or section's condition every question the regime's
// condition reads, directly or through other regimes, must come earlier,
// since the walk-through decides the condition when it reaches the owner.
func (p *parser) checkRegimeTest(c *Condition, owner int, what string) {
	w := p.w
	r := p.q.regimeByID[c.Regime]
	if r == nil {
		var ids []string
		for _, r := range p.q.Regimes {
			ids = append(ids, r.ID)
		}
		if near := yamlsrc.Nearest(c.Regime, ids); near != "" {
			w.Errs.Add(c.Pos, "%s: condition refers to unknown regime %q; did you mean %q?", what, yamlsrc.Clip(c.Regime), near)
		} else if len(ids) == 0 {
			w.Errs.Add(c.Pos, "%s: condition refers to unknown regime %q; add it under the top-level regimes", what, yamlsrc.Clip(c.Regime))
		} else {
			w.Errs.Add(c.Pos, "%s: condition refers to unknown regime %q", what, yamlsrc.Clip(c.Regime))
		}
		return
	}
	if owner == noOwner {
		return
	}
	for _, id := range p.regimeReads(r.ID) {
		target := p.q.questionByID[id]
		if target != nil && target.Index >= owner {
			w.Errs.Add(c.Pos, "%s: condition tests regime %q, whose applies reads question %q (line %d), which does not come before it; a condition may only look back", what, r.ID, id, target.Pos.Line)
			return
		}
	}
}

func hintIncludes(t Type) string {
	if t == Multi {
		return " (use includes)"
	}
	return ""
}
