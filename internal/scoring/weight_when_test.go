package scoring_test

import "testing"

// TestWeightWhen: a question weighs its weight_when weight where the
// condition holds and its own weight elsewhere, in the section score, the
// points lost and the readiness of a regime.
func TestWeightWhen(t *testing.T) {
	extra := `
regimes:
  - {id: law, title: Law, status: law}
references:
  r: {title: R, url: "https://example.org", status: law, regime: law}
`
	sections := `
  - id: p
    title: P
    weight: 0
    questions:
      - {id: staff, text: Staff, type: number}
  - id: s
    title: S
    questions:
      - id: big
        text: Big-service measure
        type: yesno
        weight: 0.5
        weight_when:
          - {when: {question: staff, at_least: 250}, weight: 2}
          - {when: {question: staff, at_least: 50}, weight: 1}
        references: [r]
      - {id: core, text: Core, type: yesno, references: [r]}
`
	for _, tc := range []struct {
		staff      string
		weight     float64
		overall    float64
		pointsLost float64
	}{
		{"10", 0.5, 100 * 1 / 1.5, 100 * 0.5 / 1.5},
		{"100", 1, 50, 50},
		{"300", 2, 100 * 1 / 3.0, 100 * 2 / 3.0},
	} {
		r := score(t, extra, sections, "  staff: {value: "+tc.staff+"}\n  big: {value: \"no\"}\n  core: {value: \"yes\"}\n")
		qr := r.Question("big")
		if !near(qr.Weight, tc.weight) || !near(r.Overall, tc.overall) || !near(qr.PointsLost, tc.pointsLost) {
			t.Errorf("staff %s: weight %v overall %v lost %v; want %v %v %v", tc.staff, qr.Weight, r.Overall, qr.PointsLost, tc.weight, tc.overall, tc.pointsLost)
		}
		if rr := r.Regimes[0]; !rr.Scored || !near(rr.Score, tc.overall) {
			t.Errorf("staff %s: regime readiness %+v, want %v", tc.staff, rr, tc.overall)
		}
	}
}
