package measure

import (
	"fmt"
	"strings"
	"time"
)

// noTime marks an empty timestamp cell: a case without that time (an open
// case when it is the measure's `to`).
const noTime = int64(-1 << 63)

// clock turns the timestamps of an export into instants (Unix
// nanoseconds). A timestamp without an offset is a local time in loc; a
// local time that occurs twice (clocks going back) is its first
// occurrence, and one that does not exist (clocks going forward) is an
// error. The zone in effect at the last instant resolved is cached, so
// that a stream of timestamps costs one zone lookup per zone period
// rather than one per timestamp.
type clock struct {
	loc *time.Location
	utc bool
	// the cached zone: offset (seconds) in effect over [start, end)
	// Unix seconds; valid when end > start.
	start, end int64
	offset     int64
}

func newClock(loc *time.Location) *clock {
	if loc == nil {
		loc = time.UTC
	}
	return &clock{loc: loc, utc: loc == time.UTC}
}

// errNoSuchTime is a local time skipped when the clocks went forward.
var errNoSuchTime = problemf("this local time does not exist: the clocks went forward over it")

// local resolves a wall-clock time, given as seconds since the epoch as if
// it were UTC (wall), to an instant in Unix seconds.
func (c *clock) local(wall int64) (int64, error) {
	if c.utc {
		return wall, nil
	}
	const day = 86400
	// Fast path: inside the cached zone and a day away from its ends, no
	// other offset can reach this wall time (offsets differ by less than
	// a day), so it is neither doubled nor skipped.
	if c.end > c.start {
		if t := wall - c.offset; t >= c.start+day && t < c.end-day {
			return t, nil
		}
	}
	// Candidates: the offsets in effect a day before and a day after.
	var best int64
	found := false
	for _, probe := range []int64{wall - day, wall + day} {
		_, off := time.Unix(probe, 0).In(c.loc).Zone()
		t := wall - int64(off)
		if _, o := time.Unix(t, 0).In(c.loc).Zone(); int64(o) != int64(off) {
			continue
		}
		if !found || t < best {
			best, found = t, true
		}
	}
	if !found {
		return 0, errNoSuchTime
	}
	at := time.Unix(best, 0).In(c.loc)
	s, e := at.ZoneBounds()
	_, off := at.Zone()
	c.offset = int64(off)
	c.start, c.end = unixOr(s, -1<<62), unixOr(e, 1<<62)
	return best, nil
}

func unixOr(t time.Time, def int64) int64 {
	if t.IsZero() {
		return def
	}
	return t.Unix()
}

// parseTime reads one timestamp: RFC 3339, YYYY-MM-DD HH:MM[:SS[.fff]] or
// the same with T, each with or without an offset (Z, +02:00, +0200,
// +02, optionally after a space), and then the given Go layouts. It
// returns Unix nanoseconds.
func (c *clock) parseTime(s string, layouts []string) (int64, error) {
	if ns, ok, err := c.parseISO(s); ok {
		return ns, err
	}
	for _, l := range layouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if hasZone(l) {
			return checkRange(t.Unix(), int64(t.Nanosecond()))
		}
		wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC).Unix()
		sec, err := c.local(wall)
		if err != nil {
			return 0, err
		}
		return checkRange(sec, int64(t.Nanosecond()))
	}
	if len(layouts) > 0 {
		return 0, problemf("%q is not a timestamp: expected RFC 3339 or YYYY-MM-DD HH:MM[:SS] (with or without an offset) or the map's layout %s", clip(s), strings.Join(quoteAll(layouts), ", "))
	}
	return 0, problemf("%q is not a timestamp: expected RFC 3339 or YYYY-MM-DD HH:MM[:SS] (with or without an offset)", clip(s))
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// hasZone reports whether a Go layout reads an offset or zone.
func hasZone(layout string) bool {
	return strings.Contains(layout, "Z07") || strings.Contains(layout, "-07") || strings.Contains(layout, "MST")
}

// The instants an int64 of nanoseconds holds reach from 1678 to 2262;
// case times outside 1900–2199 are typing errors, refused before they
// could overflow.
var (
	minSec = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	maxSec = time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

func checkRange(sec, nsec int64) (int64, error) {
	if sec < minSec || sec >= maxSec {
		return 0, problemf("the year is outside 1900–2199")
	}
	return sec*1e9 + nsec, nil
}

// parseISO reads the ISO forms by hand: they are most of what exports
// hold, and time.Parse would be the slowest step of a large export. ok is
// false when s is not in an ISO form at all (the layouts are tried next).
func (c *clock) parseISO(s string) (ns int64, ok bool, err error) {
	// YYYY-MM-DD?HH:MM
	if len(s) < 16 || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T' && s[10] != 't') || s[13] != ':' {
		return 0, false, nil
	}
	y, ok1 := digits(s[0:4])
	mo, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	h, ok4 := digits(s[11:13])
	mi, ok5 := digits(s[14:16])
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return 0, false, nil
	}
	rest := s[16:]
	sec, nsec := 0, 0
	if len(rest) >= 3 && rest[0] == ':' {
		v, ok := digits(rest[1:3])
		if !ok {
			return 0, false, nil
		}
		sec, rest = v, rest[3:]
		if len(rest) > 1 && (rest[0] == '.' || rest[0] == ',') {
			i := 1
			scale := 100000000
			for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
				nsec += int(rest[i]-'0') * scale
				scale /= 10
				i++
			}
			if i == 1 {
				return 0, false, nil
			}
			rest = rest[i:]
		}
	}
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59 {
		return 0, true, problemf("%q is not a valid date and time", clip(s))
	}
	wall := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC).Unix()
	if len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	switch {
	case rest == "":
		t, err := c.local(wall)
		if err != nil {
			return 0, true, problemf("%q: %v", clip(s), err)
		}
		ns, err = checkRange(t, int64(nsec))
		return ns, true, err
	case rest == "Z" || rest == "z":
		ns, err = checkRange(wall, int64(nsec))
		return ns, true, err
	}
	off, ok := parseOffset(rest)
	if !ok {
		return 0, false, nil
	}
	ns, err = checkRange(wall-off, int64(nsec))
	return ns, true, err
}

// parseOffset reads +HH:MM, +HHMM or +HH (or −) as seconds east of UTC.
func parseOffset(s string) (int64, bool) {
	if len(s) < 3 || (s[0] != '+' && s[0] != '-') {
		return 0, false
	}
	sign := int64(1)
	if s[0] == '-' {
		sign = -1
	}
	h, ok := digits(s[1:3])
	if !ok {
		return 0, false
	}
	m := 0
	switch r := s[3:]; {
	case r == "":
	case len(r) == 3 && r[0] == ':':
		m, ok = digits(r[1:])
	case len(r) == 2:
		m, ok = digits(r)
	default:
		return 0, false
	}
	if !ok || h > 23 || m > 59 {
		return 0, false
	}
	return sign * int64(h*3600+m*60), true
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch < '0' || ch > '9' {
			return 0, false
		}
		n = n*10 + int(ch-'0')
	}
	return n, true
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// clip shortens a cell quoted in a message, so that one line stays one
// line of reasonable length whatever the export holds.
func clip(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if r := []rune(s); len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return s
}
