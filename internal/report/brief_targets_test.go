package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
)

// withTargets is the sample assessment with the board's targets: one met,
// one missed, one open, one with no figure.
func withTargets(t *testing.T, lang string) Input {
	t.Helper()
	in := sampleInput(t, lang)
	q := in.Questionnaire
	set := func(on, minV, maxV, by string) {
		scope, id, tg, err := answers.TargetInput{On: on, Min: minV, Max: maxV, By: by}.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		in.Answers.SetTarget(scope, id, tg)
	}
	set("overall", "0", "", "2027-06-30")
	set("detection", "100", "", "2020-01-01")
	set("reviewed-share", "100", "", "2099-12-31")
	set("report-time", "", "1h", "2027-01-01")
	in.Answers.Targets.SetBy = "Board, minute 2026-11-12 §5"
	in.Result = scoring.Score(q, in.Answers)
	return in
}

// TestBriefTargets: the brief shows every target against its figure, with
// its state, and who set them; the brief stays one page.
func TestBriefTargets(t *testing.T) {
	in := withTargets(t, "en")
	data, pdf, _ := renderProbed(t, in)
	dump(t, "targets.pdf", data)
	page := pageOf(t, pdf, 2)
	for _, want := range []string{"Targets", "Set by: Board, minute 2026-11-12 §5", "Overall score", "at least 0 by 2027-06-30", "met",
		"at least 100 by 2020-01-01", "MISSED", "at least 100% by 2099-12-31", "open", "at most 1\u00a0h by 2027-01-01"} {
		if !strings.Contains(page, want) {
			t.Errorf("brief lacks %q:\n%s", want, page)
		}
	}
	// Page 3 starts a chapter: nothing of the brief spilled onto it. The
	// plan lists every target again, after the gaps.
	if p3 := flat(pageOf(t, pdf, 3)); !strings.HasPrefix(p3, "What applies") && !strings.HasPrefix(p3, "Action plan") {
		t.Errorf("the brief spilled onto page 3: %.100s", p3)
	}
	if all := flat(pdf.text(t)); !strings.Contains(all[strings.Index(all, "Action plan"):], "Targets Set by: Board, minute 2026-11-12 §5 Overall score at least 0 by 2027-06-30") {
		t.Error("the plan does not list the targets")
	}
	// no chart unless asked for
	if strings.Contains(page, "Overall score over time") {
		t.Error("a trend chart without a trend")
	}
}

// TestBriefTrendChart: with a trend the brief draws the overall score
// over time, each point's score and date, with the target line; the same
// input without the trend gives the same bytes as before it existed.
func TestBriefTrendChart(t *testing.T) {
	in := withTargets(t, "en")
	plain, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	older := sampleInput(t, "en")
	older.Answers.Date = older.Answers.Date.AddDate(0, -3, 0)
	delete(older.Answers.Answers, "classifier")
	oldR := scoring.Score(older.Questionnaire, older.Answers)
	in.Trend = &trend.Trend{Questionnaire: in.Questionnaire, Points: []trend.Point{
		{Commit: "1111111111111111111111111111111111111111", Source: "a.yaml", Result: oldR},
		{Commit: "2222222222222222222222222222222222222222", Source: "a.yaml", Result: in.Result},
	}}
	data, pdf, _ := renderProbed(t, in)
	dump(t, "trend.pdf", data)
	page := pageOf(t, pdf, 2)
	for _, want := range []string{"Overall score over time", "Target: at least 0 by", isoDate(older.Answers.Date), isoDate(in.Answers.Date),
		"Each point is a version of the answers file in git"} {
		if !strings.Contains(page, want) {
			t.Errorf("brief lacks %q:\n%s", want, page)
		}
	}
	in.Trend = nil
	again, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain, again) {
		t.Error("the same input without a trend gives other bytes")
	}
}
