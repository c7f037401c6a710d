package scoring_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// assessed is the assessment date of generated answers.
var assessed = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

// generated is a random valid questionnaire with what the property tests
// need to know about it.
type generated struct {
	q *questionnaire.Questionnaire
	// referenced holds the ids that some condition tests: changing their
	// answer can change which questions apply.
	referenced map[string]bool
}

// choiceQ is an earlier question a condition may test.
type choiceQ struct {
	id     string
	typ    string
	values []string
}

// genQuestionnaire writes a random questionnaire as YAML and parses it:
// sections sections of 1 to perSection questions each (exactly perSection
// when exact is set), so that every generated file is one the parser
// accepts. Conditions only look back, at yesno, single and multi
// questions, with values those questions can have.
func genQuestionnaire(t testing.TB, r *rand.Rand, sections, perSection int, exact bool) generated {
	t.Helper()
	return gen(t, r, sections, perSection, exact, false)
}

// genQuestionnaire11 is genQuestionnaire with the 1.1 regimes: three
// regimes whose `applies` test earlier choices, number thresholds and the
// regimes before them (or nothing: always), and four references, each
// belonging to a regime or to none, cited at random by scored questions.
// No question or section tests a regime, so regimes never change what
// applies.
func genQuestionnaire11(t testing.TB, r *rand.Rand, sections, perSection int) generated {
	t.Helper()
	return gen(t, r, sections, perSection, false, true)
}

func gen(t testing.TB, r *rand.Rand, sections, perSection int, exact, with11 bool) generated {
	t.Helper()
	var b strings.Builder
	b.WriteString(questionnaireHeader)
	if r.IntN(2) == 0 {
		b.WriteString("critical_cap: " + []string{"Leading", "Established", "Developing", "Inadequate"}[r.IntN(4)] + "\n")
	}
	b.WriteString("sections:\n")
	g := generated{referenced: map[string]bool{}}
	var choices []choiceQ
	var numbers []string
	pick := func(xs []float64) float64 { return xs[r.IntN(len(xs))] }
	cond := func() string {
		c := choices[r.IntN(len(choices))]
		g.referenced[c.id] = true
		v := c.values[r.IntN(len(c.values))]
		var s string
		switch {
		case c.typ == "multi":
			s = fmt.Sprintf("{question: %s, includes: %s}", c.id, v)
		case r.IntN(2) == 0:
			s = fmt.Sprintf("{question: %s, equals: %s}", c.id, v)
		default:
			s = fmt.Sprintf("{question: %s, in: [%s]}", c.id, v)
		}
		if r.IntN(4) == 0 {
			s = "{not: " + s + "}"
		}
		return s
	}
	n := 0
	for si := 0; si < sections; si++ {
		fmt.Fprintf(&b, "  - id: s%d\n    title: S%d\n    weight: %g\n", si, si, pick([]float64{0, 0.5, 1, 1, 2, 3}))
		if len(choices) > 0 && r.IntN(5) == 0 {
			fmt.Fprintf(&b, "    when: %s\n", cond())
		}
		b.WriteString("    questions:\n")
		count := 1 + r.IntN(perSection)
		if exact {
			count = perSection
		}
		for qi := 0; qi < count; qi++ {
			id := fmt.Sprintf("q%d", n)
			n++
			typ := []string{"yesno", "single", "multi", "number", "duration", "date", "text"}[r.IntN(7)]
			fields := []string{"id: " + id, "text: " + strings.ToUpper(id), "type: " + typ}
			scored := true
			var values []string
			switch typ {
			case "yesno":
				values = []string{"yes", "no"}
				if r.IntN(3) == 0 {
					fields = append(fields, fmt.Sprintf("options: [{value: yes, label: Y}, {value: no, label: N, score: %g}]", pick([]float64{0, 0.25, 0.5})))
				}
			case "single", "multi":
				k := 2 + r.IntN(3)
				var opts []string
				for i := 0; i < k; i++ {
					v := fmt.Sprintf("o%d", i)
					values = append(values, v)
					sc := pick([]float64{0, 0.1, 0.2, 0.25, 0.3, 0.5, 0.6, 0.7, 0.75, 1})
					opts = append(opts, fmt.Sprintf("{value: %s, label: %s, score: %g}", v, v, sc))
				}
				if typ == "multi" && r.IntN(2) == 0 {
					values = append(values, "none")
					opts = append(opts, "{value: none, label: None, score: 0, exclusive: true}")
				}
				fields = append(fields, "options: ["+strings.Join(opts, ", ")+"]")
			case "number":
				if r.IntN(4) == 0 {
					scored = false
					break
				}
				lo := r.IntN(60)
				fields = append(fields, fmt.Sprintf("bands: [{min: %d, score: 1}, {min: %d, max: %d, score: %g}]",
					lo+30, lo, lo+30, pick([]float64{0.25, 0.5, 0.75})))
			case "duration":
				if r.IntN(4) == 0 {
					scored = false
					break
				}
				fields = append(fields, fmt.Sprintf("bands: [{max: %s, score: 1}, {max: 3d, score: 0.5}]", []string{"1h", "24h", "1d"}[r.IntN(3)]))
			case "date":
				if r.IntN(4) == 0 {
					scored = false
					break
				}
				fields = append(fields, "bands: [{min: 0d, max: 365d, score: 1}, {max: 730d, score: 0.5}]")
			case "text":
				scored = false
			}
			if typ == "number" {
				numbers = append(numbers, id)
			}
			if scored && with11 && r.IntN(3) > 0 {
				a, d := r.IntN(4), 1+r.IntN(3)
				fields = append(fields, fmt.Sprintf("references: [r%d, r%d]", a, (a+d)%4))
			}
			if scored {
				fields = append(fields, fmt.Sprintf("weight: %g", pick([]float64{0, 0.5, 1, 1, 1, 2, 5})))
				if r.IntN(5) == 0 {
					fields = append(fields, "critical: true")
				}
			}
			if r.IntN(3) == 0 {
				fields = append(fields, "allow_na: true")
			}
			if len(choices) > 0 && r.IntN(4) == 0 {
				fields = append(fields, "when: "+cond())
			}
			fmt.Fprintf(&b, "      - {%s}\n", strings.Join(fields, ", "))
			if values != nil {
				choices = append(choices, choiceQ{id, typ, values})
			}
		}
	}
	if with11 {
		b.WriteString("regimes:\n")
		for k := 0; k < 3; k++ {
			fmt.Fprintf(&b, "  - {id: g%d, title: G%d, why: W%d", k, k, k)
			var parts []string
			if len(choices) > 0 && r.IntN(3) > 0 {
				c := choices[r.IntN(len(choices))]
				op := "equals"
				if c.typ == "multi" {
					op = "includes"
				}
				parts = append(parts, fmt.Sprintf("{question: %s, %s: %s}", c.id, op, c.values[r.IntN(len(c.values))]))
			}
			if len(numbers) > 0 && r.IntN(2) == 0 {
				op := []string{"at_least", "below"}[r.IntN(2)]
				parts = append(parts, fmt.Sprintf("{question: %s, %s: %d}", numbers[r.IntN(len(numbers))], op, r.IntN(100)))
			}
			if k > 0 && r.IntN(2) == 0 {
				parts = append(parts, fmt.Sprintf("{not: {regime: g%d}}", r.IntN(k)))
			}
			switch {
			case len(parts) == 1:
				fmt.Fprintf(&b, ", applies: %s", parts[0])
			case len(parts) > 1:
				fmt.Fprintf(&b, ", applies: {%s: [%s]}", []string{"all", "any"}[r.IntN(2)], strings.Join(parts, ", "))
			}
			b.WriteString("}\n")
		}
		b.WriteString("references:\n")
		for k := 0; k < 4; k++ {
			fmt.Fprintf(&b, "  r%d: {title: R%d", k, k)
			if j := r.IntN(4); j < 3 {
				fmt.Fprintf(&b, ", regime: g%d", j)
			}
			b.WriteString("}\n")
		}
	}
	q, err := questionnaire.Parse("gen.yaml", []byte(b.String()))
	if err != nil {
		t.Fatalf("generated questionnaire does not parse: %v\n%s", err, b.String())
	}
	g.q = q
	return g
}

// randomValue is a random valid answer to qn.
func randomValue(r *rand.Rand, qn *questionnaire.Question) answers.Value {
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		return answers.Value{Set: true, Choice: qn.Options[r.IntN(len(qn.Options))].Value}
	case questionnaire.Multi:
		var chosen []string
		for _, o := range qn.Options {
			if !o.Exclusive && r.IntN(2) == 0 {
				chosen = append(chosen, o.Value)
			}
		}
		if len(chosen) == 0 && r.IntN(2) == 0 {
			for _, o := range qn.Options {
				if o.Exclusive {
					chosen = []string{o.Value}
				}
			}
		}
		v, err := answers.CheckChoices(qn, chosen)
		if err != nil {
			panic(err)
		}
		return v
	case questionnaire.Number:
		return answers.Value{Set: true, Number: float64(r.IntN(121) - 10)}
	case questionnaire.Duration:
		return answers.Value{Set: true, Duration: time.Duration(r.IntN(5*24*60)) * time.Minute}
	case questionnaire.Date:
		return answers.Value{Set: true, Date: assessed.AddDate(0, 0, 10-r.IntN(900))}
	}
	return answers.Value{Set: true, Text: "x"}
}

// randomAnswers answers each question at random: left unanswered, answered
// not applicable where allowed, or with a random valid value.
func randomAnswers(r *rand.Rand, q *questionnaire.Questionnaire) *answers.File {
	f := answers.New(q, assessed)
	for _, qn := range q.Questions {
		switch k := r.IntN(10); {
		case k < 3:
			// unanswered
		case k < 4 && qn.AllowNA:
			f.Put(qn, &answers.Answer{NA: true, Note: "n/a"})
		default:
			f.Put(qn, &answers.Answer{Value: randomValue(r, qn)})
		}
	}
	return f
}
