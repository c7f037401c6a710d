package tui

import (
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"strings"
	"testing"
)

// TestPlanOverdueNotEscaped: an overdue due date on the plan screen shows
// the word "overdue", not its colour codes made visible as text (the date
// went through the inert filter after the word was styled).
func TestPlanOverdueNotEscaped(t *testing.T) {
	// In colour, as on a real terminal: without colour the styled word
	// is plain text and the fault does not show.
	lipgloss.SetColorProfile(termenv.ANSI256)
	t.Cleanup(func() { lipgloss.SetColorProfile(termenv.Ascii) })
	st := &store{}
	d := finished(t, st)
	d.keys("p", "enter").typeText("Head of T&S").keys("tab").typeText("2001-01-31").keys("enter")
	d.contains("2001-01-31 · overdue")
	d.lacks(`\x1b`, "[0m")
}

// TestRestsOnCountsScorerEvidence: the end screen's count of answers
// without evidence is the scorer's list (the one score --format json and
// the PDF show), not a count of its own.
func TestRestsOnCountsScorerEvidence(t *testing.T) {
	st := &store{}
	d := finished(t, st)
	w := newWordsFor("en")
	for _, tc := range []struct {
		missing []string
		want    string
	}{
		{nil, ""},
		{[]string{"a"}, "1 scored answer without evidence"},
		{[]string{"a", "b"}, "2 scored answers without evidence"},
	} {
		r := *d.m.sh.s.score()
		r.Unknowns, r.Estimates, r.MissingEvidence = nil, nil, tc.missing
		if got := restsOn(w, &r); got != tc.want {
			t.Errorf("missing %v: got %q, want %q", tc.missing, got, tc.want)
		}
	}
	if !strings.Contains(d.view(), "Overall") {
		t.Fatal("not on the end screen")
	}
}
