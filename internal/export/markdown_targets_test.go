package export_test

import (
	"bytes"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// TestMarkdownTargets: the Markdown export and the plan in Markdown list
// the board's targets with their states (met, open, missed, not known
// at their edges: report-time's by is the assessment date), in English
// and Swedish.
func TestMarkdownTargets(t *testing.T) {
	for _, lang := range []string{"en", "sv"} {
		fx := fixture{name: "targets", questionnaire: "testdata/questionnaires/valid/sample.yaml", answers: "testdata/targets/sample.yaml", lang: lang}
		in := load(t, fx)
		md, err := export.Markdown(in)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "testdata/targets/sample-"+lang+".md", md)
		plan, err := export.PlanMarkdown(in)
		if err != nil {
			t.Fatal(err)
		}
		i := bytes.Index(md, []byte("| Overall score"))
		if lang == "sv" {
			i = bytes.Index(md, []byte("| Totalpoäng"))
		}
		if i < 0 {
			t.Fatalf("%s: no targets table:\n%s", lang, md)
		}
		row := md[i : i+bytes.IndexByte(md[i:], '\n')]
		if !bytes.Contains(plan, row) {
			t.Errorf("%s: the plan lacks the targets' row %q", lang, row)
		}
	}
}
