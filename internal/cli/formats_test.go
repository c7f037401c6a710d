package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/changes"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
)

func sample(t *testing.T) *scoring.Result {
	t.Helper()
	root := filepath.Join("..", "..", "testdata")
	qdata, err := os.ReadFile(filepath.Join(root, "questionnaires", "valid", "sample.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse("sample.yaml", qdata)
	if err != nil {
		t.Fatal(err)
	}
	adata, err := os.ReadFile(filepath.Join(root, "answers", "sample.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("sample.yaml", adata, q)
	if err != nil {
		t.Fatal(err)
	}
	return scoring.Score(q, f)
}

// TestEveryFormat writes one result in every format of every command, in
// both languages, and checks each gives output that ends a line.
func TestEveryFormat(t *testing.T) {
	r := sample(t)
	d := diff.Compare(diff.Side{Result: r, File: "a.yaml"}, diff.Side{Result: r, File: "b.yaml"}, "en")
	ch := changes.Compare(r.Questionnaire, r.Questionnaire)
	for cmd := range table {
		for _, f := range Formats(cmd) {
			for _, lang := range []string{"en", "sv"} {
				tr := &trend.Trend{Questionnaire: r.Questionnaire, Points: []trend.Point{{Source: "a.yaml", Result: r}, {Commit: "0123456789abcdef0123456789abcdef01234567", Source: "b.yaml", Result: r}}}
				res := Result{Assessment: export.Input{Result: r}, Diff: d, Changes: ch, Trend: tr, Lang: lang}
				var b bytes.Buffer
				if err := f.Out(&b, res); err != nil {
					t.Errorf("%s %s %s: %v", cmd, f.Name, lang, err)
					continue
				}
				if b.Len() == 0 || !bytes.HasSuffix(b.Bytes(), []byte("\n")) {
					t.Errorf("%s %s %s: output does not end a line: %q", cmd, f.Name, lang, b.String())
				}
			}
		}
	}
}

func TestLookup(t *testing.T) {
	if f, err := Lookup("score", ""); err != nil || f.Name != "text" {
		t.Errorf("score's default is %q, %v; want text", f.Name, err)
	}
	if f, err := Lookup("export", "oscal"); err != nil || f.Name != "oscal" {
		t.Errorf("export oscal: %q, %v", f.Name, err)
	}
	_, err := Lookup("diff", "xml")
	if err == nil || err.Error() != `--format is text or json, not "xml"` {
		t.Errorf("diff xml: %v", err)
	}
	if got := Names("export"); got != "json|csv|markdown|oscal" {
		t.Errorf("export formats %q", got)
	}
	if strings.Contains(Names("score"), "csv") {
		t.Error("score offers csv")
	}
}
