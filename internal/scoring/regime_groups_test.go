package scoring_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestGroupRegimes: laws and codes, then guidance and voluntary
// frameworks, then proposals and lapsed laws (never duties), then those
// that do not apply, each in questionnaire order.
func TestGroupRegimes(t *testing.T) {
	reg := func(id string, s questionnaire.LegalStatus, applies bool) scoring.RegimeResult {
		return scoring.RegimeResult{Regime: &questionnaire.Regime{ID: id, Status: s}, Applies: applies}
	}
	r := &scoring.Result{Regimes: []scoring.RegimeResult{
		reg("vol", questionnaire.StatusVoluntary, true),
		reg("prop", questionnaire.StatusProposal, true),
		reg("law", questionnaire.StatusLaw, true),
		reg("off", questionnaire.StatusLaw, false),
		reg("lapsed", questionnaire.StatusLapsed, true),
		reg("none", "", true),
		reg("guide", questionnaire.StatusGuidance, true),
		reg("code", questionnaire.StatusCode, true),
		reg("prop-off", questionnaire.StatusProposal, false),
	}}
	g := r.GroupRegimes()
	ids := func(rs []*scoring.RegimeResult) string {
		var out []string
		for _, rr := range rs {
			out = append(out, rr.Regime.ID)
		}
		return join(out)
	}
	for _, c := range []struct{ what, got, want string }{
		{"duties", ids(g.Duties), "[law none code]"},
		{"not duties", ids(g.NotDuties), "[vol guide]"},
		{"not in force", ids(g.NotInForce), "[prop lapsed]"},
		{"not applying", ids(g.NotApplying), "[off prop-off]"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %s, want %s", c.what, c.got, c.want)
		}
	}
	if &r.Regimes[2] != g.Duties[0] {
		t.Error("the groups hold copies, not the result's regimes")
	}
}
