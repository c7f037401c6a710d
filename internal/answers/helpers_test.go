package answers_test

import (
	"bytes"
	"flag"
	"os"
	"testing"

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
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("no golden file (run go test -update): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update if the change is right)\n--- got\n%s\n--- want\n%s", path, got, want)
	}
}
