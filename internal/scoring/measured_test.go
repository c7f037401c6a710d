package scoring_test

import (
	"strings"
	"testing"
)

// TestMeasuredBasis: the share of the overall score's weight that rests on
// measured answers, worked out by hand: section a (weight 3) has q1
// (weight 1, measured) and q2 (weight 3, typed); section b (weight 1) has
// q3 (measured, then "don't know" because its figure fell on an open
// case) and q4 (not scored: no bands). Shares: a is 3/4 of the score, q1
// 1/4 of a: 3/16; b is 1/4, q3 all of its scored weight: 4/16. 7/16.
func TestMeasuredBasis(t *testing.T) {
	sections := `  - id: a
    title: A
    weight: 3
    questions:
      - {id: q1, text: Q1, type: duration, weight: 1, bands: [{max: 1h, score: 1}]}
      - {id: q2, text: Q2, type: duration, weight: 3, bands: [{max: 1h, score: 1}]}
  - id: b
    title: B
    weight: 1
    questions:
      - {id: q3, text: Q3, type: number, bands: [{min: 90, score: 1}]}
      - {id: q4, text: Q4, type: number}
`
	rec := "    measured: {metric: median, cases: 3, period: {from: 2026-07-01, to: 2026-09-30}, at: 2026-10-01}\n"
	body := "  q1:\n    value: 30m\n" + rec +
		"  q2: {value: 2h}\n" +
		"  q3:\n    unknown: true\n" + strings.Replace(rec, "median", "share_within", 1) +
		"  q4:\n    value: 4\n" + strings.Replace(rec, "median", "count", 1)
	r := score(t, "", sections, body)
	b := r.Measured()
	if !near(b.Share, 7.0/16) || b.Measured != 2 || b.Scored != 3 || strings.Join(b.IDs, ",") != "q1,q3" {
		t.Errorf("got %+v; want share 7/16, 2 of 3 scored measured (q1, q3)", b)
	}
	// nothing measured: nothing rests on measurements
	r = score(t, "", sections, "  q1: {value: 30m}\n")
	if b := r.Measured(); b.Share != 0 || b.Measured != 0 || len(b.IDs) != 0 {
		t.Errorf("typed only: %+v", b)
	}
}
