package questionnaire

import "time"

// DateLayout is the only date form dutycheck reads and writes.
const DateLayout = "2006-01-02"

// ParseDate reads a calendar date YYYY-MM-DD as midnight UTC, so that the
// age of a date is a whole number of days whatever the local time zone.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil || len(s) != len(DateLayout) {
		return time.Time{}, &ValueError{Type: Date, Kind: ValueSyntax, Input: s}
	}
	return t, nil
}
