package scoring

import (
	"slices"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Tracker keeps Applicability up to date while answers change one at a
// time, as in a walk-through: after a change it decides again only the
// questions whose condition, or whose section's condition, reads the
// question changed (directly or through a regime), and then those that
// read a question whose applicability flipped. Deciding every question
// after every answer made a walk of n answers cost O(n²).
type Tracker struct {
	e *evaluator
	// readers lists, by question id, the indexes of the questions whose
	// own or section condition reads it, in questionnaire order.
	readers map[string][]int
}

// Track decides what applies under f's answers and keeps track of it.
func Track(q *questionnaire.Questionnaire, f *answers.File) *Tracker {
	e := newEvaluator(q, f)
	e.settle()
	t := &Tracker{e: e, readers: map[string][]int{}}
	reads := func(c *questionnaire.Condition) []string {
		ids := c.Refs()
		for _, rid := range c.RegimeRefs() {
			if rg := e.regimes[rid]; rg != nil {
				ids = append(ids, e.regimeReads(rg)...)
			}
		}
		return ids
	}
	for _, qn := range q.Questions {
		for _, id := range append(reads(qn.Section.When), reads(qn.When)...) {
			if r := t.readers[id]; len(r) == 0 || r[len(r)-1] != qn.Index {
				t.readers[id] = append(r, qn.Index)
			}
		}
	}
	return t
}

// Applies is whether each question applies (by Index), as Applicability
// tells it; the slice is the tracker's own, kept current by Changed.
func (t *Tracker) Applies() []bool { return t.e.applies }

// Changed decides again what the answer to question id can change, after
// it changed, and returns the indexes of the questions whose
// applicability flipped, in order.
func (t *Tracker) Changed(id string) []int {
	todo := slices.Clone(t.readers[id])
	if len(todo) == 0 {
		return nil
	}
	var flipped []int
	for len(todo) > 0 {
		i := todo[0]
		todo = todo[1:]
		qn := t.e.q.Questions[i]
		// Regimes are decided from answers, which changed: forget them.
		clear(t.e.memo)
		now := qn.Section.When.Eval(t.e.env) && qn.When.Eval(t.e.env)
		if now == t.e.applies[i] {
			continue
		}
		t.e.applies[i] = now
		flipped = append(flipped, i)
		// Readers come later in the questionnaire (a condition reads
		// only earlier questions): merge them in order.
		for _, r := range t.readers[qn.ID] {
			if k, found := slices.BinarySearch(todo, r); !found {
				todo = slices.Insert(todo, k, r)
			}
		}
	}
	return flipped
}
