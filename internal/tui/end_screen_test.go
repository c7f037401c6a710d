package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/dutycheck/dutycheck/internal/summary"
	"github.com/muesli/termenv"
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
	d.keys("p", "enter").typeText("Head of T&S").keys("tab").typeText("2001-01-31").keys("enter", "enter") // past due, confirmed
	d.contains("2001-01-31 · overdue")
	d.lacks(`\x1b`, "[0m")
}

// TestRestsOnCountsScorerEvidence: the end screen's count of answers
// without evidence is the scorer's list (the one score --format json and
// the PDF show), not a count of its own.
func TestRestsOnCountsScorerEvidence(t *testing.T) {
	st := &store{}
	d := finished(t, st)
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
		if got := summary.Build(&r, "en", summary.Options{}).RestsOn.Line; got != tc.want {
			t.Errorf("missing %v: got %q, want %q", tc.missing, got, tc.want)
		}
	}
	if !strings.Contains(d.view(), "Overall") {
		t.Fatal("not on the end screen")
	}
}

// judgeEnd walks the judge's marketplace questionnaire (testdata/judge) as
// a small EU company with no UK users: no law or code applies, only the
// voluntary framework, and the one must-have that always holds is met.
func judgeEnd(t *testing.T) *driver {
	t.Helper()
	q := loadQ(t, "judge/q-v1.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("space", "enter")                  // markets: eu
	d.typeText("10").keys("enter")            // staff: 10, under the DSA threshold
	d.keys("enter")                           // users: skipped
	d.keys("space", "enter")                  // features: chat
	d.keys("down", "down", "enter")           // hash: all
	d.keys("enter")                           // grooming: yes
	d.typeText("99").keys("enter")            // scan-rate
	d.keys("enter")                           // notice: yes (always a must-have)
	d.typeText("1h").keys("enter")            // report-time
	d.typeText("2026-11-01").keys("enter")    // runbook-date
	d.keys("down", "down", "enter")           // escalation: all
	d.keys("enter")                           // accountable: yes
	d.keys("enter")                           // small-plan: yes
	d.keys("space", "down", "space", "enter") // training
	d.keys("enter", "enter")                  // age-check: yes; comments: skipped
	if d.m.screen != endScreen {
		t.Fatalf("not at the end:\n%s", d.view())
	}
	return d
}

// TestEndMustHavesMetWraps: the line saying every must-have is met is
// wrapped at 80 columns, not cut off with an ellipsis.
func TestEndMustHavesMetWraps(t *testing.T) {
	d := judgeEnd(t)
	v := strings.Join(strings.Fields(d.view()), " ")
	if !strings.Contains(v, "Every must-have duty that applies and that this questionnaire asks about is met.") {
		t.Fatalf("the must-haves-met line is cut:\n%s", d.view())
	}
}

// TestEndNoDutyRegimeApplies: when only a voluntary framework applies,
// the duties heading is not left empty: the regimes that do not apply are
// named under it, before the frameworks that are not duties.
func TestEndNoDutyRegimeApplies(t *testing.T) {
	d := judgeEnd(t)
	v := d.view()
	h, not, vol := strings.Index(v, "Duties that apply"), strings.Index(v, "Does not apply: EU Digital Services Act"), strings.Index(v, "Guidance and voluntary frameworks")
	if h < 0 || not < 0 || vol < 0 || !(h < not && not < vol) {
		t.Fatalf("want the duties heading, then what does not apply, then the frameworks:\n%s", v)
	}
	var b strings.Builder
	writeSummary(&b, d.m.sh.s)
	s := b.String()
	h, not, vol = strings.Index(s, "Duties that apply"), strings.Index(s, "Does not apply: EU Digital Services Act"), strings.Index(s, "Guidance and voluntary frameworks")
	if h < 0 || not < 0 || vol < 0 || !(h < not && not < vol) {
		t.Fatalf("accessible summary: want the duties heading, then what does not apply, then the frameworks:\n%s", s)
	}
}
