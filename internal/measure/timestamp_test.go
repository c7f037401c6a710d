package measure

import (
	"strings"
	"testing"
	"time"
)

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Skipf("no time zone data for %s: %v", name, err)
	}
	return loc
}

// TestParseTime checks every timestamp form, the offsets, and the clock
// changes of Europe/Stockholm in 2026 (forward on 29 March at 02:00,
// back on 25 October at 03:00).
func TestParseTime(t *testing.T) {
	sto := mustLoc(t, "Europe/Stockholm")
	utc := func(s string) int64 {
		tt, err := time.Parse(time.RFC3339Nano, s)
		if err != nil {
			t.Fatal(err)
		}
		return tt.UnixNano()
	}
	tests := []struct {
		in      string
		loc     *time.Location
		layouts []string
		want    string // RFC 3339 in UTC, or "error: substring"
	}{
		{"2026-07-01T12:00:00Z", time.UTC, nil, "2026-07-01T12:00:00Z"},
		{"2026-07-01T12:00:00+02:00", time.UTC, nil, "2026-07-01T10:00:00Z"},
		{"2026-07-01T12:00:00.5-01:30", time.UTC, nil, "2026-07-01T13:30:00.5Z"},
		{"2026-07-01 12:00", time.UTC, nil, "2026-07-01T12:00:00Z"},
		{"2026-07-01 12:00:07", time.UTC, nil, "2026-07-01T12:00:07Z"},
		{"2026-07-01T12:00", time.UTC, nil, "2026-07-01T12:00:00Z"},
		{"2026-07-01 12:00:00 +0200", time.UTC, nil, "2026-07-01T10:00:00Z"},
		{"2026-07-01 12:00:00+02", time.UTC, nil, "2026-07-01T10:00:00Z"},
		{"2026-07-01 12:00", sto, nil, "2026-07-01T10:00:00Z"},  // summer time, +2
		{"2026-01-15 12:00", sto, nil, "2026-01-15T11:00:00Z"},  // winter time, +1
		{"2026-07-01 12:00Z", sto, nil, "2026-07-01T12:00:00Z"}, // an offset wins over the zone
		{"2026-10-25 02:30", sto, nil, "2026-10-25T00:30:00Z"},  // twice: the first (+2)
		{"2026-10-25 03:30", sto, nil, "2026-10-25T02:30:00Z"},  // after the change, +1
		{"2026-10-25 01:59", sto, nil, "2026-10-24T23:59:00Z"},  // before it, +2
		{"2026-03-29 01:59", sto, nil, "2026-03-29T00:59:00Z"},  // before the gap, +1
		{"2026-03-29 03:00", sto, nil, "2026-03-29T01:00:00Z"},  // after the gap, +2
		{"2026-03-29 02:30", sto, nil, "error: does not exist"}, // in the gap
		{"2026-03-29 02:00", sto, nil, "error: does not exist"}, // the gap's first minute
		{"01/Jul/26 2:03 PM", sto, []string{"02/Jan/06 3:04 PM"}, "2026-07-01T12:03:00Z"},
		{"25/Oct/26 2:30 AM", sto, []string{"02/Jan/06 3:04 PM"}, "2026-10-25T00:30:00Z"},
		{"29/Mar/26 2:30 AM", sto, []string{"02/Jan/06 3:04 PM"}, "error: does not exist"},
		{"01/07/2026 14:03 +0100", time.UTC, []string{"02/01/2006 15:04 -0700"}, "2026-07-01T13:03:00Z"},
		{"2026-02-30 12:00", time.UTC, nil, "error: not a valid date"},
		{"2026-07-01 24:00", time.UTC, nil, "error: not a valid date"},
		{"2026-07-01", time.UTC, nil, "error: not a timestamp"},
		{"yesterday", time.UTC, nil, "error: not a timestamp"},
		{"1899-12-31 23:59", time.UTC, nil, "error: outside 1900"},
		{"2026-07-01 12:00 +02:00x", time.UTC, nil, "error: not a timestamp"},
		{"01/Jul/26 2:03 PM", time.UTC, nil, "error: not a timestamp"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := newClock(tt.loc).parseTime(tt.in, tt.layouts)
			if want, isErr := strings.CutPrefix(tt.want, "error: "); isErr {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Fatalf("parseTime(%q) = %v, %v; want an error with %q", tt.in, got, err, want)
				}
				return
			}
			if err != nil || got != utc(tt.want) {
				t.Fatalf("parseTime(%q) = %s, %v; want %s", tt.in, time.Unix(0, got).UTC().Format(time.RFC3339Nano), err, tt.want)
			}
		})
	}
}

// TestClockCache reads a year of hourly local times through one clock, so
// that the cached zone is used across both clock changes, and compares
// each with a fresh clock's answer.
func TestClockCache(t *testing.T) {
	sto := mustLoc(t, "Europe/Stockholm")
	c := newClock(sto)
	for h := 0; h < 366*24; h++ {
		wall := time.Date(2026, 1, 1, 0, 30, 0, 0, time.UTC).Add(time.Duration(h) * time.Hour).Unix()
		got, err1 := c.local(wall)
		want, err2 := newClock(sto).local(wall)
		if got != want || (err1 == nil) != (err2 == nil) {
			t.Fatalf("wall %s: cached %d %v, fresh %d %v", time.Unix(wall, 0).UTC(), got, err1, want, err2)
		}
		if err1 == nil {
			if d := c.day(got * 1e9); d.String() != time.Unix(wall, 0).UTC().Format("2006-01-02") {
				t.Fatalf("day of %s = %s", time.Unix(wall, 0).UTC(), d)
			}
		}
	}
}
