package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

const measuredAnswers = `format: dutycheck-answers/v1
questionnaire: {id: measured}
organization: Example AB
date: 2026-10-02
answers:
  remove-time:
    value: 45m
    measured:
      metric: median
      cases: 1234
      open: 12
      period: {from: 2026-07-01, to: 2026-09-30}
      at: 2026-10-02
  report-count:
    value: 5
    measured:
      metric: count
      cases: 5
      period: {from: 2026-07-01, to: 2026-09-30}
      at: 2026-10-02
`

// TestPlainAsksBeforeReplacingMeasured: plain prompts show what a measured
// answer rests on, and replace it by hand only when the same line is typed
// twice, dropping the record.
func TestPlainAsksBeforeReplacingMeasured(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/measured.yaml")
	f, err := answers.Decode("a.yaml", []byte(measuredAnswers), q)
	if err != nil {
		t.Fatal(err)
	}
	st := &store{}
	cfg := Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: st.save}
	cfg.Echo = true
	in := strings.Join([]string{
		"",  // remove-p90: skipped
		"",  // report-share-24h: skipped
		"",  // proactive-share: skipped
		"7", // report-count: asked first
		"8", // another value: asked again
		"8", // the same line: replaced
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := RunAccessible(cfg, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Current answer: 5. An empty line keeps it.\nmeasured: count of 5 cases, 1 Jul–30 Sep 2026\n",
		"Answer (a number): 7\nThis answer was measured (measured: count of 5 cases, 1 Jul–30 Sep 2026). Type the same line again to replace it by hand; the measured record is dropped.",
		"Answer (a number): 8\nThis answer was measured",
		"Answer (a number): 8\nSaved: 8",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	saved := st.decode(t, q)
	if a := saved.Get("report-count"); a.Measured != nil || a.Value.Number != 8 {
		t.Errorf("report-count saved as %+v; want 8 and no measured record", a)
	}
	if a := saved.Get("remove-time"); a.Measured == nil || a.Measured.Cases != 1234 {
		t.Errorf("remove-time lost its measured record: %+v", a)
	}
}

// TestScreenAsksBeforeReplacingMeasured: the question screen says what a
// measured answer rests on; enter on it as it stands keeps the record; a
// typed value replaces it only on a second enter, dropping the record.
func TestScreenAsksBeforeReplacingMeasured(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/measured.yaml")
	f, err := answers.Decode("a.yaml", []byte(measuredAnswers), q)
	if err != nil {
		t.Fatal(err)
	}
	st := &store{}
	d := drive(t, Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: st.save})
	d.keys("enter") // past the start screen, to the first unanswered
	d.at("remove-p90")
	d.keys("shift+tab")
	d.at("remove-time")
	d.contains("measured: median of 1,234 cases")
	d.keys("enter") // confirmed as it stands
	d.at("remove-p90")
	if a := st.decode(t, q).Get("remove-time"); a.Measured == nil {
		t.Fatalf("confirming a measured answer dropped its record:\n%s", st.last())
	}
	d.keys("shift+tab", "ctrl+u").typeText("2h").keys("enter")
	d.at("remove-time")
	d.contains("This answer was measured")
	if a := st.decode(t, q).Get("remove-time"); a.Measured == nil || a.Value.Duration.Minutes() != 45 {
		t.Fatalf("replaced before the second enter:\n%s", st.last())
	}
	d.keys("enter")
	d.at("remove-p90")
	if a := st.decode(t, q).Get("remove-time"); a.Measured != nil || a.Value.Duration.Hours() != 2 {
		t.Fatalf("want 2h typed, without the measured record:\n%s", st.last())
	}
}
