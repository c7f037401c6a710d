package questionnaire

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Duration
		wantErr string
	}{
		{"30m", 30 * time.Minute, ""},
		{"1h30m", 90 * time.Minute, ""},
		{"1.5h", 90 * time.Minute, ""},
		{"2d", 48 * time.Hour, ""},
		{"1w", 7 * 24 * time.Hour, ""},
		{"1d", 24 * time.Hour, ""},
		{"24h", 24 * time.Hour, ""},
		{"1w2d3h4m", (7*24+2*24+3)*time.Hour + 4*time.Minute, ""},
		{"0", 0, ""},
		{".5h", 30 * time.Minute, ""},
		{"", 0, "empty duration"},
		{"2 days", 0, `"2 days" is not a duration: try 2d`},
		{"4 Hours", 0, "try 4h"},
		{"1.5 weeks", 0, "try 1.5w"},
		{"4h!", 0, "is not a duration: write a number"},
		{"4x", 0, "unknown unit \"x\""},
		{"h", 0, "is not a duration"},
		{"12", 0, "is not a duration"},
		{"1h1h", 0, "given twice"},
		{"1.2.3h", 0, "is not a duration"},
		{"0.5m", 30 * time.Second, ""},
		{"45s", 45 * time.Second, ""},
		{"1m30s", 90 * time.Second, ""},
		{"2y", 2 * 365 * Day, ""},
		{"1y2w", (365 + 14) * Day, ""},
		{"100y", 100 * 365 * Day, ""},
		{"100y1s", 0, "too long"},
		{"1.5s", 0, "whole number of seconds"},
		{"0.01m", 0, "whole number of seconds"},
		{"30 seconds", 0, "try 30s"},
		{"7 years", 0, "try 7y"},
		{"1s1s", 0, "given twice"},
		{"-1h", 0, "is not a duration"},
		{"99999999w", 0, "too long"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDuration(tt.in)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("ParseDuration(%q) error = %v, want it to mention %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestFormatDuration(t *testing.T) {
	tests := map[time.Duration]string{
		0:                                "0m",
		90 * time.Minute:                 "1h30m",
		24 * time.Hour:                   "1d",
		25 * time.Hour:                   "1d1h",
		7 * 24 * time.Hour:               "1w",
		(8*24+1)*time.Hour + time.Minute: "1w1d1h1m",
		45 * time.Second:                 "45s",
		time.Hour + time.Second:          "1h1s",
		365 * Day:                        "52w1d",
	}
	for d, want := range tests {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
		back, err := ParseDuration(want)
		if err != nil || back != d {
			t.Errorf("ParseDuration(FormatDuration(%v)) = %v, %v", d, back, err)
		}
	}
}

func TestParseDate(t *testing.T) {
	for _, ok := range []string{"2026-11-26", "2024-02-29"} {
		if _, err := ParseDate(ok); err != nil {
			t.Errorf("ParseDate(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"2026-13-01", "2025-02-29", "26-11-2026", "2026-1-1", "2026-11-26T00:00:00Z", ""} {
		if _, err := ParseDate(bad); err == nil {
			t.Errorf("ParseDate(%q) succeeded", bad)
		}
	}
}

func TestDateAgeExactDays(t *testing.T) {
	a, _ := ParseDate("2025-11-26")
	b, _ := ParseDate("2026-11-26")
	if got := DateAge(a, b); got != 365*24*60 {
		t.Fatalf("age = %v minutes, want 365 days", got)
	}
	max := Minutes(365 * Day)
	if !(Band{Max: &max}).Holds(DateAge(a, b)) {
		t.Fatal("a date exactly 365 days old must be in a band with max 365d")
	}
}

func TestText(t *testing.T) {
	tx := NewText("en", map[string]string{"en": "Yes", "sv": "Ja"})
	if tx.In("sv") != "Ja" || tx.In("de") != "Yes" || tx.String() != "Yes" {
		t.Fatalf("In: %q %q %q", tx.In("sv"), tx.In("de"), tx.String())
	}
	if !tx.Has("sv") || tx.Has("de") || tx.IsZero() || !(Text{}).IsZero() {
		t.Fatal("Has/IsZero wrong")
	}
	if !tx.Equal(NewText("en", map[string]string{"sv": "Ja", "en": "Yes"})) || tx.Equal(Plain("en", "Yes")) {
		t.Fatal("Equal wrong")
	}
	if got := strings.Join(tx.Langs(), ","); got != "en,sv" {
		t.Fatalf("Langs = %s", got)
	}
}

func TestConditionHolds(t *testing.T) {
	answers := map[string][]string{"a": {"yes"}, "m": {"eu", "us"}, "s": {"some"}}
	get := func(id string) ([]string, bool) { v, ok := answers[id]; return v, ok }
	leaf := func(q, op string, v ...string) *Condition { return &Condition{Question: q, Op: op, Values: v} }
	tests := []struct {
		name string
		c    *Condition
		want bool
	}{
		{"nil holds", nil, true},
		{"equals", leaf("a", "equals", "yes"), true},
		{"equals other", leaf("a", "equals", "no"), false},
		{"in", leaf("s", "in", "all", "some"), true},
		{"includes", leaf("m", "includes", "us"), true},
		{"includes missing", leaf("m", "includes", "uk"), false},
		{"equals on multi is false", leaf("m", "equals", "eu"), false},
		{"unanswered is false", leaf("x", "equals", "yes"), false},
		{"not of unanswered is true", &Condition{Not: leaf("x", "equals", "yes")}, true},
		{"all", &Condition{All: []*Condition{leaf("a", "equals", "yes"), leaf("m", "includes", "eu")}}, true},
		{"all one false", &Condition{All: []*Condition{leaf("a", "equals", "yes"), leaf("m", "includes", "uk")}}, false},
		{"any", &Condition{Any: []*Condition{leaf("x", "equals", "yes"), leaf("m", "includes", "eu")}}, true},
		{"any none", &Condition{Any: []*Condition{leaf("x", "equals", "yes")}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.Holds(get); got != tt.want {
				t.Fatalf("Holds = %v, want %v", got, tt.want)
			}
		})
	}
	c := &Condition{All: []*Condition{leaf("a", "equals", "yes"), {Not: leaf("m", "includes", "x")}}}
	if got := strings.Join(c.Refs(), ","); got != "a,m" {
		t.Fatalf("Refs = %s", got)
	}
}

// TestValueErrorKinds checks that the value parsers say what is wrong as a
// kind a caller can branch on, with the input and the detail it needs.
func TestValueErrorKinds(t *testing.T) {
	tests := []struct {
		in     string
		parse  func(string) error
		typ    Type
		kind   ValueKind
		detail string
	}{
		{"", durErr, Duration, ValueEmpty, ""},
		{"4h!", durErr, Duration, ValueSyntax, ""},
		{"2 days", durErr, Duration, ValueSpelled, "2d"},
		{"4x", durErr, Duration, ValueUnknownUnit, "x"},
		{"1h1h", durErr, Duration, ValueRepeatedUnit, "h"},
		{"99999999w", durErr, Duration, ValueTooLong, ""},
		{"0.5s", durErr, Duration, ValueFraction, ""},
		{"2026-13-01", dateErr, Date, ValueSyntax, ""},
	}
	for _, tt := range tests {
		err := tt.parse(tt.in)
		var ve *ValueError
		if !errors.As(err, &ve) {
			t.Errorf("%q: error %v is not a *ValueError", tt.in, err)
			continue
		}
		if ve.Type != tt.typ || ve.Kind != tt.kind || ve.Input != tt.in || ve.Detail != tt.detail {
			t.Errorf("%q: got %+v, want type %s kind %s detail %q", tt.in, *ve, tt.typ, tt.kind, tt.detail)
		}
	}
}

func durErr(s string) error  { _, err := ParseDuration(s); return err }
func dateErr(s string) error { _, err := ParseDate(s); return err }

// TestSecondsInBands checks the 1.1 unit of bands: minutes with a fraction
// for seconds. A bound and an answer of the same duration compare equal,
// one second more is out, and whole minutes stay exact as in 1.0.
func TestSecondsInBands(t *testing.T) {
	for _, s := range []string{"1s", "10s", "59s", "1m1s", "1h0m7s", "99y364d23h59m59s"} {
		d, err := ParseDuration(s)
		if err != nil {
			if strings.Contains(err.Error(), "too long") {
				continue
			}
			t.Fatalf("%s: %v", s, err)
		}
		max := Minutes(d)
		b := Band{Max: &max, Score: 1}
		if !b.Holds(Minutes(d)) {
			t.Errorf("%s: the bound itself is not in the band", s)
		}
		if b.Holds(Minutes(d + time.Second)) {
			t.Errorf("%s: one second more is still in the band", s)
		}
	}
	if got := Minutes(90 * time.Minute); got != 90 {
		t.Fatalf("Minutes(90m) = %v", got)
	}
	if got := Minutes(45 * time.Second); got != 0.75 {
		t.Fatalf("Minutes(45s) = %v", got)
	}
}
