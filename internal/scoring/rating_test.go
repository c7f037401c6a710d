package scoring_test

import (
	"fmt"
	"testing"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestRatingEdges scores one single-choice question whose options give
// overall scores on and just off every band edge: a band holds its min.
func TestRatingEdges(t *testing.T) {
	const opts = `[{value: s100, label: A, score: 1}, {value: s90, label: A, score: 0.9}, {value: s899, label: A, score: 0.899},
  {value: s80, label: A, score: 0.8}, {value: s799, label: A, score: 0.799}, {value: s70, label: A, score: 0.7},
  {value: s699, label: A, score: 0.699}, {value: s50, label: A, score: 0.5}, {value: s499, label: A, score: 0.499},
  {value: s40, label: A, score: 0.4}, {value: s399, label: A, score: 0.399}, {value: s0, label: A, score: 0}]`
	sections := "  - id: s\n    title: S\n    questions:\n      - {id: q, text: Q, type: single, options: " + opts + "}\n"
	custom := "rating:\n  - {min: 50, label: Fair}\n  - {min: 0, label: Weak}\n  - {min: 80, label: Strong}\n"
	tests := []struct {
		choice        string
		def, inCustom string
	}{
		// default: 90 Leading, 70 Established, 40 Developing, 0 Inadequate
		// custom (written out of order): 80 Strong, 50 Fair, 0 Weak
		{"s100", "Leading", "Strong"},
		{"s90", "Leading", "Strong"},
		{"s899", "Established", "Strong"},
		{"s80", "Established", "Strong"},
		{"s799", "Established", "Fair"},
		{"s70", "Established", "Fair"},
		{"s699", "Developing", "Fair"},
		{"s50", "Developing", "Fair"},
		{"s499", "Developing", "Weak"},
		{"s40", "Developing", "Weak"},
		{"s399", "Inadequate", "Weak"},
		{"s0", "Inadequate", "Weak"},
	}
	for _, tc := range tests {
		for _, rating := range []struct{ name, extra, want string }{{"default", "", tc.def}, {"custom", custom, tc.inCustom}} {
			t.Run(fmt.Sprintf("%s/%s", rating.name, tc.choice), func(t *testing.T) {
				r := score(t, rating.extra, sections, "  q: {value: "+tc.choice+"}\n")
				if got := r.BandLabel("en"); got != rating.want {
					t.Errorf("overall %v: band %s, want %s", r.Overall, got, rating.want)
				}
				if r.Band != r.Rating || r.Capped {
					t.Errorf("no cap, yet rating %d differs from band %d (capped %v)", r.Rating, r.Band, r.Capped)
				}
			})
		}
	}
}

// TestRatingRoundingNoise: 0.85 and 0.95 average to 90 on paper and to
// 89.99999999999999 in float64. The board sees "90.0"; the rating must say
// Leading too, or the report contradicts itself.
func TestRatingRoundingNoise(t *testing.T) {
	sections := `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: single, options: &o [{value: a, label: A, score: 0.85}, {value: b, label: B, score: 0.95}]}
      - {id: q2, text: Q2, type: single, options: *o}
`
	r := score(t, "", sections, "  q1: {value: a}\n  q2: {value: b}\n")
	if r.Overall >= 90 {
		t.Fatalf("overall %v: the float64 noise this test is about is gone; pick other scores", r.Overall)
	}
	if got := r.RatingLabel("en"); got != "Leading" {
		t.Errorf("overall %v (90 on paper): rating %s, want Leading", r.Overall, got)
	}
}

// TestCompletion: answered (with not applicable) over applicable, counting
// every question that applies, scored or not.
func TestCompletion(t *testing.T) {
	sections := `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno}
      - {id: q2, text: Q2, type: yesno, allow_na: true, when: {question: q1, equals: yes}}
      - {id: q3, text: Q3, type: text}
      - {id: q4, text: Q4, type: number}
`
	tests := []struct {
		name    string
		answers string
		want    float64
	}{
		{"nothing answered", "", 0},                                  // q2 does not apply: 0/3
		{"q1 no: q2 does not apply", "  q1: {value: no}\n", 1.0 / 3}, // 1/3
		{"q1 yes: q2 applies", "  q1: {value: yes}\n", 1.0 / 4},      // 1/4
		{"NA counts as answered", "  q1: {value: yes}\n  q2: {na: true}\n", 2.0 / 4},
		{"a note alone is no answer", "  q1: {value: yes}\n  q2: {note: ask}\n  q3: {note: later}\n", 1.0 / 4},
		{"all", "  q1: {value: yes}\n  q2: {value: no}\n  q3: {value: x}\n  q4: {value: 0}\n", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := score(t, "", sections, tc.answers)
			if !near(r.Completion, tc.want) {
				t.Errorf("completion = %v (%d/%d), want %v", r.Completion, r.Answered, r.Applicable, tc.want)
			}
		})
	}
}

// TestSectionCounts checks the per-section tallies the report's overview
// and the JSON carry.
func TestSectionCounts(t *testing.T) {
	r := score(t, "", `
  - id: a
    title: A
    questions:
      - {id: a1, text: A1, type: yesno, critical: true}
      - {id: a2, text: A2, type: yesno}
      - {id: a3, text: A3, type: yesno, when: {question: a1, equals: yes}}
  - id: b
    title: B
    when: {question: a1, equals: yes}
    questions:
      - {id: b1, text: B1, type: yesno}
`, "  a1: {value: no}\n  a2: {value: yes}\n")
	tests := []struct {
		id                               string
		applies                          bool
		answered, applicable, gaps, crit int
	}{
		{"a", true, 2, 2, 1, 1},
		{"b", false, 0, 0, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			sr := r.Section(tc.id)
			got := fmt.Sprint(sr.Applies, sr.Answered, sr.Applicable, sr.Gaps, sr.CriticalGaps)
			want := fmt.Sprint(tc.applies, tc.answered, tc.applicable, tc.gaps, tc.crit)
			if got != want {
				t.Errorf("applies answered applicable gaps critical = %s, want %s", got, want)
			}
		})
	}
	if r.Section("nope") != nil || r.Question("nope") != nil {
		t.Error("lookup of an unknown id returned a result")
	}
	if s := scoring.NotApplicable.String() + "," + scoring.Answered.String(); s != "not applicable,answered" {
		t.Errorf("Status.String = %q", s)
	}
}
