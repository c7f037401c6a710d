package scoring

import "github.com/dutycheck/dutycheck/internal/questionnaire"

// RegimeGroups is the one order in which every output lists the regimes
// (the PDF brief, the walk-through's end screen, `score` text, the
// Markdown export): laws and codes first, then guidance and voluntary
// frameworks under a heading that says they are not duties, then
// proposals and lapsed laws, which are never duties (a proposal would
// apply if adopted; a lapsed law is no longer in force), then the regimes
// that do not apply. Each group keeps the questionnaire's order.
type RegimeGroups struct {
	// Duties: laws, codes, and regimes whose status the questionnaire
	// leaves out, that apply.
	Duties []*RegimeResult
	// NotDuties: guidance and voluntary frameworks that apply.
	NotDuties []*RegimeResult
	// NotInForce: proposals and lapsed laws whose condition holds. Their
	// readiness next to the laws would read as a duty the service has.
	NotInForce []*RegimeResult
	// NotApplying: the regimes whose condition does not hold.
	NotApplying []*RegimeResult
}

// GroupRegimes sorts the result's regimes into RegimeGroups.
func (r *Result) GroupRegimes() RegimeGroups {
	var g RegimeGroups
	for i := range r.Regimes {
		rr := &r.Regimes[i]
		switch s := rr.Regime.Status; {
		case !rr.Applies:
			g.NotApplying = append(g.NotApplying, rr)
		case s == questionnaire.StatusProposal || s == questionnaire.StatusLapsed:
			g.NotInForce = append(g.NotInForce, rr)
		case s == "" || s.Binding():
			g.Duties = append(g.Duties, rr)
		default:
			g.NotDuties = append(g.NotDuties, rr)
		}
	}
	return g
}
