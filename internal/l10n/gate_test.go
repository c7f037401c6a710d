package l10n

import "testing"

// TestScoreBelowNeverMeetsTheGate: a failed gate printed "overall score
// 70.0 is below 70" for 69.996; the score is written with the decimals
// that keep it below, in both languages.
func TestScoreBelowNeverMeetsTheGate(t *testing.T) {
	for _, tc := range []struct {
		score, gate float64
		en, sv      string
	}{
		{69.996, 70, "69.996", "69,996"},
		{69.94, 70, "69.9", "69,9"},
		{42.5, 42.50000000001, "42.5", "42,5"},
		{69.99999, 70, "69.99999", "69,99999"},
		{80, 70, "80.0", "80,0"},
	} {
		if got := For("en").ScoreBelow(tc.score, tc.gate); got != tc.en {
			t.Errorf("en ScoreBelow(%v, %v) = %q, want %q", tc.score, tc.gate, got, tc.en)
		}
		if got := For("sv").ScoreBelow(tc.score, tc.gate); got != tc.sv {
			t.Errorf("sv ScoreBelow(%v, %v) = %q, want %q", tc.score, tc.gate, got, tc.sv)
		}
	}
}
