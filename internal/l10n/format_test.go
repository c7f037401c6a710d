package l10n

import (
	"fmt"
	"testing"
	"time"
)

func TestNumbers(t *testing.T) {
	en, sv := For("en"), For("sv")
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"en decimal", en.Decimal(1234567.5, 1), "1,234,567.5"},
		{"sv decimal", sv.Decimal(1234567.5, 1), "1\u00a0234\u00a0567,5"},
		{"en four digits", en.Int(1234), "1,234"},
		{"sv four digits", sv.Int(1234), "1234"},
		{"sv five digits", sv.Int(45000), "45\u00a0000"},
		{"en negative", en.Decimal(-3, 1), "−3.0"},
		{"no minus zero", en.Decimal(-0.01, 1), "0.0"},
		{"en number", en.Number(0.5), "0.5"},
		{"sv number", sv.Number(0.5), "0,5"},
		{"sv number big", sv.Number(1800000), "1\u00a0800\u00a0000"},
		{"en huge", en.Number(1.7976931348623157e308), "1.798 × 10³⁰⁸"},
		{"sv huge", sv.Number(-2.5e20), "−2,5 × 10²⁰"},
		{"en just below huge", en.Number(999999999999999), "999,999,999,999,999"},
		{"en score", en.Score(71.44), "71.4"},
		{"halves round up", en.Score(56.25), "56.3"},
		{"halves round up too", en.Score(68.75), "68.8"},
		{"a stored 0.15 is a half", en.Decimal(0.15, 1), "0.2"},
		{"a negative half", en.Decimal(-2.25, 1), "−2.3"},
		{"just under a half", en.Decimal(2.2499, 1), "2.2"},
		{"sv score", sv.Score(71.44), "71,4"},
		{"signed up", en.Signed(6.24), "+6.2"},
		{"signed down", sv.Signed(-3), "−3,0"},
		{"signed none", en.Signed(0.01), "±0.0"},
		{"en percent", en.Percent(0.4), "40%"},
		{"sv percent", sv.Percent(0.4), "40\u00a0%"},
		{"never 100 short of all", en.Percent(0.999), "99%"},
		{"never 0 above none", en.Percent(0.001), "1%"},
		{"fine percent", en.PercentFine(0.625), "62.5%"},
		{"fine percent sv", sv.PercentFine(1), "100\u00a0%"},
		{"unit percent", sv.WithUnit("85", "%"), "85\u00a0%"},
		{"unit en percent", en.WithUnit("85", "%"), "85%"},
		{"unit word", sv.WithUnit(sv.Number(120000), "användare"), "120\u00a0000\u00a0användare"},
		{"grouped %d", sv.T("question.of", 12345, 20000), "fråga 12\u00a0345 av 20\u00a0000"},
		{"counted one", en.N("question", 1), "1 question"},
		{"counted other", sv.N("question", 3), "3 frågor"},
		{"counted zero", en.N("question", 0), "0 questions"},
		{"width kept", fmt.Sprintf("[%5d]", grouped{en, 12}), "[   12]"},
		{"width left", fmt.Sprintf("[%-5d]", grouped{en, 12}), "[12   ]"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestDates(t *testing.T) {
	d := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, long string }{{"en", "26 November 2026"}, {"sv", "26 november 2026"}} {
		p := For(tt.lang)
		if got := p.LongDate(d); got != tt.long {
			t.Errorf("%s LongDate = %q, want %q", tt.lang, got, tt.long)
		}
		if got := p.Date(d); got != "2026-11-26" {
			t.Errorf("%s Date = %q", tt.lang, got)
		}
		if p.Date(time.Time{}) != "" || p.LongDate(time.Time{}) != "" {
			t.Errorf("%s: the zero date is not empty", tt.lang)
		}
	}
}

func TestDurations(t *testing.T) {
	en, sv := For("en"), For("sv")
	tests := []struct {
		name, got, want string
	}{
		{"en reading", en.Duration(90 * time.Minute), "1\u00a0h 30\u00a0min"},
		{"en days", en.Duration(48 * time.Hour), "2\u00a0days"},
		{"en one day", en.Duration(24 * time.Hour), "1\u00a0day"},
		{"sv days", sv.Duration(48 * time.Hour), "2\u00a0dygn"},
		{"sv week", sv.Duration(10 * 24 * time.Hour), "1\u00a0vecka 3\u00a0dygn"},
		{"zero", sv.Duration(0), "0\u00a0min"},
		{"seconds", en.Duration(30 * time.Second), "30\u00a0s"},
		{"24h stays hours", en.DurationIn(24*time.Hour, Hour), "24\u00a0h"},
		{"sv 1.5h", sv.DurationIn(90*time.Minute, Hour), "1,5\u00a0h"},
		{"en 2 days", en.DurationIn(48*time.Hour, Day), "2\u00a0days"},
		{"sv 1 year", sv.DurationIn(365*24*time.Hour, Year), "1\u00a0år"},
		{"en 1 week", en.DurationIn(7*24*time.Hour, Week), "1\u00a0week"},
		{"as typed, one unit", sv.DurationAs(90*time.Minute, "1.5h"), "1,5\u00a0h"},
		{"as typed, 24h", en.DurationAs(24*time.Hour, "24h"), "24\u00a0h"},
		{"as typed, two units", en.DurationAs(90*time.Minute, "1h30m"), "1\u00a0h 30\u00a0min"},
		{"no form", en.DurationAs(48*time.Hour, ""), "2\u00a0days"},
		{"inexact falls back", en.DurationIn(100*time.Minute, Hour), "1\u00a0h 40\u00a0min"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestChoose(t *testing.T) {
	tests := []struct {
		flag    string
		offered []string
		want    string
		err     string
	}{
		{"", []string{"sv", "en"}, "sv", ""},
		{"", nil, "en", ""},
		{"sv", []string{"en"}, "sv", ""}, // texts fall back to en
		{"de", []string{"en", "de"}, "de", ""},
		{"xx", []string{"en", "de"}, "", `unknown language "xx"; use en, sv, de`},
		{"EN", nil, "", `unknown language "EN"; use en, sv`},
	}
	for _, tt := range tests {
		got, err := Choose(tt.flag, tt.offered)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("Choose(%q, %v) error = %v, want %s", tt.flag, tt.offered, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("Choose(%q, %v) = %q, %v; want %q", tt.flag, tt.offered, got, err, tt.want)
		}
	}
}

func TestFallback(t *testing.T) {
	if got := For("de").Lang(); got != EN {
		t.Errorf("For(de) speaks %s, want en", got)
	}
	if got := For("sv").T("no.such.key"); got != "no.such.key" {
		t.Errorf("a missing key shows %q, want the key", got)
	}
}
