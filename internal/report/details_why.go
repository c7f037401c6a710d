package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// questionNumber is a question's number as the details show it: "1.12"
// for the twelfth question of the first section; its id when it has none.
func (d *doc) questionNumber(id string) string {
	if qn := d.q.Question(id); qn != nil && qn.Section != nil {
		for j, x := range qn.Section.Questions {
			if x == qn {
				return fmt.Sprintf("%d.%d", qn.Section.Index+1, j+1)
			}
		}
	}
	return cleanLine(id)
}

// notApplicableBecause says which answers made a condition fail, for a
// question or section that does not apply: "No, answer to 1.12; none of:
// End-to-end encryption, answer to 1.13", and each regime it needs that
// does not apply. Only the tests that fail are named (of an "all", the
// parts that do not hold; of an "any", every part). "" when the
// condition holds or reads nothing.
func (d *doc) notApplicableBecause(c *questionnaire.Condition) string {
	var parts, seen []string
	for _, leaf := range failingTests(c, d.conditionEnv()) {
		switch {
		case leaf.Question != "":
			ans := strings.TrimPrefix(d.decidingAnswer(leaf.Question, leaf.Values), "→ ")
			part := d.w.T("pdfwhy.answer", ans, d.questionNumber(leaf.Question))
			if ans != "" && !slices.Contains(seen, part) {
				seen = append(seen, part)
				parts = append(parts, part)
			}
		case leaf.Regime != "":
			if rg := d.q.Regime(leaf.Regime); rg != nil && !slices.Contains(seen, "regime:"+rg.ID) {
				seen = append(seen, "regime:"+rg.ID)
				parts = append(parts, d.w.T("pdfwhy.regime", d.tr(rg.Title)))
			}
		}
	}
	return strings.Join(parts, "; ")
}

// conditionEnv reads conditions against the scored answers, as scoring
// did: a question that applies and has a value, whether a regime applies.
func (d *doc) conditionEnv() questionnaire.Env {
	given := func(id string) *scoring.QuestionResult {
		qr := d.r.Question(id)
		if qr == nil || qr.Status != scoring.Answered || !qr.Answer.Value.Set {
			return nil
		}
		return qr
	}
	return questionnaire.Env{
		Values: func(id string) ([]string, bool) {
			qr := given(id)
			if qr == nil {
				return nil, false
			}
			if qr.Question.Type == questionnaire.Multi {
				return qr.Answer.Value.Choices, true
			}
			return []string{qr.Answer.Value.Choice}, true
		},
		Number: func(id string) (float64, bool) {
			qr := given(id)
			if qr == nil || qr.Question.Type != questionnaire.Number {
				return 0, false
			}
			return qr.Answer.Value.Number, true
		},
		Regime: d.regimeApplies,
	}
}

// failingTests are the simple tests (on a question or a regime) that
// make c fail: of an "all", those of its parts that fail; of an "any",
// those of every part; of a "not", the tests of the part that holds.
func failingTests(c *questionnaire.Condition, env questionnaire.Env) []*questionnaire.Condition {
	if c == nil || c.Eval(env) {
		return nil
	}
	return failing(c, env)
}

func failing(c *questionnaire.Condition, env questionnaire.Env) []*questionnaire.Condition {
	var out []*questionnaire.Condition
	switch {
	case len(c.All) > 0:
		for _, x := range c.All {
			if !x.Eval(env) {
				out = append(out, failing(x, env)...)
			}
		}
	case len(c.Any) > 0:
		for _, x := range c.Any {
			out = append(out, failing(x, env)...)
		}
	case c.Not != nil:
		out = append(out, tests(c.Not)...)
	default:
		out = append(out, c)
	}
	return out
}

// tests are every simple test of c.
func tests(c *questionnaire.Condition) []*questionnaire.Condition {
	var out []*questionnaire.Condition
	for _, x := range append(append([]*questionnaire.Condition{}, c.All...), c.Any...) {
		out = append(out, tests(x)...)
	}
	if c.Not != nil {
		out = append(out, tests(c.Not)...)
	}
	if len(c.All)+len(c.Any) == 0 && c.Not == nil {
		out = append(out, c)
	}
	return out
}

// whyNotApplicable is the answer cell of a question that does not apply:
// "does not apply: No, answer to 1.12". Its own condition is read; where
// it has none, or its own holds, its section's.
func (d *doc) whyNotApplicable(qr *scoring.QuestionResult) string {
	qn := qr.Question
	c := qn.When
	if c == nil && qn.Section != nil {
		c = qn.Section.When
	}
	if why := d.notApplicableBecause(c); c != nil && why != "" {
		return d.w.T("pdfwhy.na", why)
	}
	return d.w.T("pdf.doesNotApplyQ")
}

// conditionValues lists, per question, the option values a condition
// tests, through the regimes it tests too (each once), in the order the
// conditions give them.
func conditionValues(q *questionnaire.Questionnaire, c *questionnaire.Condition, seen map[string]bool) map[string][]string {
	out := map[string][]string{}
	var walk func(c *questionnaire.Condition)
	walk = func(c *questionnaire.Condition) {
		if c == nil {
			return
		}
		if c.Question != "" {
			for _, v := range c.Values {
				if !slices.Contains(out[c.Question], v) {
					out[c.Question] = append(out[c.Question], v)
				}
			}
		}
		if c.Regime != "" && !seen[c.Regime] {
			seen[c.Regime] = true
			if sub := q.Regime(c.Regime); sub != nil {
				walk(sub.Applies)
			}
		}
		for _, x := range c.All {
			walk(x)
		}
		for _, x := range c.Any {
			walk(x)
		}
		walk(c.Not)
	}
	walk(c)
	return out
}
