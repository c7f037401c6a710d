package export

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// RefName is a reference's title with its pinpoint, unless the title
// says it already: "18 U.S.C. § 2258A (a)(1)". An id the questionnaire
// does not have is shown as it is.
func RefName(q *questionnaire.Questionnaire, id, lang string) string {
	ref := q.Reference(id)
	if ref == nil {
		return id
	}
	t := ref.Title.In(lang)
	if t == "" {
		t = id
	}
	if pin := ref.PinpointIn(lang); pin != "" && !strings.Contains(t, pin) {
		t += " " + pin
	}
	return t
}

// RefText is a reference for a line of text: its name and pinpoint, and
// its status in words, "18 U.S.C. § 2258A (a)(1) (law)". The text is as
// the questionnaire has it; callers make it inert or escape it.
func RefText(p *l10n.Printer, r *scoring.Result, id, lang string) string {
	q := r.Questionnaire
	t := RefName(q, id, lang)
	ref := q.Reference(id)
	if ref == nil {
		return t
	}
	st := p.LegalStatus(string(ref.Status))
	// A law or code of a regime that does not apply makes no duty here:
	// "(law)" alone would read as one.
	if ref.Status.Binding() && !regimeApplies(r, ref.Regime) {
		st = joinNonEmpty(", ", st, p.T("pdf.notHere"))
	}
	if st != "" {
		t += " (" + st + ")"
	}
	return t
}

// regimeApplies reports whether the regime with the given id applies in r;
// a reference that names no regime (or one r does not know) is taken to
// apply, as in a 1.0 questionnaire.
func regimeApplies(r *scoring.Result, id string) bool {
	if id == "" {
		return true
	}
	for _, rr := range r.Regimes {
		if rr.Regime.ID == id {
			return rr.Applies
		}
	}
	return true
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// ActionLine is a gap's action on one line, "owner CTO · due 2027-03-31 ·
// in progress · OVERDUE", with "NO OWNER" for a must-have without one.
// Text from the file is as it is; callers make it inert or escape it.
func ActionLine(p *l10n.Printer, g scoring.Gap) string {
	a := g.Action
	var parts []string
	switch {
	case a != nil && strings.TrimSpace(a.Owner) != "":
		parts = append(parts, p.T("act.owner", a.Owner))
	case g.Unowned:
		parts = append(parts, p.T("act.unowned"))
	case a != nil:
		parts = append(parts, p.T("act.no.owner"))
	}
	if a == nil {
		return strings.Join(append(parts, p.T("act.none")), " · ")
	}
	if !a.Due.IsZero() {
		parts = append(parts, p.T("act.due", p.Date(a.Due)))
	} else {
		parts = append(parts, p.T("act.no.due"))
	}
	parts = append(parts, p.ActionStatus(string(a.Status)))
	if a.ApprovedBy != "" {
		parts = append(parts, p.T("act.approved", a.ApprovedBy))
	}
	if g.Overdue {
		parts = append(parts, p.T("act.overdue"))
	}
	return strings.Join(parts, " · ")
}

// ProvisionalWhy says why a rating is provisional, in p's language, from
// the reason's values ("provisional: only 79.6% of the questions that
// apply are answered (80% are needed)"); "" when it is not.
func ProvisionalWhy(p *l10n.Printer, why scoring.ProvisionalReason) string {
	var parts []string
	if why.LowCompletion {
		parts = append(parts, p.ProvisionalCompletion(why.Completion, why.MinCompletion))
	}
	if why.TooManyUnknown {
		parts = append(parts, p.ProvisionalUnknown(why.Unknown, why.Scored, scoring.MaxUnknownShare))
	}
	if len(parts) == 0 {
		return ""
	}
	return p.T("score.provisional", strings.Join(parts, "; "))
}
