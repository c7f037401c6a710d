package summary_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestSinceMustHavesFirst: with a baseline, the change in must-haves not
// met is said ("5 → 3"), and the ones met since are among the gaps
// closed, as a board reads them.
func TestSinceMustHavesFirst(t *testing.T) {
	base := planResult(t, nil)
	now := planResult(t, func(f *answers.File) {
		f.Answers["ncmec"] = &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}}
	})
	if base.CriticalGaps != now.CriticalGaps+1 {
		t.Fatalf("fixture: must-haves %d → %d, want one met", base.CriticalGaps, now.CriticalGaps)
	}
	s := summary.Build(now, "en", summary.Options{Baseline: base}).Since
	want := "Must-have duties not met: 2 → 1."
	if s == nil || s.MustLine != want {
		t.Fatalf("MustLine = %q, want %q", s.MustLine, want)
	}
	if len(s.Closed) != 1 || s.Closed[0] != "ncmec" || len(s.ClosedText) != 1 || s.ClosedText[0] == "" {
		t.Errorf("closed %q as %q, want ncmec with its words", s.Closed, s.ClosedText)
	}
}
