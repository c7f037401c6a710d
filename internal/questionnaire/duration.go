package questionnaire

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Day, Week and Year are the calendar-free units of questionnaires/README.md: a day
// is always 24 hours, a week 7 days and a year (1.1) 365 days, so bands
// compare exactly.
const (
	Day  = 24 * time.Hour
	Week = 7 * Day
	Year = 365 * Day
)

// MaxDuration is the longest duration read: a hundred years of 365 days.
const MaxDuration = 100 * Year

// durationUnits are the units largest first. FormatDuration writes all but
// the year (see there).
var durationUnits = []struct {
	suffix byte
	size   time.Duration
}{{'y', Year}, {'w', Week}, {'d', Day}, {'h', time.Hour}, {'m', time.Minute}, {'s', time.Second}}

// durationGrain is the smallest unit a duration counts in whole.
const durationGrain = "seconds"

// ErrDurationSyntax explains the accepted form; it ends every duration error
// so that an author or respondent sees how to write one.
var ErrDurationSyntax = errors.New("write a number and a unit s, m, h, d, w or y, e.g. 30m, 4h, 1h30m, 2d")

// ParseDuration reads a duration such as "30m", "1h30m", "1.5h", "2d",
// "1w", "45s" or "2y". "0" alone is zero. Durations count whole seconds: a
// value that is not a whole number of seconds is refused, so that the
// canonical form written back is exact.
func ParseDuration(s string) (time.Duration, error) {
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, &ValueError{Type: Duration, Kind: ValueEmpty}
	}
	bad := func(kind ValueKind, detail string) (time.Duration, error) {
		return 0, &ValueError{Type: Duration, Kind: kind, Input: s, Detail: detail}
	}
	var total float64
	rest := s
	seen := map[byte]bool{}
	for rest != "" {
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		if i == 0 || i == len(rest) {
			return bad(ValueSyntax, "")
		}
		n, err := strconv.ParseFloat(rest[:i], 64)
		if err != nil || strings.Count(rest[:i], ".") > 1 {
			return bad(ValueSyntax, "")
		}
		unit := rest[i]
		var size time.Duration
		for _, u := range durationUnits {
			if u.suffix == unit {
				size = u.size
			}
		}
		if size == 0 {
			if hint := durationHint(s); hint != "" {
				return bad(ValueSpelled, hint)
			}
			if unit >= 'a' && unit <= 'z' || unit >= 'A' && unit <= 'Z' {
				return bad(ValueUnknownUnit, string(unit))
			}
			return bad(ValueSyntax, "")
		}
		if seen[unit] {
			return bad(ValueRepeatedUnit, string(unit))
		}
		seen[unit] = true
		total += n * float64(size)
		if total > float64(MaxDuration) {
			return bad(ValueTooLong, "")
		}
		rest = rest[i+1:]
	}
	seconds := total / float64(time.Second)
	if !closeToWhole(seconds) {
		return bad(ValueFraction, "")
	}
	return time.Duration(int64(seconds+0.5)) * time.Second, nil
}

var spelledDuration = regexp.MustCompile(`^\s*(\d+(?:\.\d+)?)\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)\s*$`)

// durationHint turns a duration written out in words ("2 days", "4 hours")
// into the form dutycheck reads, to suggest it.
func durationHint(s string) string {
	m := spelledDuration.FindStringSubmatch(strings.ToLower(s))
	if m == nil {
		return ""
	}
	return m[1] + string(m[2][0])
}

func closeToWhole(f float64) bool {
	r := float64(int64(f + 0.5))
	return f-r < 1e-6 && r-f < 1e-6
}

// FormatDuration writes d in canonical form, largest units first:
// 90m → "1h30m", 1440m → "1d", 45s → "45s", 0 → "0m". Years are not used,
// so that a duration written by 1.0 ("52w1d") reads back the same; a year
// is written "52w1d".
func FormatDuration(d time.Duration) string {
	if d <= 0 {
		return "0m"
	}
	var b strings.Builder
	for _, u := range durationUnits {
		if u.suffix == 'y' {
			continue
		}
		if n := d / u.size; n > 0 {
			b.WriteString(strconv.FormatInt(int64(n), 10))
			b.WriteByte(u.suffix)
			d -= n * u.size
		}
	}
	return b.String()
}
