package questionnaires_test

import (
	"regexp"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// dutyWords are the words that state a legal duty: "legal duty" in
// English, "ska" (shall, must) in Swedish.
var dutyWords = map[string]*regexp.Regexp{
	"en": regexp.MustCompile(`(?i)\blegal dut(y|ies)\b`),
	"sv": regexp.MustCompile(`(?i)(^|[^\pL])ska([^\pL]|$)`),
}

// TestDutiesRestOnLaw holds the built-in questionnaires to what a
// supervisor checks first: every reference says its legal status, the day
// it was checked and the regime it belongs to; a question that speaks of a
// legal duty ("legal duty", "ska") in either language cites a law; and a
// must-have is one only where a regime applies, never for every service.
// (A duty stated in a detection question's help without a law behind it
// read as a duty the service did not have.)
func TestDutiesRestOnLaw(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := parse(t, b)
			regimes := map[string]bool{}
			for _, rg := range q.Regimes {
				regimes[rg.ID] = true
			}
			for _, r := range q.References {
				if r.Status == "" || r.AsOf.IsZero() || r.Regime == "" {
					t.Errorf("reference %s: status %q, as_of %v, regime %q: all three are needed", r.ID, r.Status, r.AsOf, r.Regime)
				} else if !regimes[r.Regime] {
					t.Errorf("reference %s: regime %q is not one of the questionnaire's", r.ID, r.Regime)
				}
			}
			for _, qn := range q.Questions {
				law := false
				for _, id := range qn.References {
					if r := q.Reference(id); r != nil && r.Status == questionnaire.StatusLaw {
						law = true
					}
				}
				for _, lang := range q.Languages {
					for field, text := range map[string]questionnaire.Text{"text": qn.Text, "help": qn.Help, "recommendation": qn.Recommendation, "finding": qn.Finding, "evidence": qn.Evidence} {
						if m := dutyWords[lang].FindString(text.In(lang)); m != "" && !law {
							t.Errorf("%s %s (%s) says %q but cites no law", qn.ID, field, lang, m)
						}
					}
				}
				if qn.Critical {
					t.Errorf("%s is a must-have for every service; make it one where its regime applies (critical: {regime: ID})", qn.ID)
				}
				if qn.CriticalWhen != nil && len(qn.CriticalWhen.RegimeRefs()) == 0 {
					t.Errorf("%s is a must-have on a condition that names no regime", qn.ID)
				}
			}
		})
	}
}
