package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// reviewDue checks the review cadence for `score --review-due`: the
// assessment's date against the questionnaire's review_every, and the next
// review that the latest validly signed sign-off set. Each reason is one
// line on w, in p's language; it reports whether any review is due. A sign-off whose
// signature is not valid sets nothing: anyone could have written its date.
func reviewDue(w io.Writer, p *l10n.Printer, q *questionnaire.Questionnaire, f *answers.File, vs []signoff.Verdict, today time.Time) bool {
	due := false
	if when, over := q.ReviewDue(f.Date, today); over {
		due = true
		fmt.Fprintln(w, "dutycheck: "+p.T("cli.review.dated",
			f.Date.Format(questionnaire.DateLayout), q.ID, q.ReviewEveryText, when.Format(questionnaire.DateLayout)))
	}
	if v := signoff.NextReview(vs); v != nil {
		next, err := questionnaire.ParseDate(v.Signoff.NextReview)
		if err == nil && today.After(next) {
			due = true
			fmt.Fprintln(w, "dutycheck: "+p.T("cli.review.next",
				v.N, inert.Line(v.Signoff.Who()), v.Signoff.Date, v.Signoff.NextReview))
		}
	}
	return due
}

// scoreSignoffs judges the sign-offs beside the answers file for score,
// with git's allowed-signers list when one is set, on the assessment
// score has read.
func scoreSignoffs(as assessment, qspec, apath string) (signoff.State, []signoff.Verdict, error) {
	return signoffState(qspec, apath, &as.qf, as.data, "")
}
