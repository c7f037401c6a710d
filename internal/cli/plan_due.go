package cli

import (
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// checkPastDue refuses a due date, given now, that lies before the
// assessment date of an action not yet done or accepted: it would be
// overdue the moment it is recorded, which is most often a typo of the
// year. --past-due records it all the same.
func (e actionEdit) checkPastDue(a *answers.Action, assessed time.Time) error {
	if !e.set["due"] || e.pastDue || !a.Overdue(assessed) {
		return nil
	}
	return say("cli.plan.pastdue", a.Due.Format(questionnaire.DateLayout), assessed.Format(questionnaire.DateLayout))
}

// assessedOn is the assessment date overdue is measured from: the file's,
// or today when the file gives none.
func assessedOn(env *Env, f *answers.File) time.Time {
	if f.DateSet {
		return f.Date
	}
	y, m, d := env.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
