package summary_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/summary"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// largeResult scores the built-in questionnaire answered as the large
// platform of testdata/companies, with the notice form and the NCA
// reporting answered "no".
func largeResult(t *testing.T) *scoring.Result {
	t.Helper()
	qf, ok := questionnaires.Get("csea-duties")
	if !ok {
		t.Fatal("no csea-duties")
	}
	q, err := questionnaire.Parse(qf.Name, qf.Data)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "companies", "duties-large.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), "version: 2.0.0", "version: "+q.Version, 1))
	f, err := answers.Decode("large.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"notice-mechanism", "nca-reporting"} {
		f.Answers[id].Value.Choice = "no"
	}
	return scoring.Score(q, f)
}

// TestFindings: a must-have not met is stated as a fact with the law that
// makes it a duty and since when, in both languages; its action's fields
// are dashes where unset; the top actions come from the plan's first rows;
// approving the plan is asked until an approval makes the answers final.
func TestFindings(t *testing.T) {
	r := largeResult(t)
	for lang, want := range map[string]string{
		"en": "No way for people without an account to report CSEA: a legal duty under Digital Services Act Art. 16(1), (6), in force since 17 February 2024, not met",
		"sv": "Personer utan konto kan inte anmäla sexuella övergrepp mot barn: en rättslig skyldighet enligt Förordningen om digitala tjänster art. 16.1 och 16.6, gäller sedan 17 februari 2024, uppfylls inte",
	} {
		s := summary.Build(r, lang, summary.Options{})
		g := s.Gap("notice-mechanism")
		if g == nil {
			t.Fatalf("%s: no gap on notice-mechanism", lang)
		}
		if g.Finding != want {
			t.Errorf("%s: finding\n got %q\nwant %q", lang, g.Finding, want)
		}
		if g.Basis != summary.BasisLaw {
			t.Errorf("%s: basis %v, want law", lang, g.Basis)
		}
		if g.Fields != (summary.Fields{Owner: summary.Dash, Due: summary.Dash, DoneWhen: summary.Dash}) {
			t.Errorf("%s: fields %+v, want dashes", lang, g.Fields)
		}
		if len(s.Top) != 3 || s.Top[0].Gap.ID != s.MustHaves.Gaps[0].ID || s.Top[0].What == "" || strings.Contains(s.Top[0].What, ". ") {
			t.Errorf("%s: top actions %+v", lang, s.Top)
		}
		if len(s.Decisions) == 0 || s.Decisions[0].Kind != summary.ApprovePlan {
			t.Errorf("%s: approving the plan is not asked first: %+v", lang, s.Decisions)
		}
		if s.Caveat == "" || s.RestsOn.NotApplicable == "" {
			t.Errorf("%s: no caveat or not-applicable count", lang)
		}
	}
	final := summary.Build(r, "en", summary.Options{SignOff: &signoff.State{Signed: true, Approval: &signoff.Verdict{Signoff: &signoff.Signoff{Name: "Karin Berg", Role: "Chair", Meaning: "approved", Date: "2026-12-01"}}}})
	for _, d := range final.Decisions {
		if d.Kind == summary.ApprovePlan {
			t.Error("approving the plan is asked of a final assessment")
		}
	}
}

// TestFindingFallback: without a finding the brief says "Not met:" and
// the question.
func TestFindingFallback(t *testing.T) {
	r := planResult(t, nil)
	s := summary.Build(r, "en", summary.Options{})
	for _, g := range s.MustHaves.Gaps {
		if g.Gap.Question.Finding.IsZero() && g.Finding != "Not met: "+g.Question {
			t.Errorf("%s: %q, want Not met: and the question", g.ID, g.Finding)
		}
	}
}

// TestSpeller: each glossary acronym is spelled out at its first use only,
// not inside a longer word, and not where its long form is already said.
func TestSpeller(t *testing.T) {
	s := summary.Build(largeResult(t), "en", summary.Options{})
	sp := s.Speller()
	for _, c := range []struct{ in, want string }{
		{"Protecting children online: duties against child sexual exploitation and abuse (CSEA)", "Protecting children online: duties against child sexual exploitation and abuse (CSEA)"},
		{"Report to the NCA; the NCA decides", "Report to the UK National Crime Agency (NCA); the NCA decides"},
		{"No DSA report", "No EU Digital Services Act (DSA) report"},
		{"Very large: a VLOP", "Very large: a very large online platform (VLOP)"},
		{"CSEA and the DSA", "CSEA and the DSA"},
		{"NCAS is a word", "NCAS is a word"},
	} {
		if got := sp.Spell(c.in); got != c.want {
			t.Errorf("Spell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestFirstSentence(t *testing.T) {
	for in, want := range map[string]string{
		"Offer a form. Then act on it.":               "Offer a form.",
		"Report under Art. 16 of the DSA. Then more.": "Report under Art. 16 of the DSA.",
		"Use e.g. PDQ hashes. More.":                  "Use e.g. PDQ hashes.",
		"No stop at all":                              "No stop at all",
	} {
		if got := summary.FirstSentence(in); got != want {
			t.Errorf("FirstSentence(%q) = %q, want %q", in, got, want)
		}
	}
}
