package measuredtext_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestLine: what a measured answer rests on, in both languages, with the
// open and excluded cases only when there are any, share_within's limit
// from the question, a period across a year, and nothing for a typed one.
func TestLine(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	within := &questionnaire.Question{Measure: &questionnaire.Measure{Metric: "share_within", Within: 24 * time.Hour}}
	tests := []struct {
		lang string
		m    *answers.Measured
		qn   *questionnaire.Question
		want string
	}{
		{"en", &answers.Measured{Metric: "median", Cases: 1234, From: day("2026-07-01"), To: day("2026-09-30")}, nil,
			"measured: median of 1,234 cases, 1 Jul–30 Sep 2026"},
		{"en", &answers.Measured{Metric: "p90", Cases: 1, Open: 1, From: day("2026-07-01"), To: day("2026-07-01")}, nil,
			"measured: 90th percentile of 1 case, 1 Jul 2026; 1 open"},
		{"en", &answers.Measured{Metric: "share_within", Cases: 40, Excluded: 2, From: day("2025-12-01"), To: day("2026-02-28")}, within,
			"measured: share within 1 day of 40 cases, 1 Dec 2025–28 Feb 2026; 2 excluded (end before start)"},
		{"sv", &answers.Measured{Metric: "median", Cases: 12345, Open: 3, Excluded: 1, From: day("2026-07-01"), To: day("2026-09-30")}, nil,
			"mätt: medianen av 12 345 ärenden, 1 jul–30 sep 2026; 3 öppna, 1 utesluten (slut före start)"},
		{"en", nil, nil, ""},
	}
	for _, tt := range tests {
		got := strings.ReplaceAll(measuredtext.Line(l10n.For(tt.lang), tt.m, tt.qn), "\u00a0", " ")
		if got != tt.want {
			t.Errorf("%s %+v:\n got %q\nwant %q", tt.lang, tt.m, got, tt.want)
		}
	}
	if measuredtext.Of(l10n.For("en"), nil, nil) != "" {
		t.Error("no answer, yet a line")
	}
}
