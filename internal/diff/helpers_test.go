package diff_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	goldenfile "github.com/dutycheck/dutycheck/internal/golden"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/diff")

// dir holds the fixtures: sample-v1 and sample-v2 questionnaires and
// answers files made with each (see sample-v2.yaml for what changed).
const dir = "../../testdata/diff"

func read(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func loadQ(t *testing.T, name string) *questionnaire.Questionnaire {
	t.Helper()
	q, err := questionnaire.Parse(name, read(t, name))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// side scores an answers file against a questionnaire file, as the
// command line does.
func side(t *testing.T, qname, aname string) diff.Side {
	t.Helper()
	q := loadQ(t, qname)
	f, err := answers.Decode(aname, read(t, aname), q)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Side{Result: scoring.Score(q, f), File: aname}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join(dir, name), got, *update)
}
