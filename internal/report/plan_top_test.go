package report

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestPlanTopTen: the large platform's plan opens with a page of the ten
// actions that matter most, must-haves first (30 days) and then by points
// lost, each with a blank to fill for an owner or due date that is not
// set; the full plan starts on the next page; no row says "no action
// recorded".
func TestPlanTopTen(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"The 10 actions that matter most", "Owner Due Suggested",
			"1 MUST-HAVE · LEGAL DUTY Detected CSEA content is not reported to the NCA", "General Counsel ________ 30 days",
			"NO OWNER ________ 30 days", "10 ", "days"},
		"sv": {"De 10 viktigaste åtgärderna", "Ansvarig Senast Förslag", "OBLIGATORISKT", "INGEN ANSVARIG ________ 30 dagar"},
	} {
		_, pdf, _ := renderProbed(t, largeInput(t, lang))
		start := 0
		for i := 3; i <= len(pdf.pages()); i++ {
			if strings.Contains(pageOf(t, pdf, i), want[0]) {
				start = i
				break
			}
		}
		if start == 0 {
			t.Fatalf("%s: no page lists %q", lang, want[0])
		}
		top, next := flat(pageOf(t, pdf, start)), flat(pageOf(t, pdf, start+1))
		for _, s := range want {
			if !strings.Contains(top, s) {
				t.Errorf("%s: the top ten lack %q:\n%s", lang, s, top)
			}
		}
		if strings.Contains(top, "(continued)") || strings.Contains(top, "(forts.)") || strings.Contains(next, want[0]) {
			t.Errorf("%s: the top ten run over a page", lang)
		}
		if !strings.Contains(next, map[string]string{"en": "Must-have duties not met (4)", "sv": "Obligatoriska krav som inte är uppfyllda (4)"}[lang]) {
			t.Errorf("%s: the full plan does not start on the page after the top ten: %.80s", lang, next)
		}
		if all := pdf.text(t); strings.Contains(all, "no action recorded") || strings.Contains(all, "ingen åtgärd registrerad") {
			t.Errorf("%s: a plan row says no action is recorded instead of leaving blanks", lang)
		}
	}
}

// TestHorizon: the suggested horizon follows the gap's severity.
func TestHorizon(t *testing.T) {
	for _, tc := range []struct {
		g     scoring.Gap
		basis summary.Basis
		want  int
	}{
		{scoring.Gap{Critical: true}, summary.BasisPractice, 30},
		{scoring.Gap{PointsLost: 1}, summary.BasisLaw, 90},
		{scoring.Gap{PointsLost: 1}, summary.BasisCode, 90},
		{scoring.Gap{PointsLost: 3}, summary.BasisPractice, 90},
		{scoring.Gap{PointsLost: 2.9}, summary.BasisPractice, 180},
		{scoring.Gap{PointsLost: 0.5}, summary.BasisUnknown, 180},
	} {
		if got := summary.Horizon(tc.g, tc.basis); got != tc.want {
			t.Errorf("Horizon(%+v, %v) = %d, want %d", tc.g, tc.basis, got, tc.want)
		}
	}
}

// TestPlanTopTenStaysOnePage: with first steps too long for one page,
// the top ten leave them to the full plan and stay one page.
func TestPlanTopTenStaysOnePage(t *testing.T) {
	in := largeInput(t, "en")
	long := strings.Repeat("Write down every step of the procedure in full detail for every market ", 6) + "today."
	for _, g := range in.Result.Gaps {
		g.Question.Recommendation = questionnaire.NewText("en", map[string]string{"en": long})
	}
	in.Result = scoring.Score(in.Questionnaire, in.Answers)
	_, pdf, _ := renderProbed(t, in)
	for i := 3; i <= len(pdf.pages()); i++ {
		if p := flat(pageOf(t, pdf, i)); strings.Contains(p, "The 10 actions that matter most") {
			if strings.Contains(p, "Write down every step") {
				t.Error("the top ten kept steps that do not fit")
			}
			if next := flat(pageOf(t, pdf, i+1)); strings.Contains(next, "(continued)") && strings.Contains(next, "The 10 actions") {
				t.Error("the top ten run over a page")
			}
			if !strings.Contains(p, "10 Reports of abuse in live streams") {
				t.Errorf("the top ten lack their tenth row:\n%s", p)
			}
			return
		}
	}
	t.Fatal("no top ten")
}
