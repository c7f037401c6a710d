package export_test

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"testing"

	goldenfile "github.com/dutycheck/dutycheck/internal/golden"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/export")

// root is the repository's top folder, where the shared testdata lives.
const root = "../.."

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, path))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// fixture names an assessment the tests export.
type fixture struct {
	name, questionnaire, answers, lang string
	// git gives the sources a git state, as if both files were committed
	// and the answers edited since.
	git bool
}

var fixtures = []fixture{
	{name: "sample", questionnaire: "testdata/questionnaires/valid/sample.yaml", answers: "testdata/answers/sample.yaml", lang: "en", git: true},
	{name: "sample-sv", questionnaire: "testdata/questionnaires/valid/sample.yaml", answers: "testdata/answers/sample.yaml", lang: "sv"},
	{name: "tricky", questionnaire: "testdata/questionnaires/valid/sample.yaml", answers: "testdata/export/tricky.yaml", lang: "en"},
	// 1.1: must-haves (one by condition), unknown, estimate, evidence,
	// actions (overdue, accepted, unowned, done), regimes, reference status.
	{name: "plan", questionnaire: "testdata/plan/q.yaml", answers: "testdata/plan/a.yaml", lang: "en"},
	{name: "plan-sv", questionnaire: "testdata/plan/q.yaml", answers: "testdata/plan/a.yaml", lang: "sv"},
}

// fixtureNamed returns the fixture of that name.
func fixtureNamed(t *testing.T, name string) fixture {
	t.Helper()
	for _, fx := range fixtures {
		if fx.name == name {
			return fx
		}
	}
	t.Fatalf("no fixture %q", name)
	return fixture{}
}

// load scores a fixture and names its files as the command line would.
func load(t *testing.T, fx fixture) export.Input {
	t.Helper()
	qdata := readFile(t, fx.questionnaire)
	q, err := questionnaire.Parse(fx.questionnaire, qdata)
	if err != nil {
		t.Fatal(err)
	}
	adata := readFile(t, fx.answers)
	f, err := answers.Decode(fx.answers, adata, q)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(adata)
	in := export.Input{
		Result: scoring.Score(q, f),
		Lang:   fx.lang,
		Sources: []export.Source{
			{Role: export.RoleQuestionnaire, Path: fx.questionnaire, SHA256: q.SHA256},
			{Role: export.RoleAnswers, Path: fx.answers, SHA256: hex.EncodeToString(sum[:])},
		},
		Generator: "dutycheck test",
	}
	if fx.git {
		in.Sources[0].Git = &export.Git{Path: fx.questionnaire, Head: "3f1c9a2b4c5d6e7f8091a2b3c4d5e6f708192a3b", Commit: "0aa1bb2cc3dd4ee5ff60718293a4b5c6d7e8f901"}
		in.Sources[1].Git = &export.Git{Path: fx.answers, Head: "3f1c9a2b4c5d6e7f8091a2b3c4d5e6f708192a3b", Commit: "3f1c9a2b4c5d6e7f8091a2b3c4d5e6f708192a3b", Modified: true}
	}
	return in
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join(root, path), got, *update)
}
