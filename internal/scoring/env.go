package scoring

import (
	"slices"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// evaluator answers what conditions read: the values and numbers of the
// questions that apply and were answered with a value, and whether a regime
// applies. Regimes are decided lazily and remembered, since a question's
// condition, another regime and a critical condition may all ask about the
// same one.
type evaluator struct {
	q       *questionnaire.Questionnaire
	f       *answers.File
	applies []bool
	regimes map[string]*questionnaire.Regime
	// memo holds decided regimes; busy marks those being decided, so that a
	// cycle (refused by the parser, but possible in a questionnaire built
	// in code) reads as "does not apply" instead of recursing forever.
	memo map[string]bool
	busy map[string]bool
	env  questionnaire.Env
}

func newEvaluator(q *questionnaire.Questionnaire, f *answers.File) *evaluator {
	e := &evaluator{q: q, f: f, applies: make([]bool, len(q.Questions)),
		regimes: map[string]*questionnaire.Regime{}, memo: map[string]bool{}, busy: map[string]bool{}}
	// The regimes are indexed here rather than through q.Regime so that a
	// questionnaire assembled in code (tests, tools) scores the same as a
	// parsed one.
	for _, rg := range q.Regimes {
		e.regimes[rg.ID] = rg
	}
	e.env = questionnaire.Env{Values: e.values, Number: e.number, Regime: e.regime}
	return e
}

// given returns the answer to a question that applies and was answered
// with a value: not unanswered, not applicable or unknown. A condition on
// any other question is false (questionnaires/README.md).
func (e *evaluator) given(id string) (*questionnaire.Question, *answers.Answer, bool) {
	qn := e.q.Question(id)
	if qn == nil || !e.applies[qn.Index] {
		return nil, nil, false
	}
	a := e.f.Get(id)
	if !a.Answered() || a.NA || isUnknown(qn, a) || !a.Value.Set {
		return nil, nil, false
	}
	return qn, a, true
}

func (e *evaluator) values(id string) ([]string, bool) {
	qn, a, ok := e.given(id)
	if !ok {
		return nil, false
	}
	if qn.Type == questionnaire.Multi {
		return a.Value.Choices, true
	}
	return []string{a.Value.Choice}, true
}

func (e *evaluator) number(id string) (float64, bool) {
	qn, a, ok := e.given(id)
	if !ok || qn.Type != questionnaire.Number {
		return 0, false
	}
	return a.Value.Number, true
}

// regime reports whether the regime applies: its `applies` holds (absent:
// always). An unknown id does not apply.
func (e *evaluator) regime(id string) bool {
	if v, ok := e.memo[id]; ok {
		return v
	}
	rg := e.regimes[id]
	if rg == nil || e.busy[id] {
		return false
	}
	e.busy[id] = true
	v := rg.Applies.Eval(e.env)
	delete(e.busy, id)
	e.memo[id] = v
	return v
}

// settle decides, in file order, whether each question applies: its
// section's and its own conditions hold. A condition reads only earlier
// questions, directly or through a regime (the parser checks both), and a
// question that does not apply counts as unanswered, so one pass settles
// all.
func (e *evaluator) settle() {
	sectionHolds := make([]bool, len(e.q.Sections))
	for i, qn := range e.q.Questions {
		s := qn.Section
		if len(s.Questions) > 0 && s.Questions[0] == qn {
			sectionHolds[s.Index] = s.When.Eval(e.env)
		}
		e.applies[i] = sectionHolds[s.Index] && qn.When.Eval(e.env)
	}
}

// critical reports whether qn is a must-have here: always, or where its
// critical condition holds.
func (e *evaluator) critical(qn *questionnaire.Question) bool {
	return qn.Critical || qn.CriticalWhen != nil && qn.CriticalWhen.Eval(e.env)
}

// weight is qn's weight here: the first weight_when case that holds, or
// its weight.
func (e *evaluator) weight(qn *questionnaire.Question) float64 {
	return qn.WeightWhere(func(c *questionnaire.Condition) bool { return c.Eval(e.env) })
}

// Applicability tells for every question (by Index) whether it applies:
// its section's and its own conditions hold, with number thresholds and
// regimes (1.1) decided from the answers.
func Applicability(q *questionnaire.Questionnaire, f *answers.File) []bool {
	e := newEvaluator(q, f)
	e.settle()
	return e.applies
}

// isUnknown reports whether a is a "don't know / not measured" answer:
// marked unknown, or (single, multi) choosing an option marked unknown. A
// multi answer that picks an unknown option beside others is unknown as a
// whole: it does not say what is in place.
func isUnknown(qn *questionnaire.Question, a *answers.Answer) bool {
	if a == nil || a.NA {
		return false
	}
	if a.Unknown {
		return true
	}
	if !a.Value.Set {
		return false
	}
	switch qn.Type {
	case questionnaire.Single, questionnaire.YesNo:
		o, ok := qn.Option(a.Value.Choice)
		return ok && o.Unknown
	case questionnaire.Multi:
		return slices.ContainsFunc(a.Value.Choices, func(c string) bool {
			o, ok := qn.Option(c)
			return ok && o.Unknown
		})
	}
	return false
}

// regimeReads lists the question ids a regime's condition reads, directly
// or through the regimes it tests, in questionnaire order without repeats.
func (e *evaluator) regimeReads(rg *questionnaire.Regime) []string {
	seenRegime := map[string]bool{}
	read := map[string]bool{}
	var walk func(c *questionnaire.Condition)
	walk = func(c *questionnaire.Condition) {
		for _, id := range c.Refs() {
			read[id] = true
		}
		for _, id := range c.RegimeRefs() {
			if sub := e.regimes[id]; sub != nil && !seenRegime[id] {
				seenRegime[id] = true
				walk(sub.Applies)
			}
		}
	}
	seenRegime[rg.ID] = true
	walk(rg.Applies)
	var out []string
	for _, qn := range e.q.Questions {
		if read[qn.ID] {
			out = append(out, qn.ID)
		}
	}
	return out
}
