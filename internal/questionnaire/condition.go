package questionnaire

import (
	"slices"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// Condition is a `when` clause. Exactly one of its forms is set: a test on
// one question (Question with Op and Values or Number), a test on a regime
// (Regime), or a combination (All, Any, Not).
type Condition struct {
	Question string
	// Op is "equals", "in" or "includes" for a test on a question's
	// values, or (1.1) "at_least" or "below" for a test on a number answer
	// against Number.
	Op     string
	Values []string
	Number float64
	// Regime (1.1) names a regime: the condition holds when it applies.
	Regime string
	All    []*Condition
	Any    []*Condition
	Not    *Condition
	Pos    yamlsrc.Pos
}

// Lookup gives the chosen values of an answered question: one value for
// yesno and single, the chosen list for multi. ok is false when the question
// is unanswered, answered not applicable or unknown, or does not apply, all
// of which make a test on it false (questionnaires/README.md).
type Lookup func(questionID string) (values []string, ok bool)

// Env is what a condition reads: the answers' values, number answers, and
// whether a regime applies. A nil function answers "no answer" (or "does
// not apply").
type Env struct {
	Values Lookup
	// Number gives a number answer; ok as for Values.
	Number func(questionID string) (v float64, ok bool)
	// Regime reports whether the regime with the given id applies.
	Regime func(regimeID string) bool
}

// Holds evaluates the condition against values alone; a nil condition
// always holds. Number and regime tests are false.
func (c *Condition) Holds(get Lookup) bool { return c.Eval(Env{Values: get}) }

// Eval evaluates the condition; a nil condition always holds.
func (c *Condition) Eval(env Env) bool {
	if c == nil {
		return true
	}
	switch {
	case c.All != nil:
		for _, sub := range c.All {
			if !sub.Eval(env) {
				return false
			}
		}
		return true
	case c.Any != nil:
		for _, sub := range c.Any {
			if sub.Eval(env) {
				return true
			}
		}
		return false
	case c.Not != nil:
		return !c.Not.Eval(env)
	case c.Regime != "":
		return env.Regime != nil && env.Regime(c.Regime)
	}
	switch c.Op {
	case "at_least", "below":
		if env.Number == nil {
			return false
		}
		n, ok := env.Number(c.Question)
		if !ok {
			return false
		}
		if c.Op == "at_least" {
			return n >= c.Number
		}
		return n < c.Number
	}
	if env.Values == nil {
		return false
	}
	got, ok := env.Values(c.Question)
	if !ok {
		return false
	}
	switch c.Op {
	case "equals", "in":
		return len(got) == 1 && slices.Contains(c.Values, got[0])
	case "includes":
		return slices.Contains(got, c.Values[0])
	}
	return false
}

// Refs lists the question ids the condition tests directly, in order, with
// repeats. Questions read through a regime are not included: see
// RegimeRefs.
func (c *Condition) Refs() []string {
	if c == nil {
		return nil
	}
	var out []string
	if c.Question != "" {
		out = append(out, c.Question)
	}
	for _, s := range c.All {
		out = append(out, s.Refs()...)
	}
	for _, s := range c.Any {
		out = append(out, s.Refs()...)
	}
	out = append(out, c.Not.Refs()...)
	return out
}

// RegimeRefs lists the regime ids the condition tests, in order, with
// repeats.
func (c *Condition) RegimeRefs() []string {
	if c == nil {
		return nil
	}
	var out []string
	if c.Regime != "" {
		out = append(out, c.Regime)
	}
	for _, s := range c.All {
		out = append(out, s.RegimeRefs()...)
	}
	for _, s := range c.Any {
		out = append(out, s.RegimeRefs()...)
	}
	out = append(out, c.Not.RegimeRefs()...)
	return out
}
