package summary_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestMeasuredBlock: with measured answers the summary says how much of
// the score rests on them, counting typed and estimated answers apart,
// and lists each with what it rests on; with none it says nothing.
func TestMeasuredBlock(t *testing.T) {
	q, err := questionnaire.Parse("q.yaml", []byte(`format: dutycheck/v1
id: t
version: 1.0.0
title: T
sections:
  - id: s
    title: S
    questions:
      - {id: a, text: A, type: duration, bands: [{max: 1h, score: 1}]}
      - {id: b, text: B, type: duration, bands: [{max: 1h, score: 1}]}
      - {id: c, text: C, type: duration, bands: [{max: 1h, score: 1}]}
      - {id: d, text: D, type: duration, bands: [{max: 1h, score: 1}]}
`))
	if err != nil {
		t.Fatal(err)
	}
	src := `format: dutycheck-answers/v1
questionnaire: {id: t}
organization: O
date: 2026-10-02
answers:
  a:
    value: 30m
    measured: {metric: median, cases: 1234, open: 12, excluded: 3, period: {from: 2026-07-01, to: 2026-09-30}, at: 2026-10-01}
  b: {value: 2h}
  c: {value: 2h, estimate: true}
`
	f, err := answers.Decode("a.yaml", []byte(src), q)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ lang, line, item string }{
		{"en", "25% of the score’s weight rests on measured figures (answers measured from case exports: 1, typed: 1, estimated: 1).",
			"measured: median of 1,234 cases, 1 Jul–30 Sep 2026; 12 open, 3 excluded (end before start)"},
		{"sv", "25 % av poängens vikt vilar på mätta värden (svar mätta ur ärendeexporter: 1, inskrivna: 1, uppskattade: 1).",
			"mätt: medianen av 1234 ärenden, 1 jul–30 sep 2026; 12 öppna, 3 uteslutna (slut före start)"},
	} {
		s := summary.Build(scoring.Score(q, f), tc.lang, summary.Options{})
		m := s.Measured
		if m == nil || m.Measured != 1 || m.Typed != 1 || m.Estimated != 1 || m.Share != 0.25 {
			t.Fatalf("%s: measured block %+v", tc.lang, m)
		}
		if got := strings.ReplaceAll(m.Line, "\u00a0", " "); got != strings.ReplaceAll(tc.line, "\u00a0", " ") {
			t.Errorf("%s: line\n got %q\nwant %q", tc.lang, m.Line, tc.line)
		}
		if len(m.Items) != 1 || m.Items[0].ID != "a" || strings.ReplaceAll(m.Items[0].Line, "\u00a0", " ") != strings.ReplaceAll(tc.item, "\u00a0", " ") {
			t.Errorf("%s: items %+v", tc.lang, m.Items)
		}
	}
	delete(f.Answers, "a")
	if s := summary.Build(scoring.Score(q, f), "en", summary.Options{}); s.Measured != nil {
		t.Errorf("no measured answer, yet a measured block: %+v", s.Measured)
	}
}
