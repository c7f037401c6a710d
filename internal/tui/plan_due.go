package tui

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// warnPastDue is the warning for a due date before the assessment date on
// an action not done or accepted (it would be overdue at once, most often
// a typo of the year), or "" when there is none to give: the date is not
// past, it was already recorded, or the user pressed enter again on the
// same date after the warning, which confirms it.
func (p *planView) warnPastDue(a, old *answers.Action) string {
	s := p.sh.s
	assessed := s.today
	if s.f.DateSet {
		assessed = s.f.Date
	}
	if !a.Overdue(assessed) || old != nil && old.Due.Equal(a.Due) {
		p.pastDue = ""
		return ""
	}
	due := a.Due.Format(questionnaire.DateLayout)
	if p.pastDue == due {
		p.pastDue = ""
		return ""
	}
	p.pastDue = due
	return s.w.T("plan.pastdue", due, assessed.Format(questionnaire.DateLayout))
}
