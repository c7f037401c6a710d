package questionnaires_test

import (
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
			q, err := questionnaire.Parse(b.Name, b.Data)
			if err != nil {
				t.Fatal(err)
			}
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
				if qn.Critical {
					critical++
				}
				if !qn.Scored() || qn.Weight == 0 || qn.Section.Weight == 0 {
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
			if len(types) != len(questionnaire.Types) {
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

// TestDefaultCoversTheDuties checks that the default questionnaire asks
// about each duty a trust-and-safety lead would expect to find.
func TestDefaultCoversTheDuties(t *testing.T) {
	b, _ := questionnaires.Get(questionnaires.DefaultID)
	q, err := questionnaire.Parse(b.Name, b.Data)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(q.Questions); n < 60 || n > 80 {
		t.Errorf("%d questions; the default should have 60–80", n)
	}
	if n := len(q.Sections); n != 11 {
		t.Errorf("%d sections; want the eleven of the outline", n)
	}
	var all strings.Builder
	for _, qn := range q.Questions {
		all.WriteString(strings.ToLower(qn.Text.In("en") + " " + qn.Help.In("en") + " " + qn.ID + "\n"))
	}
	text := all.String()
	for _, duty := range []string{"hash", "classifier", "grooming", "sextortion", "livestream", "search",
		"ncmec", "nca", "trusted flagger", "appeal", "statement of reasons", "preserv", "law enforcement",
		"transparency report", "risk assessment", "age", "encrypt", "wellbeing"} {
		if !strings.Contains(text, duty) {
			t.Errorf("no question mentions %q", duty)
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
