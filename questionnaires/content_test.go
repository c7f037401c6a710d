package questionnaires_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// TestBuiltins holds the built-in questionnaires to the content standard
// of the project: they parse, every scored question cites a source with a
// URL and says what to do when it falls short, and every text is in every
// language the questionnaire offers.
func TestBuiltins(t *testing.T) {
	all := questionnaires.All()
	if len(all) < 2 || all[0].ID != questionnaires.DefaultID {
		t.Fatalf("built-ins = %d, first %q; want the default first and the quick check", len(all), all[0].ID)
	}
	for _, b := range all {
		t.Run(b.ID, func(t *testing.T) {
			q := parse(t, b)
			if q.ID != b.ID {
				t.Errorf("id %q does not match file name %q", q.ID, b.Name)
			}
			if !strings.HasPrefix(string(b.Data), "# yaml-language-server: $schema=") {
				t.Error("first line is not the schema modeline")
			}
			if len(q.Languages) != 2 || q.Languages[0] != "en" || q.Languages[1] != "sv" {
				t.Errorf("languages = %v, want [en sv]", q.Languages)
			}
			checkTexts(t, q)
			types := map[questionnaire.Type]bool{}
			critical := 0
			for _, qn := range q.Questions {
				types[qn.Type] = true
				if qn.MayBeCritical() {
					critical++
				}
				if !counts(qn) {
					continue
				}
				if len(qn.References) == 0 {
					t.Errorf("%s: scored question cites no reference", qn.ID)
				}
				for _, id := range qn.References {
					if r := q.Reference(id); r == nil || !strings.HasPrefix(r.URL, "https://") {
						t.Errorf("%s: reference %q has no https URL", qn.ID, id)
					}
				}
				if !hasRecommendation(qn) {
					t.Errorf("%s: no recommendation for an answer that falls short", qn.ID)
				}
			}
			if b.ID == questionnaires.DefaultID && len(types) != len(questionnaire.Types) {
				t.Errorf("uses %d of the %d question types", len(types), len(questionnaire.Types))
			}
			if critical == 0 {
				t.Error("no critical duty")
			}
			if q.Sections[0].Weight != 0 {
				t.Error("the first section should be the unscored service profile")
			}
		})
	}
}

// TestReferencesHaveLegalStatus: every reference says how binding it is,
// when it was checked, which regime it belongs to and the exact place
// cited, so that the report never shows a voluntary text or a proposal as
// a duty and a reader can find the passage.
func TestReferencesHaveLegalStatus(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := rebuilt(t, b)
			if len(q.Regimes) == 0 {
				t.Fatal("no regimes")
			}
			for _, r := range q.References {
				if r.Status == "" {
					t.Errorf("reference %s: no status", r.ID)
				}
				if r.AsOf.IsZero() {
					t.Errorf("reference %s: no as_of date", r.ID)
				}
				if r.Regime == "" || q.Regime(r.Regime) == nil {
					t.Errorf("reference %s: regime %q is not a regime of the file", r.ID, r.Regime)
				}
				if strings.TrimSpace(r.Pinpoint) == "" {
					t.Errorf("reference %s: no pinpoint", r.ID)
				}
				if !strings.HasPrefix(r.URL, "https://") {
					t.Errorf("reference %s: no https URL", r.ID)
				}
			}
			for _, rg := range q.Regimes {
				if rg.Status == "" || rg.Jurisdiction == "" {
					t.Errorf("regime %s: status %q, jurisdiction %q", rg.ID, rg.Status, rg.Jurisdiction)
				}
				for _, l := range q.Languages {
					if !rg.Why.Has(l) || !rg.Title.Has(l) {
						t.Errorf("regime %s: no %s title or why", rg.ID, l)
					}
				}
			}
		})
	}
}

// TestMustHavesFollowRegimes: a must-have is either conditional on a
// regime, and then cites a binding (law or code) reference of every regime
// its condition names, or unconditional, and then cites a binding
// reference of a regime that applies to every service. Nothing voluntary,
// proposed or lapsed makes a must-have.
func TestMustHavesFollowRegimes(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := rebuilt(t, b)
			for _, qn := range q.Questions {
				if !qn.MayBeCritical() {
					continue
				}
				if qn.Critical {
					ok := false
					for _, id := range qn.References {
						r := q.Reference(id)
						rg := q.Regime(r.Regime)
						if r.Status.Binding() && rg != nil && rg.Applies == nil && rg.Status.Binding() {
							ok = true
						}
					}
					if !ok {
						t.Errorf("%s: critical for every service, but cites no law or code that binds every service", qn.ID)
					}
					continue
				}
				regimes := qn.CriticalWhen.RegimeRefs()
				if len(regimes) == 0 {
					t.Errorf("%s: critical condition names no regime", qn.ID)
				}
				for _, id := range regimes {
					rg := q.Regime(id)
					if !rg.Status.Binding() {
						t.Errorf("%s: critical where regime %s applies, but it is %s, not law or code", qn.ID, id, rg.Status)
					}
					cited := false
					for _, ref := range qn.References {
						if r := q.Reference(ref); r.Regime == id && r.Status.Binding() {
							cited = true
						}
					}
					if !cited {
						t.Errorf("%s: critical where regime %s applies, but cites no law or code of it", qn.ID, id)
					}
				}
			}
		})
	}
}

// Modal verbs of duty: "must" in English and "ska" in Swedish are for law
// and codes only (glossary-sv.md, style note 7).
var (
	dutyEN = regexp.MustCompile(`(?i)\bmust\b`)
	dutySV = regexp.MustCompile(`(?i)\bska\b`)
)

// TestNoDutyWithoutBindingSource: a question that cites no law or code
// says "must" / "ska" nowhere (text, help, recommendations), and neither
// does the why of a regime that is not law or code.
func TestNoDutyWithoutBindingSource(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := rebuilt(t, b)
			check := func(where string, tx questionnaire.Text) {
				if dutyEN.MatchString(tx.In("en")) {
					t.Errorf("%s: says \"must\" without a binding source: %q", where, tx.In("en"))
				}
				if q.HasLang("sv") && dutySV.MatchString(tx.In("sv")) {
					t.Errorf("%s: says \"ska\" without a binding source: %q", where, tx.In("sv"))
				}
			}
			for _, rg := range q.Regimes {
				if !rg.Status.Binding() {
					check("regime "+rg.ID+" why", rg.Why)
				}
			}
			for _, qn := range q.Questions {
				binding := false
				for _, id := range qn.References {
					if q.Reference(id).Status.Binding() {
						binding = true
					}
				}
				if binding || len(qn.References) == 0 {
					continue
				}
				check(qn.ID+" text", qn.Text)
				check(qn.ID+" help", qn.Help)
				check(qn.ID+" recommendation", qn.Recommendation)
				for _, o := range qn.Options {
					check(qn.ID+" option "+o.Value, o.Label)
					check(qn.ID+" option "+o.Value+" recommendation", o.Recommendation)
				}
			}
		})
	}
}

// The rule for compound yes/no questions: a yes/no text asks one thing,
// so it contains no coordinating "and" / "och" at all (two things joined
// by "and" need two answers). Lists in a yes/no question are written with
// "or", which a single yes covers honestly ("do you do any of these"), or
// the question becomes a multi with "none of these". compoundAllowed lists
// the fixed names that contain the word, in both languages (the name of
// the harm itself); keep it short.
var (
	compoundEN      = regexp.MustCompile(`(?i)\band\b`)
	compoundSV      = regexp.MustCompile(`(?i)\boch\b`)
	compoundAllowed = []string{"child sexual exploitation and abuse", "sexuella övergrepp mot och sexuell exploatering av barn", "trust and safety"}
)

func TestNoCompoundYesNo(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := rebuilt(t, b)
			for _, qn := range q.Questions {
				if qn.Type != questionnaire.YesNo {
					continue
				}
				en, sv := strings.ToLower(qn.Text.In("en")), strings.ToLower(qn.Text.In("sv"))
				for _, a := range compoundAllowed {
					en = strings.ReplaceAll(en, a, "")
					sv = strings.ReplaceAll(sv, a, "")
				}
				if compoundEN.MatchString(en) || (q.HasLang("sv") && compoundSV.MatchString(sv)) {
					t.Errorf("%s: yes/no question joins two things with and/och: %q / %q", qn.ID, qn.Text.In("en"), sv)
				}
				if strings.Count(en, "?") > 1 {
					t.Errorf("%s: yes/no question asks more than one question", qn.ID)
				}
			}
		})
	}
}

// Vague words that need a number or a definition, and phrases that lead
// the respondent to the expected answer. Help texts may quote a law's own
// word (‘promptly’) and say what it means; question texts may not use it.
var (
	vague   = regexp.MustCompile(`(?i)\b(swiftly|quickly|adequate(ly)?|appropriate(ly)?|promptly|timely|sufficient)\b`)
	leading = regexp.MustCompile(`(?i)as (is )?required|as the law requires|don't you|vilket krävs|som krävs`)
)

func TestNoVagueOrLeadingQuestions(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := rebuilt(t, b)
			for _, qn := range q.Questions {
				for _, l := range q.Languages {
					text := qn.Text.In(l)
					if l == "en" && vague.MatchString(text) {
						t.Errorf("%s: vague word %q in the question; give a number or define it", qn.ID, vague.FindString(text))
					}
					if leading.MatchString(text) {
						t.Errorf("%s: leading wording %q", qn.ID, leading.FindString(text))
					}
				}
			}
		})
	}
}

// Band texts: every scored time band, and every band of an outcome
// question, says in its help whether it is a legal deadline or a
// benchmark; every date question refuses future dates full marks (its
// bands start at age 0) and says how recent a date must be.
var (
	bandStatusEN = regexp.MustCompile(`(?i)legal deadline|benchmark|legal minimum`)
	bandStatusSV = regexp.MustCompile(`(?i)lagstadga|riktmärke`)
)

func TestBandsSayLegalOrBenchmark(t *testing.T) {
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q := rebuilt(t, b)
			for _, qn := range q.Questions {
				if !counts(qn) || len(qn.Bands) == 0 {
					continue
				}
				if qn.Type == questionnaire.Duration || isOutcome(qn) || qn.Type == questionnaire.Number {
					if !bandStatusEN.MatchString(qn.Help.In("en")) {
						t.Errorf("%s: help does not say whether the bands are a legal deadline or a benchmark", qn.ID)
					}
					if q.HasLang("sv") && !bandStatusSV.MatchString(qn.Help.In("sv")) {
						t.Errorf("%s: Swedish help does not say tidsfrist/riktmärke", qn.ID)
					}
				}
				if qn.Type == questionnaire.Date {
					for _, band := range qn.Bands {
						if band.Score > 0 && (band.Min == nil || *band.Min < 0) {
							t.Errorf("%s: a date in the future would score %v", qn.ID, band.Score)
						}
					}
				}
			}
		})
	}
}

// checkTexts reports every localized text that lacks one of the
// questionnaire's languages.
func checkTexts(t *testing.T, q *questionnaire.Questionnaire) {
	t.Helper()
	check := func(where string, tx questionnaire.Text) {
		if tx.IsZero() {
			return
		}
		for _, l := range q.Languages {
			if !tx.Has(l) {
				t.Errorf("%s: no %s text", where, l)
			}
		}
	}
	check("title", q.Title)
	check("description", q.Description)
	for _, r := range q.References {
		check("reference "+r.ID, r.Title)
	}
	for _, rg := range q.Regimes {
		check("regime "+rg.ID, rg.Title)
		check("regime "+rg.ID+" why", rg.Why)
	}
	for _, g := range q.Glossary {
		check("glossary "+g.Term, g.Definition)
	}
	for _, b := range q.Rating {
		check("rating band", b.Label)
	}
	for _, s := range q.Sections {
		check("section "+s.ID, s.Title)
		check("section "+s.ID+" description", s.Description)
	}
	for _, qn := range q.Questions {
		for what, tx := range map[string]questionnaire.Text{"text": qn.Text, "help": qn.Help, "unit": qn.Unit,
			"recommendation": qn.Recommendation, "evidence": qn.Evidence} {
			check(qn.ID+" "+what, tx)
		}
		for _, o := range qn.Options {
			check(qn.ID+" option "+o.Value, o.Label)
			check(qn.ID+" option "+o.Value+" recommendation", o.Recommendation)
		}
	}
}

func hasRecommendation(qn *questionnaire.Question) bool {
	if !qn.Recommendation.IsZero() {
		return true
	}
	for _, o := range qn.Options {
		if o.Score < 1 && o.Recommendation.IsZero() {
			return false
		}
	}
	return len(qn.Options) > 0
}

// counts reports whether a question can add to the overall score.
func counts(qn *questionnaire.Question) bool {
	return qn.Scored() && qn.Weight > 0 && qn.Section.Weight > 0
}

// rebuilt parses a built-in questionnaire for the content rules of issue
// 15 (legal status, must-haves by regime, no compound or leading
// questions, bands that say what they are). They apply from major version
// 2, the first built for format 1.1; a 1.x file predates them and is
// skipped, so the rules bind each questionnaire as soon as it is rebuilt.
func rebuilt(t *testing.T, b questionnaires.File) *questionnaire.Questionnaire {
	t.Helper()
	q := parse(t, b)
	if strings.HasPrefix(q.Version, "0.") || strings.HasPrefix(q.Version, "1.") {
		t.Skipf("%s %s predates the 2.0 content rules", q.ID, q.Version)
	}
	return q
}

func parse(t *testing.T, b questionnaires.File) *questionnaire.Questionnaire {
	t.Helper()
	q, err := questionnaire.Parse(b.Name, b.Data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}
