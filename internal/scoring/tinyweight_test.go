package scoring_test

import (
	"fmt"
	"testing"
)

// TestTinyWeights: a weight is any finite number in [0, 1000], so a
// subnormal one such as 5e-324 is valid. Multiplied by a score it rounds
// to 0 or to the weight itself, and an answer scored 0.51 made the
// section (and the overall score) 100, passing `--fail-under 90`. Scores
// must not depend on the scale of the weights, only on their ratios.
func TestTinyWeights(t *testing.T) {
	for _, w := range []string{"1", "5e-324", "1e-320", "1e-310", "1000"} {
		t.Run(w, func(t *testing.T) {
			r := score(t, "", fmt.Sprintf(`
  - id: a
    title: A
    weight: %[1]s
    questions:
      - {id: q1, text: "One?", type: single, weight: %[1]s, options: [{value: a, label: A, score: 0.51}, {value: b, label: B, score: 0}]}
      - {id: q2, text: "Two?", type: single, weight: %[1]s, options: [{value: a, label: A, score: 0.3}, {value: b, label: B, score: 0}]}
  - id: b
    title: B
    weight: %[1]s
    questions:
      - {id: q3, text: "Three?", type: single, weight: %[1]s, options: [{value: a, label: A, score: 0.7}, {value: b, label: B, score: 0}]}
`, w), "  q1: {value: a}\n  q2: {value: a}\n  q3: {value: a}\n")
			if want := 100 * (0.81/2 + 0.7) / 2; !near(r.Overall, want) {
				t.Errorf("overall = %v, want %v", r.Overall, want)
			}
			if want := 100 * 0.81 / 2; !near(r.Sections[0].Score, want) {
				t.Errorf("section a = %v, want %v", r.Sections[0].Score, want)
			}
			if g := r.Question("q1").PointsLost; !near(g, 100*0.5*0.5*0.49) {
				t.Errorf("q1 loses %v points, want %v", g, 100*0.5*0.5*0.49)
			}
		})
	}
}
