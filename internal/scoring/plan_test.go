package scoring_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestRecommendation: a gap carries the chosen option's recommendation,
// else the question's (docs/scoring.md).
//
// For a multi answer the rule "the chosen option's" (docs/scoring.md) has no single option to
// name. The reading here: the question's recommendation comes first (it
// speaks to the whole duty), and a chosen option's only when the question
// has none. A chosen "none of these" option is the usual carrier of such a
// recommendation.
func TestRecommendation(t *testing.T) {
	sections := `
  - id: s
    title: S
    questions:
      - id: single
        text: S
        type: single
        recommendation: question's
        options:
          - {value: none, label: N, score: 0, recommendation: none's}
          - {value: some, label: S, score: 0.5}
          - {value: all, label: A, score: 1}
      - id: yn
        text: Y
        type: yesno
        recommendation: question's
        options:
          - {value: yes, label: Yes}
          - {value: no, label: No, recommendation: no's}
      - id: bare
        text: B
        type: yesno
        options:
          - {value: yes, label: Yes}
          - {value: no, label: No, recommendation: no's}
      - id: multi
        text: M
        type: multi
        recommendation: question's
        options: &m
          - {value: a, label: A, score: 0.5, recommendation: a's}
          - {value: none, label: N, score: 0, exclusive: true, recommendation: none's}
      - {id: multi-bare, text: M, type: multi, options: *m}
      - {id: number, text: N, type: number, recommendation: question's, bands: [{min: 10, score: 1}]}
`
	tests := []struct {
		name, answers, id, want string
	}{
		{"single: the chosen option's", "  single: {value: none}\n", "single", "none's"},
		{"single: option without one gives the question's", "  single: {value: some}\n", "single", "question's"},
		{"single unanswered: the question's", "", "single", "question's"},
		{"yesno: the chosen option's", "  yn: {value: no}\n", "yn", "no's"},
		{"yesno unanswered: the question's", "", "yn", "question's"},
		// docs/scoring.md: the chosen option's, else the question's. Unanswered has no
		// chosen option and this question has no recommendation, so the
		// lowest-scoring option's advice stands in: what is not known is
		// treated as not done, and an action plan row must say what to do.
		{"yesno unanswered without a question's", "", "bare", "no's"},
		{"multi: the question's first", "  multi: {value: [none]}\n", "multi", "question's"},
		{"multi without a question's: the chosen option's", "  multi-bare: {value: [none]}\n", "multi-bare", "none's"},
		{"multi partly right: the chosen option's", "  multi-bare: {value: [a]}\n", "multi-bare", "a's"},
		{"multi empty: nothing", "  multi-bare: {value: []}\n", "multi-bare", ""},
		{"number: the question's", "  number: {value: 3}\n", "number", "question's"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := score(t, "", sections, tc.answers)
			for _, g := range r.Gaps {
				if g.Question.ID == tc.id {
					if got := g.Recommendation.In("en"); got != tc.want {
						t.Errorf("recommendation %q, want %q", got, tc.want)
					}
					s := r.Summarize("en")
					for _, gs := range s.Gaps {
						if gs.Question == tc.id && gs.Recommendation != tc.want {
							t.Errorf("summary recommendation %q, want %q", gs.Recommendation, tc.want)
						}
					}
					return
				}
			}
			t.Fatalf("%s is not a gap", tc.id)
		})
	}
}

// TestGapReferences: a gap carries its question's references.
func TestGapReferences(t *testing.T) {
	r := score(t, "references:\n  r1: {title: R1}\n  r2: {title: R2}\n", `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno, references: [r2, r1]}
      - {id: q2, text: Q2, type: yesno}
`, "")
	if len(r.Gaps) != 2 {
		t.Fatalf("gaps %v, want q1 q2", gapIDs(r))
	}
	if got := join(r.Gaps[0].References); got != "[r2 r1]" {
		t.Errorf("q1 references %s, want [r2 r1]", got)
	}
	if got := r.Summarize("en").Gaps[1].References; got == nil || len(got) != 0 {
		t.Errorf("q2 references in JSON %#v, want [] (not null)", got)
	}
}

// TestMissingEvidence: a question that asks for evidence, answered with a
// score above 0 and no note, is flagged (questionnaires/README.md).
func TestMissingEvidence(t *testing.T) {
	sections := `
  - id: s
    title: S
    questions:
      - {id: e1, text: E1, type: yesno, evidence: link the runbook}
      - {id: e2, text: E2, type: yesno, evidence: link the runbook}
      - {id: e3, text: E3, type: yesno, evidence: link the runbook}
      - {id: e4, text: E4, type: yesno, allow_na: true, evidence: link the runbook}
      - {id: e5, text: E5, type: yesno, evidence: link the runbook}
      - {id: e6, text: E6, type: single, evidence: name the lists, options: [{value: a, label: A, score: 0.25}, {value: b, label: B, score: 1}]}
      - {id: e7, text: E7, type: yesno}
      - {id: e8, text: E8, type: number, evidence: cite the source}
`
	answers := `
  e1: {value: yes}
  e2: {value: yes, note: "https://wiki/runbook"}
  e3: {value: no}
  e4: {na: true}
  e6: {value: a}
  e7: {value: yes}
  e8: {value: 12}
`
	// e1 and e6 (s > 0, no note); not e2 (note), e3 (s = 0), e4 (NA), e5
	// (unanswered), e7 (asks none), e8 (not scored)
	r := score(t, "", sections, answers)
	if got := join(r.MissingEvidence); got != "[e1 e6]" {
		t.Errorf("missing evidence %s, want [e1 e6]", got)
	}
	for _, id := range []string{"e1", "e6"} {
		if !r.Question(id).MissingEvidence {
			t.Errorf("%s: MissingEvidence false", id)
		}
	}
}

// TestOrphans: answers to questions the questionnaire no longer has are
// reported, in file order, and do not count anywhere.
func TestOrphans(t *testing.T) {
	r := score(t, "", `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno}
`, "  zeta: {value: yes}\n  q1: {value: yes}\n  alpha: {na: true, note: gone}\n")
	if got := join(r.Orphans); got != "[zeta alpha]" {
		t.Errorf("orphans %s, want [zeta alpha]", got)
	}
	if r.Applicable != 1 || r.Answered != 1 || r.Overall != 100 {
		t.Errorf("orphans counted: %d/%d, overall %v", r.Answered, r.Applicable, r.Overall)
	}
}

// TestQuestionScoreUnscored: a text question, and a number without bands,
// score 0 whatever the answer (they are never counted either).
func TestQuestionScoreUnscored(t *testing.T) {
	q := parseQ(t, "", `
  - id: s
    title: S
    questions:
      - {id: y, text: Y, type: yesno}
      - {id: x, text: X, type: text}
      - {id: n, text: N, type: number}
`)
	if s := scoring.QuestionScore(q.Question("x"), answers.Value{Set: true, Text: "yes"}, assessed); s != 0 {
		t.Errorf("text scores %v", s)
	}
	if s := scoring.QuestionScore(q.Question("n"), answers.Value{Set: true, Number: 5}, assessed); s != 0 {
		t.Errorf("number without bands scores %v", s)
	}
}

// TestDateBandLeapYear pins a reading of docs/scoring.md: date bands bound the age in
// days of 24 hours, so a date one calendar year before an assessment date
// after 29 February of a leap year is 366 days old and misses max: 365d.
// An author who means "within a year" writes max: 366d.
func TestDateBandLeapYear(t *testing.T) {
	q := parseQ(t, "", `
  - id: s
    title: S
    questions:
      - {id: d, text: D, type: date, bands: [{max: 365d, score: 1}, {max: 730d, score: 0.5}]}
      - {id: e, text: E, type: date, bands: [{max: 366d, score: 1}]}
`)
	f, err := answers.Decode("a.yaml", []byte("format: dutycheck-answers/v1\nquestionnaire: {id: t}\ndate: 2028-03-01\n"+
		"answers:\n  d: {value: 2027-03-01}\n  e: {value: 2027-03-01}\n"), q)
	if err != nil {
		t.Fatal(err)
	}
	r := scoring.Score(q, f)
	if s := r.Question("d").Score; s != 0.5 {
		t.Errorf("366 days with max: 365d scores %v, want 0.5", s)
	}
	if s := r.Question("e").Score; s != 1 {
		t.Errorf("366 days with max: 366d scores %v, want 1", s)
	}
}
