package summary

import (
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// signOff words the judged sign-off state: Final with who approved and
// when, ChangedSinceApproval with the date of the approval of other
// answers, else Draft.
func signOff(p *l10n.Printer, st *signoff.State) *SignOff {
	so := &SignOff{State: Draft, Line: st.Line(p), Status: st.Status(p), Detail: st.Detail(p), Note: st.Note(p)}
	v := st.Approval
	if v != nil {
		so.State = Final
	} else if v = st.Earlier; v != nil {
		so.State = ChangedSinceApproval
	}
	if v != nil {
		so.Name, so.Role = v.Signoff.Name, v.Signoff.Role
		so.Date, _ = questionnaire.ParseDate(v.Signoff.Date)
	}
	return so
}
