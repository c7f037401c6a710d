package answers_test

import (
	"flag"
	"os"
	"testing"

	goldenfile "github.com/dutycheck/dutycheck/internal/golden"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleQ parses the sample questionnaire, which has a question of every
// type: uploads (yesno), regions (multi with an exclusive option), users
// (number, min 0), hash-matching (single), classifier (multi, allow_na),
// report-time (duration), reviewed-share (number 0–100), risk-date (date),
// escalation (yesno), comments (text).
func sampleQ(t testing.TB) *questionnaire.Questionnaire {
	t.Helper()
	return parseFile(t, "../../testdata/questionnaires/valid/sample.yaml")
}

func parseFile(t testing.TB, path string) *questionnaire.Questionnaire {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// golden compares got with the file at path, or rewrites it with -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	goldenfile.Check(t, path, got, *update)
}
