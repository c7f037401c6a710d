package questionnaire

import (
	"time"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// review_every (1.2) is how often an assessment against this
// questionnaire must be redone: a duration such as 1y or 180d. It is kept
// in this file with its reader; the field joins the known top-level
// fields here so that the list in parse.go stays as it was.
func init() { topFields = append(topFields, "review_every") }

// MinReviewEvery is the shortest review cadence read: a day.
const MinReviewEvery = Day

// parseReviewEvery reads review_every when present.
func (p *parser) parseReviewEvery(f *yamlsrc.Fields) {
	n, ok := f.Val["review_every"]
	if !ok {
		return
	}
	s, ok := p.w.Str(n, "review_every")
	if !ok {
		return
	}
	d, err := ParseDuration(s)
	if err != nil {
		p.w.Errorf(n, "review_every %q: %v", yamlsrc.Clip(s), ErrDurationSyntax)
		return
	}
	if d < MinReviewEvery {
		p.w.Errorf(n, "review_every %q is shorter than a day; write e.g. 1y or 180d", yamlsrc.Clip(s))
		return
	}
	p.q.ReviewEvery = d
	p.q.ReviewEveryText = s
}

// ReviewDue is when an assessment dated assessed must be reviewed, and
// whether that is before today; the zero time and false when the
// questionnaire sets no cadence. A year counts 365 days, as every
// duration in a questionnaire does.
func (q *Questionnaire) ReviewDue(assessed, today time.Time) (time.Time, bool) {
	if q.ReviewEvery <= 0 || assessed.IsZero() {
		return time.Time{}, false
	}
	due := assessed.Add(q.ReviewEvery)
	return due, today.After(due)
}
