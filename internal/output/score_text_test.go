package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestScoreTextProvisional checks that a provisional rating says why in
// each language, with percentages that never read "80 % below 80 %".
func TestScoreTextProvisional(t *testing.T) {
	r := sample(t)
	r.Provisional = true
	r.Reason = scoring.ProvisionalReason{LowCompletion: true, Completion: 0.796, MinCompletion: 0.8,
		TooManyUnknown: true, Unknown: 3, Scored: 10}
	r.Unknowns = []string{"users", "report-time"}
	for lang, want := range map[string][]string{
		"en": {"provisional: only 79.6% of the questions that apply are answered (80.0% are needed); 3 of 10 scored answers are “don't know” (more than 20%)",
			"2 questions answered “don't know”"},
		"sv": {"preliminär: bara 79,6\u00a0% av frågorna som gäller är besvarade (minst 80,0\u00a0% behövs); 3 av 10 poängsatta svar är ”vet inte” (mer än 20\u00a0%)",
			"2 frågor besvarade ”vet inte”"},
	} {
		var b bytes.Buffer
		if err := ScoreText(&b, r, lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if n := strings.Count(b.String(), w); n != 1 {
				t.Errorf("%s: output has %q %d times, want once:\n%s", lang, w, n, b.String())
			}
		}
	}
}
