package output

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestScoreTextProvisional checks that a provisional rating says why in
// each language, with percentages that never read "80 % below 80 %".
func TestScoreTextProvisional(t *testing.T) {
	r := sample(t)
	r.Provisional = true
	r.Reason = scoring.ProvisionalReason{LowCompletion: true, Completion: 0.796, MinCompletion: 0.8,
		TooManyUnknown: true, Unknown: 3, Scored: 10}
	r.Unknowns = []string{"users", "report-time"}
	for lang, want := range map[string][]string{
		"en": {"The rating is provisional: only 79.6% of the questions that apply are answered (80.0% are needed); 3 of 10 scored answers are “don't know” (more than 20%).",
			"What the result rests on: 2 “don't know”"},
		"sv": {"Nivån är preliminär: bara 79,6\u00a0% av frågorna som gäller är besvarade (minst 80,0\u00a0% behövs); 3 av 10 poängsatta svar är ”vet inte” (mer än 20\u00a0%).",
			"Vad resultatet bygger på: 2 ”vet inte”"},
	} {
		var b bytes.Buffer
		if err := ScoreText(&b, r, lang); err != nil {
			t.Fatal(err)
		}
		for _, w := range want {
			if n := strings.Count(b.String(), w); n != 1 {
				t.Errorf("%s: output has %q %d times, want once:\n%s", lang, w, n, b.String())
			}
		}
	}
}

// TestScoreTextRegimes: the regimes in the order of the PDF brief and the
// end screen: laws and codes that apply with their readiness, then
// guidance and voluntary frameworks under a heading that says they are not
// duties, then a proposal that "would apply if adopted" and a lapsed law
// "no longer in force", with no readiness (never a duty), then those that
// do not apply. Nothing says a proposal or a lapsed law "applies".
func TestScoreTextRegimes(t *testing.T) {
	r := sample(t)
	reg := func(title string, s questionnaire.LegalStatus, applies bool, score float64) scoring.RegimeResult {
		return scoring.RegimeResult{Regime: &questionnaire.Regime{ID: title, Status: s,
			Title: questionnaire.NewText("en", map[string]string{"en": title})},
			Applies: applies, Scored: applies, Score: score}
	}
	r.Regimes = []scoring.RegimeResult{
		reg("Voluntary Principles", questionnaire.StatusVoluntary, true, 84),
		reg("CSA proposal", questionnaire.StatusProposal, true, 0),
		reg("US reporting", questionnaire.StatusLaw, true, 33.3),
		reg("Interim derogation", questionnaire.StatusLapsed, true, 100),
		reg("Australian codes", questionnaire.StatusCode, false, 0),
		reg("UK codes", questionnaire.StatusCode, true, 80),
	}
	var b bytes.Buffer
	if err := ScoreText(&b, r, "en"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	want := []string{
		"\nDuties that apply: readiness per regime",
		"\n  US reporting (law) ", " 33.3  ",
		"\n  UK codes (code of practice) ", " 80.0  ",
		"\nGuidance and voluntary frameworks (not duties)",
		"\n  Voluntary Principles (voluntary) ", " 84.0  ",
		"\nProposals and laws no longer in force (not duties)",
		"\n  CSA proposal ", "  would apply if adopted",
		"\n  Interim derogation ", "  no longer in force",
		"\nDo not apply, given the service profile",
		"\n  Australian codes (code of practice)\n",
	}
	at := 0
	for _, w := range want {
		i := strings.Index(out[at:], w)
		if i < 0 {
			t.Fatalf("after byte %d, no %q in:\n%s", at, w, out)
		}
		at += i + len(w)
	}
	for _, bad := range []string{"applies", "100.0  "} {
		if strings.Contains(out, bad) {
			t.Errorf("output says %q:\n%s", bad, out)
		}
	}
	b.Reset()
	if err := ScoreText(&b, r, "sv"); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Krav som gäller: beredskap per regelverk", "skulle gälla om det antas", "inte längre i kraft", "Gäller inte, givet tjänstens profil"} {
		if !strings.Contains(b.String(), w) {
			t.Errorf("sv: no %q in:\n%s", w, b.String())
		}
	}
}
