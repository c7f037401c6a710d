package changes

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dutycheck/dutycheck/internal/golden"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

var update = flag.Bool("update", false, "rewrite golden files")

const testdata = "../../testdata/changes"

func load(t *testing.T, name string) *questionnaire.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(testdata, name))
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestGolden renders one comparison with every kind of question change
// (added, removed, renamed, rescored, reworded, conditions, bands,
// options) in each format.
func TestGolden(t *testing.T) {
	r := Compare(load(t, "v1.yaml"), load(t, "v2.yaml"))
	r.Old.Source, r.New.Source = "main:questionnaires/sample.yaml", "questionnaires/sample.yaml"
	js, err := JSON(r)
	if err != nil {
		t.Fatal(err)
	}
	for name, got := range map[string][]byte{"v1-v2.txt": Text(r, "en"), "v1-v2.json": js, "v1-v2.md": Markdown(r, "en")} {
		t.Run(name, func(t *testing.T) { golden.Check(t, filepath.Join(testdata, name), got, *update) })
	}
	same := Compare(load(t, "v1.yaml"), load(t, "v1.yaml"))
	golden.Check(t, filepath.Join(testdata, "same.txt"), Text(same, "en"), *update)
	golden.Check(t, filepath.Join(testdata, "same.md"), Markdown(same, "en"), *update)
}

func TestDigest(t *testing.T) {
	r := Compare(load(t, "v1.yaml"), load(t, "v2.yaml"))
	golden.Check(t, filepath.Join(testdata, "v1-v2.digest.md"), []byte(r.DigestIn("en")), *update)
}
