package report

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestRegimeVerdict: the regimes chapter and the appendix say the same
// word of a regime; a proposal would apply, a lapsed law is no longer in
// force, whatever the answers.
func TestRegimeVerdict(t *testing.T) {
	tests := []struct {
		name    string
		status  questionnaire.LegalStatus
		applies bool
		want    string
	}{
		{"law applies", questionnaire.StatusLaw, true, "Applies"},
		{"law does not apply", questionnaire.StatusLaw, false, "Does not apply"},
		{"proposal", questionnaire.StatusProposal, true, "Would apply if adopted"},
		{"lapsed", questionnaire.StatusLapsed, true, "No longer in force"},
		{"lapsed, not applying", questionnaire.StatusLapsed, false, "Does not apply"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rr := &scoring.RegimeResult{Regime: &questionnaire.Regime{Status: tc.status}, Applies: tc.applies}
			if got := wordsFor("en").regimeVerdict(rr); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
