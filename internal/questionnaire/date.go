package questionnaire

import (
	"fmt"
	"time"
)

// DateLayout is the only date form dutycheck reads and writes.
const DateLayout = "2006-01-02"

// ParseDate reads a calendar date YYYY-MM-DD as midnight UTC, so that the
// age of a date is a whole number of days whatever the local time zone.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil || len(s) != len(DateLayout) {
		return time.Time{}, fmt.Errorf("%q is not a date: write YYYY-MM-DD, e.g. 2026-03-01", s)
	}
	return t, nil
}
