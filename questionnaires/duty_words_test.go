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

// dutyIn is the first word in t that states a legal duty, in any of
// langs, with its language; "" when there is none.
func dutyIn(t questionnaire.Text, langs []string) (string, string) {
	for _, lang := range langs {
		if m := dutyWords[lang].FindString(t.In(lang)); m != "" {
			return lang, m
		}
	}
	return "", ""
}

// TestDutiesRestOnLaw holds the built-in questionnaires to what a
// supervisor checks first, in every text they have and in both languages:
//
//   - every reference says its legal status, the day it was checked and
//     the regime it belongs to, and every regime of law rests on at least
//     one reference of status law;
//   - a duty ("legal duty", "ska") is stated only where a law stands
//     behind it: in a question (its texts and options) that cites a law,
//     or in a regime of law; never in a section, the glossary or the
//     questionnaire's own description, which cite nothing;
//   - a must-have is one only where a regime applies, never for every
//     service, and the question cites a source of that regime.
//
// (A duty stated in a detection question's help without a law behind it
// read as a duty the service did not have.)
func TestDutiesRestOnLaw(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := parse(t, b)
			regimes := map[string]*questionnaire.Regime{}
			for _, rg := range q.Regimes {
				regimes[rg.ID] = rg
			}
			lawOf := map[string]bool{} // regimes with a reference of status law
			for _, r := range q.References {
				if r.Status == "" || r.AsOf.IsZero() || r.Regime == "" {
					t.Errorf("reference %s: status %q, as_of %v, regime %q: all three are needed", r.ID, r.Status, r.AsOf, r.Regime)
				} else if regimes[r.Regime] == nil {
					t.Errorf("reference %s: regime %q is not one of the questionnaire's", r.ID, r.Regime)
				}
				if r.Status == questionnaire.StatusLaw {
					lawOf[r.Regime] = true
				}
			}
			for _, rg := range q.Regimes {
				if rg.Status == questionnaire.StatusLaw && !lawOf[rg.ID] {
					t.Errorf("regime %s is law but no reference of status law belongs to it", rg.ID)
				}
				for field, text := range map[string]questionnaire.Text{"title": rg.Title, "why": rg.Why} {
					if lang, m := dutyIn(text, q.Languages); m != "" && rg.Status != questionnaire.StatusLaw {
						t.Errorf("regime %s %s (%s) says %q but the regime is %s, not law", rg.ID, field, lang, m, rg.Status)
					}
				}
			}
			uncited := map[string]questionnaire.Text{"title": q.Title, "description": q.Description}
			for _, s := range q.Sections {
				uncited["section "+s.ID+" title"] = s.Title
				uncited["section "+s.ID+" description"] = s.Description
			}
			for _, g := range q.Glossary {
				uncited["glossary "+g.Term] = g.Definition
			}
			for where, text := range uncited {
				if lang, m := dutyIn(text, q.Languages); m != "" {
					t.Errorf("%s (%s) says %q, and cites no law there", where, lang, m)
				}
			}
			for _, qn := range q.Questions {
				law := false
				cited := map[string]bool{} // regimes of the references cited
				for _, id := range qn.References {
					if r := q.Reference(id); r != nil {
						cited[r.Regime] = true
						law = law || r.Status == questionnaire.StatusLaw
					}
				}
				texts := map[string]questionnaire.Text{"text": qn.Text, "help": qn.Help, "recommendation": qn.Recommendation, "finding": qn.Finding, "evidence": qn.Evidence}
				for _, o := range qn.Options {
					texts["option "+o.Value+" label"] = o.Label
					texts["option "+o.Value+" recommendation"] = o.Recommendation
				}
				for field, text := range texts {
					if lang, m := dutyIn(text, q.Languages); m != "" && !law {
						t.Errorf("%s %s (%s) says %q but cites no law", qn.ID, field, lang, m)
					}
				}
				if qn.Critical {
					t.Errorf("%s is a must-have for every service; make it one where its regime applies (critical: {regime: ID})", qn.ID)
				}
				if qn.CriticalWhen != nil {
					named := qn.CriticalWhen.RegimeRefs()
					if len(named) == 0 {
						t.Errorf("%s is a must-have on a condition that names no regime", qn.ID)
					}
					for _, id := range named {
						if !cited[id] {
							t.Errorf("%s is a must-have where regime %s applies but cites no source of that regime", qn.ID, id)
						}
					}
				}
			}
		})
	}
}
