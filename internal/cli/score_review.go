package cli

import (
	"fmt"
	"io"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// reviewDue checks the review cadence for `score --review-due`: the
// assessment's date against the questionnaire's review_every, and the next
// review that the latest validly signed sign-off set. Each reason is one
// line on w; it reports whether any review is due. A sign-off whose
// signature is not valid sets nothing: anyone could have written its date.
func reviewDue(w io.Writer, q *questionnaire.Questionnaire, f *answers.File, vs []signoff.Verdict, today time.Time) bool {
	due := false
	if when, over := q.ReviewDue(f.Date, today); over {
		due = true
		fmt.Fprintf(w, "dutycheck: review due: the assessment is dated %s, and %s asks for one every %s (due %s)\n",
			f.Date.Format(questionnaire.DateLayout), q.ID, q.ReviewEveryText, when.Format(questionnaire.DateLayout))
	}
	if v := signoff.NextReview(vs); v != nil {
		next, err := questionnaire.ParseDate(v.Signoff.NextReview)
		if err == nil && today.After(next) {
			due = true
			fmt.Fprintf(w, "dutycheck: review due: sign-off %d (%s, %s) set the next review for %s\n",
				v.N, v.Signoff.Who(), v.Signoff.Date, v.Signoff.NextReview)
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
