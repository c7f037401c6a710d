package changes

import (
	"fmt"
	"slices"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// counts reports whether a question can move the overall score: it is
// scored, has weight and sits in a section with weight.
func counts(qn *questionnaire.Question) bool {
	return qn.Scored() && qn.Weight > 0 && (qn.Section == nil || qn.Section.Weight > 0)
}

// questions lists questions added, removed, renamed and changed, each
// group in file order.
func (c *comparer) questions() {
	const s = SubjectQuestion
	for _, qn := range c.new.Questions {
		if c.old.Question(qn.ID) != nil || c.renamedFrom(qn.ID) != "" {
			continue
		}
		ch := Change{Subject: s, ID: qn.ID, Kind: Added, New: qn.Text.String(), Scoring: counts(qn), Needs: Minor}
		if qn.Section != nil {
			ch.setNote("ch.note.section", qn.Section.ID)
		}
		c.add(ch)
	}
	for _, qo := range c.old.Questions {
		if c.new.Question(qo.ID) != nil || c.renamed[qo.ID] != "" {
			continue
		}
		ch := Change{Subject: s, ID: qo.ID, Kind: Removed, Old: qo.Text.String(), Scoring: counts(qo), Needs: Major}
		switch to := c.mergedInto[qo.ID]; {
		case to != "":
			ch.setNote("ch.note.merged", to, to)
		case c.lookalike(qo) != "":
			ch.setNote("ch.note.lookalike", c.lookalike(qo), qo.ID, c.lookalike(qo))
		default:
			ch.setNote("ch.note.orphans")
		}
		c.add(ch)
	}
	for _, qn := range c.new.Questions {
		if from := c.renamedFrom(qn.ID); from != "" {
			ch := Change{Subject: s, ID: qn.ID, Kind: Renamed, Old: from, New: qn.ID, Needs: Patch}
			ch.setNote("ch.note.replaces", from, qn.ID)
			c.add(ch)
		}
	}
	var oldOrder, newOrder []string
	for _, qn := range c.new.Questions {
		from := c.renamedFrom(qn.ID)
		if from == "" {
			from = qn.ID
		}
		if qo := c.old.Question(from); qo != nil {
			c.question(qo, qn)
			newOrder = append(newOrder, qn.ID)
		}
	}
	for _, qo := range c.old.Questions {
		id := qo.ID
		if to := c.renamed[id]; to != "" {
			id = to
		}
		if slices.Contains(newOrder, id) {
			oldOrder = append(oldOrder, id)
		}
	}
	if !slices.Equal(oldOrder, newOrder) {
		was, is := movedQuestions(oldOrder, newOrder)
		ch := Change{Subject: SubjectQuestionnaire, Kind: Changed, Field: "order of questions", Old: was, New: is, Needs: Patch}
		ch.setNote("ch.note.order")
		c.add(ch)
	}
}

// renamedFrom is the old id the new question id was renamed from, or "".
func (c *comparer) renamedFrom(id string) string {
	for from, to := range c.renamed {
		if to == id {
			return from
		}
	}
	return ""
}

// lookalike is an added question that asks what a removed one asked (same
// type, text, options and bands): most likely a rename without replaces.
func (c *comparer) lookalike(qo *questionnaire.Question) string {
	fp := qo.Fingerprint()
	for _, qn := range c.new.Questions {
		if c.old.Question(qn.ID) == nil && c.renamedFrom(qn.ID) == "" && qn.Fingerprint() == fp {
			return qn.ID
		}
	}
	return ""
}

// question compares one question in both versions, field by field.
func (c *comparer) question(qo, qn *questionnaire.Question) {
	const s = SubjectQuestion
	id := qn.ID
	if qo.Section != nil && qn.Section != nil && qo.Section.ID != qn.Section.ID {
		c.field(s, id, "section", qo.Section.ID, qn.Section.ID, true, Major)
	}
	if qo.Type != qn.Type {
		c.field(s, id, "type", string(qo.Type), string(qn.Type), true, Major)
	}
	c.text(s, id, "text", qo.Text, qn.Text, false, Patch)
	c.text(s, id, "help", qo.Help, qn.Help, false, Patch)
	c.options(qo, qn)
	c.text(s, id, "unit", qo.Unit, qn.Unit, false, Patch)
	c.bounds(qo, qn)
	if ob, nb := bandsString(qo), bandsString(qn); ob != nb {
		c.field(s, id, "bands", ob, nb, true, Major)
	}
	if qo.Weight != qn.Weight {
		c.field(s, id, "weight", num(qo.Weight), num(qn.Weight), true, Major)
	}
	if ow, nw := c.weightWhen(qo, true), c.weightWhen(qn, false); ow != nw {
		c.field(s, id, "weight_when", ow, nw, true, Major)
	}
	if oc, nc := c.critical(qo, true), c.critical(qn, false); oc != nc {
		c.field(s, id, "critical", oc, nc, true, Major)
	}
	c.permission(id, "allow_na", qo.AllowNA, qn.AllowNA)
	c.permission(id, "allow_unknown", qo.AllowUnknown, qn.AllowUnknown)
	if oc, nc := c.cond(qo.When, true), c.cond(qn.When, false); oc != nc {
		c.field(s, id, "when", oc, nc, true, Major)
	}
	c.questionRefs(qo, qn)
	if or, nr := qo.Replaces, slices.DeleteFunc(slices.Clone(qn.Replaces), func(id string) bool { return c.renamed[id] == qn.ID }); !slices.Equal(or, nr) {
		c.field(s, id, "replaces", join(or), join(nr), false, Patch)
	}
	c.text(s, id, "recommendation", qo.Recommendation, qn.Recommendation, false, Patch)
	c.text(s, id, "evidence", qo.Evidence, qn.Evidence, false, Patch)
	c.text(s, id, "finding", qo.Finding, qn.Finding, false, Patch)
}

// permission compares allow_na or allow_unknown: allowing a new kind of
// answer adds to what may be answered (minor); taking it away makes
// earlier answers of that kind invalid (major). Both move scores: not
// applicable leaves a question out, unknown counts it as 0.
func (c *comparer) permission(id, field string, old, new bool) {
	switch {
	case !old && new:
		c.field(SubjectQuestion, id, field, "false", "true", true, Minor)
	case old && !new:
		c.field(SubjectQuestion, id, field, "true", "false", true, Major)
	}
}

// bounds compares a number question's allowed range: widening it lets
// new answers in (minor); narrowing it may shut earlier answers out
// (major).
func (c *comparer) bounds(qo, qn *questionnaire.Question) {
	for _, b := range []struct {
		field    string
		old, new *float64
		narrower func(o, n float64) bool
	}{
		{"min", qo.Min, qn.Min, func(o, n float64) bool { return n > o }},
		{"max", qo.Max, qn.Max, func(o, n float64) bool { return n < o }},
	} {
		if bound(b.old) == bound(b.new) {
			continue
		}
		needs := Minor
		if b.old == nil || (b.new != nil && b.narrower(*b.old, *b.new)) {
			needs = Major
		}
		c.field(SubjectQuestion, qn.ID, b.field, bound(b.old), bound(b.new), true, needs)
	}
}

func bound(f *float64) string {
	if f == nil {
		return ""
	}
	return num(*f)
}

// options compares options by value.
func (c *comparer) options(qo, qn *questionnaire.Question) {
	const s = SubjectQuestion
	id := qn.ID
	for _, on := range qn.Options {
		oo, ok := qo.Option(on.Value)
		if !ok {
			c.add(Change{Subject: s, ID: id, Kind: Changed, Field: "option " + on.Value, New: optionString(on), Scoring: true, Needs: Minor, verb: Added})
			continue
		}
		f := "option " + on.Value + ": "
		c.text(s, id, f+"label", oo.Label, on.Label, false, Patch)
		if oo.Score != on.Score {
			c.field(s, id, f+"score", num(oo.Score), num(on.Score), true, Major)
		}
		if oo.Exclusive != on.Exclusive {
			c.field(s, id, f+"exclusive", fmt.Sprint(oo.Exclusive), fmt.Sprint(on.Exclusive), true, Major)
		}
		if oo.Unknown != on.Unknown {
			c.field(s, id, f+"unknown", fmt.Sprint(oo.Unknown), fmt.Sprint(on.Unknown), true, Major)
		}
		c.text(s, id, f+"recommendation", oo.Recommendation, on.Recommendation, false, Patch)
	}
	for _, oo := range qo.Options {
		if _, ok := qn.Option(oo.Value); !ok {
			ch := Change{Subject: s, ID: id, Kind: Changed, Field: "option " + oo.Value, Old: optionString(oo), Scoring: true, Needs: Major, verb: Removed}
			ch.setNote("ch.note.option")
			c.add(ch)
		}
	}
	ov := ids(qo.Options, optionValue)
	nv := ids(qn.Options, optionValue)
	if !sameOrder(ov, nv) {
		c.field(s, id, "order of options", join(common(ov, nv)), join(common(nv, ov)), false, Patch)
	}
}

func optionValue(o questionnaire.Option) string { return o.Value }

func optionString(o questionnaire.Option) string {
	s := fmt.Sprintf("%s (score %s)", o.Label.String(), num(o.Score))
	if o.Exclusive {
		s += ", exclusive"
	}
	if o.Unknown {
		s += ", unknown"
	}
	return s
}

// questionRefs compares the references a question cites. Citing a
// reference is wording, except where the reference belongs to a regime:
// then the question enters or leaves that regime's readiness score.
func (c *comparer) questionRefs(qo, qn *questionnaire.Question) {
	for _, r := range qn.References {
		if !slices.Contains(qo.References, r) {
			c.questionRef(qn.ID, r, "", r, c.new.Reference(r))
		}
	}
	for _, r := range qo.References {
		if !slices.Contains(qn.References, r) {
			c.questionRef(qn.ID, r, r, "", c.old.Reference(r))
		}
	}
}

func (c *comparer) questionRef(id, ref, old, new string, r *questionnaire.Reference) {
	ch := Change{Subject: SubjectQuestion, ID: id, Kind: Changed, Field: "reference " + ref, Old: old, New: new, Needs: Patch, verb: Removed}
	if old == "" {
		ch.verb = Added
	}
	if r != nil && r.Regime != "" {
		ch.Scoring, ch.Needs = true, Major
		ch.setNote("ch.note.reference", ref, r.Regime)
	}
	c.add(ch)
}

// critical writes a question's critical field: true, false, or its
// condition.
func (c *comparer) critical(qn *questionnaire.Question, old bool) string {
	switch {
	case qn.CriticalWhen != nil:
		return c.cond(qn.CriticalWhen, old)
	case qn.Critical:
		return "true"
	}
	return "false"
}
