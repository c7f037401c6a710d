package scoring_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// unscored marks a section that has no score (null in JSON) in a case's
// expected section scores.
const unscored = -1.0

type gapWant struct {
	id       string
	critical bool
	lost     float64
}

// scoreCase is one hand-computed assessment. Every number is worked out in
// the comment above it from docs/scoring.md:
//
//	section = 100 · Σ(w·s) / Σw over counted questions
//	overall = Σ(W·section) / ΣW over scored sections
//	lost    = 100 · (W/ΣW) · (w/Σw) · (1 − s)
type scoreCase struct {
	name     string
	extra    string // top-level questionnaire fields: rating, critical_cap, option_sets
	yaml     string // the body of sections:
	answers  string // the body of answers:
	overall  float64
	sections map[string]float64 // every section; unscored for null
	band     string
	rating   string
	capped   bool
	// answered / applicable is the completion.
	answered, applicable int
	gaps                 []gapWant // in action-plan order
	unanswered           []string
	// scores holds s of chosen counted questions (optional).
	scores map[string]float64
	// status holds the status of chosen questions (optional).
	status map[string]scoring.Status
}

var scoreCases = []scoreCase{
	{
		name: "yesno and single take the chosen option's score",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
      - {id: y3, text: Y3, type: yesno, options: [{value: yes, label: Yes}, {value: no, label: No, score: 0.2}]}
      - {id: s1, text: S1, type: single, options: [{value: a, label: A, score: 0}, {value: b, label: B, score: 0.25}, {value: c, label: C, score: 1}]}
`,
		answers: `
  y1: {value: yes}
  y2: {value: no}
  y3: {value: no}
  s1: {value: b}
`,
		// s: y1 1, y2 0, y3 0.2 (its own "no" score), s1 0.25
		// section = 100 · (1 + 0 + 0.2 + 0.25) / 4 = 36.25 → Inadequate (< 40)
		overall: 36.25, sections: map[string]float64{"s": 36.25},
		band: "Inadequate", rating: "Inadequate",
		answered: 4, applicable: 4,
		// lost = 100 · 1 · 1/4 · (1 − s): y2 25, y3 20, s1 18.75
		// check: 25 + 20 + 18.75 = 63.75 = 100 − 36.25
		gaps:   []gapWant{{"y2", false, 25}, {"y3", false, 20}, {"s1", false, 18.75}},
		scores: map[string]float64{"y1": 1, "y2": 0, "y3": 0.2, "s1": 0.25},
	},
	{
		name:  "multi sums the chosen scores, capped at 1",
		extra: "option_sets:\n  m: [{value: a, label: A, score: 0.6}, {value: b, label: B, score: 0.6}, {value: c, label: C, score: 0.3}]\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: m1, text: M1, type: multi, options: m}
      - {id: m2, text: M2, type: multi, options: m}
      - {id: m3, text: M3, type: multi, options: m}
`,
		answers: `
  m1: {value: [a, b]}
  m2: {value: [c]}
  m3: {value: [a, c]}
`,
		// s: m1 min(1, 0.6 + 0.6) = 1, m2 0.3, m3 0.6 + 0.3 = 0.9
		// section = 100 · 2.2 / 3 = 73.33 → Established
		overall: 220.0 / 3, sections: map[string]float64{"s": 220.0 / 3},
		band: "Established", rating: "Established",
		answered: 3, applicable: 3,
		// lost = 100/3 · (1 − s): m2 23.33, m3 3.33; m1 is no gap
		gaps:   []gapWant{{"m2", false, 70.0 / 3}, {"m3", false, 10.0 / 3}},
		scores: map[string]float64{"m1": 1, "m2": 0.3, "m3": 0.9},
	},
	{
		name: "multi whose scores add up to 1 on paper is full marks despite rounding",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: m1, text: M1, type: multi, options: [{value: a, label: A, score: 0.7}, {value: b, label: B, score: 0.2}, {value: c, label: C, score: 0.1}]}
`,
		answers: "  m1: {value: [a, b, c]}\n",
		// 0.7 + 0.2 + 0.1 = 1 (0.9999999999999999 in float64, which must
		// not become a gap losing 1e-14 points nor a 99.99999999999999)
		overall: 100, sections: map[string]float64{"s": 100},
		band: "Leading", rating: "Leading",
		answered: 1, applicable: 1,
		scores: map[string]float64{"m1": 1},
	},
	{
		name: "an empty multi is an answer that scores 0",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: m1, text: M1, type: multi, options: [{value: a, label: A, score: 1}, {value: none, label: None, score: 0, exclusive: true}]}
      - {id: y1, text: Y1, type: yesno}
`,
		answers: "  m1: {value: []}\n  y1: {value: yes}\n",
		// m1 answered with nothing chosen: s = 0, answered, not unanswered
		// section = 100 · (0 + 1) / 2 = 50
		overall: 50, sections: map[string]float64{"s": 50},
		band: "Developing", rating: "Developing",
		answered: 2, applicable: 2,
		gaps:   []gapWant{{"m1", false, 50}},
		scores: map[string]float64{"m1": 0},
		status: map[string]scoring.Status{"m1": scoring.Answered},
	},
	{
		name: "number bands: the first band that holds, bounds inclusive, no band scores 0",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: n1, text: N1, type: number, bands: &b [{min: 90, score: 1}, {min: 50, max: 90, score: 0.5}, {max: 10, score: 0.2}]}
      - {id: n2, text: N2, type: number, bands: *b}
      - {id: n3, text: N3, type: number, bands: *b}
      - {id: n4, text: N4, type: number, bands: *b}
      - {id: n5, text: N5, type: number, bands: *b}
      - {id: n6, text: N6, type: number, bands: [{max: 100, score: 0.5}, {max: 50, score: 1}]}
`,
		answers: `
  n1: {value: 90}
  n2: {value: 50}
  n3: {value: 49.5}
  n4: {value: 10}
  n5: {value: -3}
  n6: {value: 40}
`,
		// n1 90: band 1 (min 90 inclusive; band 2 also holds, first wins) → 1
		// n2 50: band 2 (min inclusive) → 0.5
		// n3 49.5: in no band → 0
		// n4 10: band 3 (max inclusive) → 0.2
		// n5 −3: band 3 (no min) → 0.2
		// n6 40: both bands hold; the first (0.5), not the best (1)
		// section = 100 · (1 + 0.5 + 0 + 0.2 + 0.2 + 0.5) / 6 = 40 → Developing (edge)
		overall: 40, sections: map[string]float64{"s": 40},
		band: "Developing", rating: "Developing",
		answered: 6, applicable: 6,
		// lost = 100/6 · (1 − s): n3 16.67, n4 13.33, n5 13.33 (tie: file
		// order), n2 8.33, n6 8.33 (tie); sum 60 = 100 − 40
		gaps: []gapWant{{"n3", false, 100.0 / 6}, {"n4", false, 80.0 / 6}, {"n5", false, 80.0 / 6},
			{"n2", false, 50.0 / 6}, {"n6", false, 50.0 / 6}},
		scores: map[string]float64{"n1": 1, "n2": 0.5, "n3": 0, "n4": 0.2, "n5": 0.2, "n6": 0.5},
	},
	{
		name: "duration bands: 1d equals 24h, bounds inclusive",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: d1, text: D1, type: duration, bands: &b [{max: 24h, score: 1}, {max: 3d, score: 0.5}]}
      - {id: d2, text: D2, type: duration, bands: *b}
      - {id: d3, text: D3, type: duration, bands: *b}
      - {id: d4, text: D4, type: duration, bands: *b}
      - {id: d5, text: D5, type: duration, bands: *b}
      - {id: d6, text: D6, type: duration, bands: [{min: 1d, max: 1d, score: 1}]}
`,
		answers: `
  d1: {value: 1d}
  d2: {value: 24h}
  d3: {value: 1d1m}
  d4: {value: 72h}
  d5: {value: 3d1m}
  d6: {value: 1440m}
`,
		// d1 1d = 1440 min ≤ 24h → 1; d2 24h → 1; d3 1441 min → band 2 → 0.5
		// d4 72h = 3d (max inclusive) → 0.5; d5 3d1m → no band → 0
		// d6 1440m in [1d, 1d] → 1
		// section = 100 · (1 + 1 + 0.5 + 0.5 + 0 + 1) / 6 = 66.67
		overall: 400.0 / 6, sections: map[string]float64{"s": 400.0 / 6},
		band: "Developing", rating: "Developing",
		answered: 6, applicable: 6,
		// lost = 100/6 · (1 − s): d5 16.67, d3 8.33, d4 8.33
		gaps:   []gapWant{{"d5", false, 100.0 / 6}, {"d3", false, 50.0 / 6}, {"d4", false, 50.0 / 6}},
		scores: map[string]float64{"d1": 1, "d2": 1, "d3": 0.5, "d4": 0.5, "d5": 0, "d6": 1},
	},
	{
		name: "date bands measure the age on the assessment date; 365 days old is in max: 365d",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: t1, text: T1, type: date, bands: &b [{max: 365d, score: 1}, {max: 730d, score: 0.5}]}
      - {id: t2, text: T2, type: date, bands: *b}
      - {id: t3, text: T3, type: date, bands: *b}
      - {id: t4, text: T4, type: date, bands: *b}
      - {id: t5, text: T5, type: date, bands: *b}
`,
		// the assessment date is 2026-11-26
		answers: `
  t1: {value: 2025-11-26}
  t2: {value: 2025-11-25}
  t3: {value: 2024-11-26}
  t4: {value: 2024-11-25}
  t5: {value: 2026-11-26}
`,
		// t1 365 days → band 1 → 1; t2 366 days → 0.5
		// t3 730 days (2024-11-26 → 2025-11-26 → 2026-11-26, no 29 Feb in
		// between) → 0.5; t4 731 days → 0; t5 0 days → 1
		// section = 100 · (1 + 0.5 + 0.5 + 0 + 1) / 5 = 60
		overall: 60, sections: map[string]float64{"s": 60},
		band: "Developing", rating: "Developing",
		answered: 5, applicable: 5,
		// lost = 20 · (1 − s): t4 20, t2 10, t3 10
		gaps:   []gapWant{{"t4", false, 20}, {"t2", false, 10}, {"t3", false, 10}},
		scores: map[string]float64{"t1": 1, "t2": 0.5, "t3": 0.5, "t4": 0, "t5": 1},
	},
	{
		name:  "answers of not applicable are left out of the score",
		extra: "critical_cap: Developing\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno, allow_na: true}
      - {id: q2, text: Q2, type: yesno}
      - {id: q3, text: Q3, type: yesno, allow_na: true, critical: true}
      - {id: q4, text: Q4, type: single, allow_na: true, options: [{value: none, label: N, score: 0}, {value: half, label: H, score: 0.5}]}
`,
		answers: `
  q1: {na: true, note: no such feature}
  q2: {value: yes}
  q3: {na: true}
  q4: {value: half}
`,
		// q1 and q3 are left out (were they 0, the score would be 37.5)
		// section = 100 · (1 + 0.5) / 2 = 75 → Established
		// q3 is critical but not counted, so no critical gap and no cap
		overall: 75, sections: map[string]float64{"s": 75},
		band: "Established", rating: "Established",
		answered: 4, applicable: 4,
		// lost q4 = 100 · 1/2 · 0.5 = 25
		gaps:   []gapWant{{"q4", false, 25}},
		status: map[string]scoring.Status{"q1": scoring.AnsweredNA, "q3": scoring.AnsweredNA},
	},
	{
		name: "an unanswered question scores 0 and is listed",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno}
      - {id: q2, text: Q2, type: yesno, weight: 3}
      - {id: q3, text: Q3, type: text}
`,
		answers: "  q1: {value: yes}\n  q2: {note: asking legal}\n",
		// q2 has only a note, which is no answer: s = 0
		// q3 (text) is never scored but applies, so it counts for completion
		// section = 100 · (1 + 3·0) / (1 + 3) = 25
		overall: 25, sections: map[string]float64{"s": 25},
		band: "Inadequate", rating: "Inadequate",
		answered: 1, applicable: 3,
		// lost q2 = 100 · 3/4 · 1 = 75
		gaps:       []gapWant{{"q2", false, 75}},
		unanswered: []string{"q2", "q3"},
		scores:     map[string]float64{"q2": 0},
		status:     map[string]scoring.Status{"q2": scoring.Unanswered, "q3": scoring.Unanswered},
	},
	{
		name: "text, and number, duration and date without bands, are never scored",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno}
      - {id: x1, text: X1, type: text}
      - {id: x2, text: X2, type: number, weight: 5}
      - {id: x3, text: X3, type: duration, weight: 5}
      - {id: x4, text: X4, type: date, weight: 5}
`,
		answers: "  q1: {value: yes}\n  x1: {value: hello}\n  x2: {value: 3}\n  x3: {value: 2h}\n",
		// only q1 counts: 100 · 1 / 1 = 100; x4 unanswered is no gap
		overall: 100, sections: map[string]float64{"s": 100},
		band: "Leading", rating: "Leading",
		answered: 4, applicable: 5,
		unanswered: []string{"x4"},
	},
	{
		name: "a question whose when is false does not apply",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: p1, text: P1, type: yesno}
      - {id: q2, text: Q2, type: yesno, when: {question: p1, equals: yes}}
      - {id: q3, text: Q3, type: yesno, when: {question: p1, equals: yes}}
      - {id: q4, text: Q4, type: yesno}
`,
		answers: "  p1: {value: no}\n  q2: {value: yes}\n  q4: {value: yes}\n",
		// q2 (answered) and q3 (unanswered) do not apply: not scored, not in
		// completion, not listed as unanswered
		// section = 100 · (0 + 1) / 2 = 50
		overall: 50, sections: map[string]float64{"s": 50},
		band: "Developing", rating: "Developing",
		answered: 2, applicable: 2,
		gaps:   []gapWant{{"p1", false, 50}},
		status: map[string]scoring.Status{"q2": scoring.NotApplicable, "q3": scoring.NotApplicable},
	},
	{
		name:  "a section whose when is false does not apply",
		extra: "critical_cap: Developing\n",
		yaml: `
  - id: profile
    title: P
    weight: 0
    questions:
      - {id: uploads, text: U, type: yesno}
  - id: detect
    title: D
    weight: 5
    when: {question: uploads, equals: yes}
    questions:
      - {id: d1, text: D1, type: yesno, critical: true}
  - id: other
    title: O
    questions:
      - {id: o1, text: O1, type: yesno}
`,
		answers: "  uploads: {value: no}\n  o1: {value: yes}\n",
		// detect does not apply: d1 is neither scored, nor unanswered, nor
		// a critical gap; profile has weight 0
		// overall = other = 100 (were detect counted: (5·0 + 100)/6 = 16.7)
		overall: 100, sections: map[string]float64{"profile": unscored, "detect": unscored, "other": 100},
		band: "Leading", rating: "Leading",
		answered: 2, applicable: 2,
		status: map[string]scoring.Status{"d1": scoring.NotApplicable},
	},
	{
		// docs/scoring.md: a condition on an unanswered question, or one answered not
		// applicable, is false. `not` of such a test is therefore true:
		// conditions compose, and "not (q1 = yes)" holds while q1 is not
		// known to be yes.
		name: "a condition on an unanswered or NA question is false",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno, allow_na: true}
      - {id: q2, text: Q2, type: yesno}
      - {id: q3, text: Q3, type: yesno, when: {question: q1, equals: no}}
      - {id: q4, text: Q4, type: yesno, when: {not: {question: q1, equals: yes}}}
      - {id: q5, text: Q5, type: yesno, when: {question: q2, in: [yes, no]}}
      - {id: q6, text: Q6, type: yesno, when: {not: {question: q2, equals: yes}}}
`,
		answers: "  q1: {na: true}\n  q3: {value: yes}\n  q4: {value: yes}\n  q5: {value: yes}\n",
		// q3 (on NA q1) and q5 (on unanswered q2) do not apply
		// q4, q6 apply (not of a false test); q6 is unanswered
		// counted: q2 0, q4 1, q6 0 → 100 · 1/3 = 33.33
		overall: 100.0 / 3, sections: map[string]float64{"s": 100.0 / 3},
		band: "Inadequate", rating: "Inadequate",
		// applicable q1 q2 q4 q6; answered q1 (NA) and q4
		answered: 2, applicable: 4,
		// lost = 100 · 1/3 · 1 each, tied: file order
		gaps:       []gapWant{{"q2", false, 100.0 / 3}, {"q6", false, 100.0 / 3}},
		unanswered: []string{"q2", "q6"},
		status:     map[string]scoring.Status{"q3": scoring.NotApplicable, "q5": scoring.NotApplicable},
	},
	{
		name: "a condition on a question that does not apply is false",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno}
      - {id: q2, text: Q2, type: yesno, when: {question: q1, equals: yes}}
      - {id: q3, text: Q3, type: yesno, when: {question: q2, equals: yes}}
      - {id: q4, text: Q4, type: yesno, when: {not: {question: q2, equals: yes}}}
      - {id: q5, text: Q5, type: yesno}
`,
		// q2 keeps a stale "yes" from before q1 became "no"
		answers: "  q1: {value: no}\n  q2: {value: yes}\n  q3: {value: yes}\n  q4: {value: no}\n  q5: {value: yes}\n",
		// q2 does not apply, so its stale yes is no answer: q3 does not
		// apply, q4 does
		// counted q1 0, q4 0, q5 1 → 33.33
		overall: 100.0 / 3, sections: map[string]float64{"s": 100.0 / 3},
		band: "Inadequate", rating: "Inadequate",
		answered: 3, applicable: 3,
		gaps:   []gapWant{{"q1", false, 100.0 / 3}, {"q4", false, 100.0 / 3}},
		status: map[string]scoring.Status{"q2": scoring.NotApplicable, "q3": scoring.NotApplicable, "q4": scoring.Answered},
	},
	{
		name: "all, any and not",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: y, text: Y, type: yesno}
      - {id: m, text: M, type: multi, options: [{value: a, label: A, score: 0.5}, {value: b, label: B, score: 0.5}]}
      - {id: k1, text: K1, type: yesno, when: {all: [{question: y, equals: yes}, {question: m, includes: a}]}}
      - {id: k2, text: K2, type: yesno, when: {all: [{question: y, equals: yes}, {question: m, includes: b}]}}
      - {id: k3, text: K3, type: yesno, when: {any: [{question: m, includes: b}, {question: y, equals: no}]}}
      - {id: k4, text: K4, type: yesno, when: {any: [{question: m, includes: b}, {question: y, in: [no, yes]}]}}
      - {id: k5, text: K5, type: yesno, when: {not: {question: m, includes: b}}}
      - {id: k6, text: K6, type: yesno, when: {not: {question: y, equals: yes}}}
`,
		answers: `
  y: {value: yes}
  m: {value: [a]}
  k1: {value: yes}
  k2: {value: yes}
  k3: {value: yes}
  k4: {value: yes}
  k5: {value: yes}
  k6: {value: yes}
`,
		// k1 all(true, true) applies; k2 all(true, false) not; k3 any(false,
		// false) not; k4 any(false, true) applies; k5 not(false) applies;
		// k6 not(true) not
		// counted y 1, m 0.5, k1 k4 k5 1 → 100 · 4.5 / 5 = 90 → Leading
		overall: 90, sections: map[string]float64{"s": 90},
		band: "Leading", rating: "Leading",
		answered: 5, applicable: 5,
		gaps: []gapWant{{"m", false, 10}},
		status: map[string]scoring.Status{"k1": scoring.Answered, "k2": scoring.NotApplicable, "k3": scoring.NotApplicable,
			"k4": scoring.Answered, "k5": scoring.Answered, "k6": scoring.NotApplicable},
	},
	{
		name:  "a question of weight 0 is never a gap",
		extra: "critical_cap: Developing\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno, weight: 0}
      - {id: q2, text: Q2, type: yesno}
      - {id: q3, text: Q3, type: yesno, weight: 0, critical: true}
`,
		answers: "  q1: {value: no}\n  q2: {value: yes}\n",
		// Σw = 0 + 1 + 0: section = 100 · 1 / 1 = 100
		// q1 (s 0) and q3 (critical, unanswered) have weight 0: no gaps, no
		// cap; q3 is still unanswered
		overall: 100, sections: map[string]float64{"s": 100},
		band: "Leading", rating: "Leading",
		answered: 2, applicable: 3,
		unanswered: []string{"q3"},
	},
	{
		name:  "a section of weight 0 is unscored and has no gaps",
		extra: "critical_cap: Developing\n",
		yaml: `
  - id: p
    title: P
    weight: 0
    questions:
      - {id: p1, text: P1, type: yesno}
      - {id: p2, text: P2, type: yesno, critical: true}
  - id: s
    title: S
    questions:
      - {id: s1, text: S1, type: yesno}
`,
		answers: "  p1: {value: no}\n  s1: {value: yes}\n",
		// overall = s = 100; p has no score; p1 (0) and p2 (critical,
		// unanswered) are no gaps and do not cap
		overall: 100, sections: map[string]float64{"p": unscored, "s": 100},
		band: "Leading", rating: "Leading",
		answered: 2, applicable: 3,
		unanswered: []string{"p2"},
	},
	{
		name: "a section with nothing counted is left out of the overall score",
		yaml: `
  - id: a
    title: A
    weight: 3
    questions:
      - {id: a1, text: A1, type: yesno, allow_na: true}
      - {id: a2, text: A2, type: single, allow_na: true, options: [{value: x, label: X, score: 0}, {value: y, label: Y, score: 1}]}
  - id: b
    title: B
    questions:
      - {id: b1, text: B1, type: single, options: [{value: x, label: X, score: 0.25}, {value: y, label: Y, score: 1}]}
  - id: c
    title: C
    weight: 2
    questions:
      - {id: c1, text: C1, type: text}
      - {id: c2, text: C2, type: number}
`,
		answers: "  a1: {na: true}\n  a2: {na: true}\n  b1: {value: x}\n  c1: {value: fine}\n  c2: {value: 5}\n",
		// a: all NA; c: nothing scored → both null and left out
		// overall = b = 100 · 0.25 = 25 (with a as 0 it would be 6.25)
		overall: 25, sections: map[string]float64{"a": unscored, "b": 25, "c": unscored},
		band: "Inadequate", rating: "Inadequate",
		answered: 5, applicable: 5,
		// lost b1 = 100 · 1/1 · 1/1 · 0.75 = 75
		gaps: []gapWant{{"b1", false, 75}},
	},
	{
		name:  "a critical gap caps the rating",
		extra: "critical_cap: Developing\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: single, critical: true, options: [{value: none, label: N, score: 0}, {value: most, label: M, score: 0.75}, {value: all, label: A, score: 1}]}
      - {id: q2, text: Q2, type: yesno, weight: 9}
`,
		answers: "  q1: {value: most}\n  q2: {value: yes}\n",
		// section = 100 · (0.75 + 9) / 10 = 97.5 → band Leading, capped to
		// Developing by the critical gap q1
		overall: 97.5, sections: map[string]float64{"s": 97.5},
		band: "Leading", rating: "Developing", capped: true,
		answered: 2, applicable: 2,
		// lost q1 = 100 · 1/10 · 0.25 = 2.5
		gaps: []gapWant{{"q1", true, 2.5}},
	},
	{
		name:  "an unanswered critical question is a critical gap",
		extra: "critical_cap: Inadequate\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno, critical: true}
      - {id: q2, text: Q2, type: yesno, weight: 19}
`,
		answers: "  q2: {value: yes}\n",
		// section = 100 · 19 / 20 = 95 → Leading, capped to Inadequate
		overall: 95, sections: map[string]float64{"s": 95},
		band: "Leading", rating: "Inadequate", capped: true,
		answered: 1, applicable: 2,
		// lost q1 = 100 · 1/20 = 5
		gaps:       []gapWant{{"q1", true, 5}},
		unanswered: []string{"q1"},
	},
	{
		name:  "a cap above the band does not lower it",
		extra: "critical_cap: Established\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: yesno, critical: true}
      - {id: q2, text: Q2, type: yesno}
`,
		answers: "  q1: {value: no}\n  q2: {value: yes}\n",
		// section = 50 → Developing, below the cap Established: not capped
		overall: 50, sections: map[string]float64{"s": 50},
		band: "Developing", rating: "Developing",
		answered: 2, applicable: 2,
		gaps: []gapWant{{"q1", true, 50}},
	},
	{
		name:  "a cap equal to the band does not lower it",
		extra: "critical_cap: Established\n",
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: single, critical: true, options: [{value: none, label: N, score: 0}, {value: half, label: H, score: 0.5}]}
      - {id: q2, text: Q2, type: yesno}
`,
		answers: "  q1: {value: half}\n  q2: {value: yes}\n",
		// section = 100 · 1.5 / 2 = 75 → Established = the cap: not capped
		overall: 75, sections: map[string]float64{"s": 75},
		band: "Established", rating: "Established",
		answered: 2, applicable: 2,
		gaps: []gapWant{{"q1", true, 25}},
	},
	{
		name: "custom rating bands",
		extra: `rating:
  - {min: 0, label: Weak}
  - {min: 80, label: Strong}
  - {min: 50, label: Fair}
critical_cap: Fair
`,
		yaml: `
  - id: s
    title: S
    questions:
      - {id: q1, text: Q1, type: single, critical: true, options: [{value: a, label: A, score: 0.8}, {value: b, label: B, score: 1}]}
`,
		answers: "  q1: {value: a}\n",
		// 80 → Strong (bands sorted however written), capped to Fair
		overall: 80, sections: map[string]float64{"s": 80},
		band: "Strong", rating: "Fair", capped: true,
		answered: 1, applicable: 1,
		gaps: []gapWant{{"q1", true, 20}},
	},
	{
		name: "overall is 0 when no section counts",
		yaml: `
  - id: a
    title: A
    questions:
      - {id: a1, text: A1, type: text}
      - {id: a2, text: A2, type: yesno, allow_na: true}
  - id: b
    title: B
    weight: 0
    questions:
      - {id: b1, text: B1, type: yesno}
`,
		answers: "  a1: {value: notes}\n  a2: {na: true}\n  b1: {value: yes}\n",
		overall: 0, sections: map[string]float64{"a": unscored, "b": unscored},
		band: "Inadequate", rating: "Inadequate",
		answered: 3, applicable: 3,
	},
	{
		name: "gap order: critical first, then points lost, then questionnaire order",
		yaml: `
  - id: a
    title: A
    questions:
      - {id: a1, text: A1, type: yesno}
      - {id: a2, text: A2, type: single, critical: true, options: &o [{value: none, label: N, score: 0}, {value: half, label: H, score: 0.5}, {value: most, label: M, score: 0.75}, {value: all, label: A, score: 1}]}
  - id: b
    title: B
    questions:
      - {id: b1, text: B1, type: yesno}
      - {id: b2, text: B2, type: yesno}
      - {id: b3, text: B3, type: single, critical: true, weight: 2, options: *o}
`,
		answers: "  a1: {value: no}\n  a2: {value: half}\n  b2: {value: no}\n  b3: {value: most}\n",
		// a = 100 · (0 + 0.5) / 2 = 25; b = 100 · (0 + 0 + 2·0.75) / 4 = 37.5
		// overall = (25 + 37.5) / 2 = 31.25
		overall: 31.25, sections: map[string]float64{"a": 25, "b": 37.5},
		band: "Inadequate", rating: "Inadequate",
		answered: 4, applicable: 5,
		// lost: a1 100·½·½·1 = 25; a2 100·½·½·0.5 = 12.5 (critical)
		// b1 100·½·¼·1 = 12.5; b2 12.5; b3 100·½·(2/4)·0.25 = 6.25 (critical)
		// order: criticals a2 12.5, b3 6.25; then a1 25; then the tie b1, b2
		// in file order. Sum 68.75 = 100 − 31.25
		gaps: []gapWant{{"a2", true, 12.5}, {"b3", true, 6.25}, {"a1", false, 25}, {"b1", false, 12.5},
			{"b2", false, 12.5}},
		unanswered: []string{"b1"},
	},
	{
		name: "gaps tied on paper stay in questionnaire order despite rounding",
		yaml: `
  - id: x
    title: X
    questions:
      - {id: x1, text: X1, type: yesno}
  - id: y
    title: Y
    weight: 5
    questions:
      - {id: y1, text: Y1, type: yesno}
      - {id: y2, text: Y2, type: yesno}
      - {id: y3, text: Y3, type: yesno}
      - {id: y4, text: Y4, type: yesno}
      - {id: y5, text: Y5, type: yesno}
`,
		answers: "  x1: {value: no}\n  y1: {value: no}\n  y2: {value: yes}\n  y3: {value: yes}\n  y4: {value: yes}\n  y5: {value: yes}\n",
		// x = 0, y = 80; overall = (1·0 + 5·80) / 6 = 66.67
		// lost x1 = 100 · 1/6 · 1 = 16.67; y1 = 100 · 5/6 · 1/5 = 16.67.
		// In float64 y1 comes out 16.666666666666668 and x1
		// 16.666666666666664: a tie all the same, so x1 (earlier) first.
		overall: 400.0 / 6, sections: map[string]float64{"x": 0, "y": 80},
		band: "Developing", rating: "Developing",
		answered: 6, applicable: 6,
		gaps: []gapWant{{"x1", false, 100.0 / 6}, {"y1", false, 100.0 / 6}},
	},
}

func TestScore(t *testing.T) {
	for _, tc := range scoreCases {
		t.Run(tc.name, func(t *testing.T) {
			r := score(t, tc.extra, tc.yaml, tc.answers)
			checkResult(t, r, tc)
		})
	}
}

func checkResult(t *testing.T, r *scoring.Result, tc scoreCase) {
	t.Helper()
	if !near(r.Overall, tc.overall) {
		t.Errorf("overall = %v, want %v", r.Overall, tc.overall)
	}
	if len(r.Sections) != len(tc.sections) {
		t.Errorf("%d sections, want %d", len(r.Sections), len(tc.sections))
	}
	for _, sr := range r.Sections {
		want, ok := tc.sections[sr.Section.ID]
		switch {
		case !ok:
			t.Errorf("section %s: no expected score in the case", sr.Section.ID)
		case want == unscored && sr.Scored:
			t.Errorf("section %s scored %v, want no score", sr.Section.ID, sr.Score)
		case want != unscored && !sr.Scored:
			t.Errorf("section %s has no score, want %v", sr.Section.ID, want)
		case want != unscored && !near(sr.Score, want):
			t.Errorf("section %s = %v, want %v", sr.Section.ID, sr.Score, want)
		}
	}
	if got := r.BandLabel("en"); got != tc.band {
		t.Errorf("band = %s, want %s", got, tc.band)
	}
	if got := r.RatingLabel("en"); got != tc.rating {
		t.Errorf("rating = %s, want %s", got, tc.rating)
	}
	if r.Capped != tc.capped {
		t.Errorf("capped = %v, want %v", r.Capped, tc.capped)
	}
	if r.Answered != tc.answered || r.Applicable != tc.applicable {
		t.Errorf("answered/applicable = %d/%d, want %d/%d", r.Answered, r.Applicable, tc.answered, tc.applicable)
	}
	if want := float64(tc.answered) / float64(tc.applicable); !near(r.Completion, want) {
		t.Errorf("completion = %v, want %v", r.Completion, want)
	}
	var got, want []string
	for _, g := range r.Gaps {
		got = append(got, fmt.Sprintf("%s crit=%v lost=%.9f", g.Question.ID, g.Critical, g.PointsLost))
	}
	criticals := 0
	for _, g := range tc.gaps {
		want = append(want, fmt.Sprintf("%s crit=%v lost=%.9f", g.id, g.critical, g.lost))
		if g.critical {
			criticals++
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("gaps:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r.CriticalGaps != criticals {
		t.Errorf("critical gaps = %d, want %d", r.CriticalGaps, criticals)
	}
	if join(r.Unanswered) != join(tc.unanswered) {
		t.Errorf("unanswered = %s, want %s", join(r.Unanswered), join(tc.unanswered))
	}
	for id, want := range tc.scores {
		qr := r.Question(id)
		if !qr.Counted {
			t.Errorf("%s is not counted, want s = %v", id, want)
		} else if exact := want == 0 || want == 1; exact && qr.Score != want || !exact && !near(qr.Score, want) {
			// 0 and 1 exactly: s < 1 decides whether it is a gap
			t.Errorf("%s: s = %v, want %v", id, qr.Score, want)
		}
	}
	for id, want := range tc.status {
		if got := r.Question(id).Status; got != want {
			t.Errorf("%s: status %v, want %v", id, got, want)
		}
	}
	// Invariants every case must keep, whatever it is about.
	lostByID := map[string]float64{}
	for _, g := range r.Gaps {
		lostByID[g.Question.ID] = g.PointsLost
	}
	for _, qr := range r.Questions {
		if qr.Gap != (lostByID[qr.Question.ID] > 0) {
			t.Errorf("%s: Gap = %v but points lost in the action plan %v", qr.Question.ID, qr.Gap, lostByID[qr.Question.ID])
		}
		if !qr.Gap && qr.PointsLost != 0 {
			t.Errorf("%s: loses %v points but is no gap", qr.Question.ID, qr.PointsLost)
		}
	}
}

// TestFutureDateAge: docs/scoring.md bounds a date's age, and a date after the
// assessment date has a negative age: a band with only a max holds it. An
// author who wants a future date to score 0 bounds the age below with
// min: 0d. This pins that reading. Since 1.1 an answers file refuses a
// date after the assessment date, so the answers are set in code: scoring
// stays total on whatever values it is given.
func TestFutureDateAge(t *testing.T) {
	q := parseQ(t, "", `
  - id: s
    title: S
    questions:
      - {id: t1, text: T1, type: date, bands: [{max: 365d, score: 1}]}
      - {id: t2, text: T2, type: date, bands: [{min: 0d, max: 365d, score: 1}]}
`)
	f := decodeA(t, q, "  t1: {value: 2026-11-01}\n  t2: {value: 2026-11-01}\n")
	future := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	f.Get("t1").Value.Date = future
	f.Get("t2").Value.Date = future
	r := scoring.Score(q, f)
	checkResult(t, r, scoreCase{
		// age −5 days: t1 → 1; t2 → below min 0 → 0
		// section = 100 · (1 + 0) / 2 = 50
		overall: 50, sections: map[string]float64{"s": 50},
		band: "Developing", rating: "Developing",
		answered: 2, applicable: 2,
		gaps:   []gapWant{{"t2", false, 50}},
		scores: map[string]float64{"t1": 1, "t2": 0},
	})
}
