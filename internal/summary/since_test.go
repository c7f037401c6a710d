package summary_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestSinceMustHavesFirst: with a baseline, the change in must-haves not
// met is said first, with the ones met since by id; the brief named only
// gaps, and never "5 → 3".
func TestSinceMustHavesFirst(t *testing.T) {
	base := planResult(t, nil)
	now := planResult(t, func(f *answers.File) {
		f.Answers["ncmec"] = &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}}
	})
	if base.CriticalGaps != now.CriticalGaps+1 {
		t.Fatalf("fixture: must-haves %d → %d, want one met", base.CriticalGaps, now.CriticalGaps)
	}
	s := summary.Build(now, "en", summary.Options{Baseline: base}).Since
	want := "Must-have duties not met: 2 → 1. Met since: ncmec."
	if s == nil || s.MustLine != want {
		t.Fatalf("MustLine = %q, want %q", s.MustLine, want)
	}
}
