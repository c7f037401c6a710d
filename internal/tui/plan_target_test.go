package tui

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// TestPlanTarget sets a target from the plan screen: t opens the form on
// the gap's question, a day that does not exist and a min on a question
// without a figure are refused in place with nothing saved, and a good
// target is saved at once, shown under the gap with its state, and
// written to the file.
func TestPlanTarget(t *testing.T) {
	st := &store{}
	d := finished(t, st)
	q := d.m.sh.s.q
	d.keys("p")
	d.contains("t target")
	at := -1
	for i, g := range d.m.sh.s.score().Gaps {
		if g.Question.ID == "reviewed-share" {
			at = i
		}
	}
	if at < 0 {
		t.Fatal("no gap on reviewed-share")
	}
	for range at {
		d.keys("down")
	}
	d.keys("t")
	d.contains("Target the board set", "On", "reviewed-share", "At least", "At most", "By")
	d.typeText("90%").keys("tab", "tab").typeText("2027-02-30").keys("enter")
	d.contains("By: 2027-02-30 is not a day that exists")
	if d.m.sh.s.f.Targets != nil {
		t.Fatal("a refused target was stored")
	}
	// on a question answered with a choice: refused, naming it
	d.keys("shift+tab", "shift+tab", "shift+tab", "ctrl+u").typeText("escalation").keys("enter")
	d.contains(`question "escalation" has no figure`)
	d.keys("ctrl+u").typeText("reviewed-share").keys("tab", "tab", "tab", "ctrl+u").typeText("2027-06-30").keys("enter")
	d.contains("Saved to assessment.yaml", "Target: at least 90% by 2027-06-30 · now 60% · open")
	d.lacks("Target the board set")
	f := st.decode(t, q)
	tg := f.Targets.Questions["reviewed-share"]
	if tg == nil || tg.Min.Value != 90 || tg.By.Format("2006-01-02") != "2027-06-30" {
		t.Fatalf("target saved as %+v", f.Targets)
	}
	// esc closes the form without saving
	d.keys("t")
	d.contains("Target the board set")
	d.keys("esc")
	d.lacks("Target the board set")
	// the results show it too
	d.keys("esc")
	d.contains("Targets", "· Share of notices reviewed within 24 h: at least 90% by 2027-06-30 · now 60%", "· open")
}

// TestTargetErrText: the form's refusals in Swedish, with the field and
// the nearest id.
func TestTargetErrText(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	w := l10n.For("sv")
	for _, tc := range []struct {
		in   answers.TargetInput
		want string
	}{
		{answers.TargetInput{On: "overall", Min: "70", By: "2027-02-30"}, "Senast: 2027-02-30 är ingen dag som finns"},
		{answers.TargetInput{On: "report-tme", Max: "1h", By: "2027-01-01"}, "det finns inget avsnitt eller någon fråga ”report-tme”; menade du ”report-time”?"},
		{answers.TargetInput{On: "users", Min: "1", By: "2027-01-01"}, "frågan ”users” ger inga poäng, så ett mål för den skulle inte räknas"},
		{answers.TargetInput{On: "report-time", Min: "90", By: "2027-01-01"}, "Minst: ”90” är ingen tid som 1h, 30m eller 7d"},
		{answers.TargetInput{On: "overall", By: "2027-01-01"}, "ange minst eller högst: siffran som målet gäller"},
		{answers.TargetInput{On: "reviewed-share", Min: "150", By: "2027-01-01"}, "Minst: 150 ligger utanför vad frågan ”reviewed-share” kan besvaras med (från 0 till 100)"},
		{answers.TargetInput{On: "overall", Min: "70", By: "snart"}, "Senast: ”snart” är inget datum: skriv ÅÅÅÅ-MM-DD"},
	} {
		_, _, _, err := tc.in.Parse(q)
		if err == nil {
			t.Fatalf("%+v accepted", tc.in)
		}
		if got := targetErrText(w, err); got != tc.want {
			t.Errorf("%+v:\n got %s\nwant %s", tc.in, got, tc.want)
		}
	}
}
