package questionnaire_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

var update = flag.Bool("update", false, "rewrite golden files")

const corpus = "../../testdata/questionnaires"

// TestInvalidCorpus parses every broken questionnaire under
// testdata/questionnaires/invalid and compares the full error text with its
// golden .err file: every problem, at its line and column, in order.
func TestInvalidCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "invalid", "*.yaml"))
	if len(files) < 30 {
		t.Fatalf("found %d invalid fixtures; expected the whole corpus", len(files))
	}
	for _, path := range files {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			_, err = questionnaire.Parse(name+".yaml", data)
			if d := time.Since(start); d > largeBudget {
				t.Errorf("took %v; hostile input must be refused fast", d)
			}
			if err == nil {
				t.Fatal("parsed without error")
			}
			got := err.Error() + "\n"
			for _, line := range strings.Split(strings.TrimSpace(got), "\n") {
				if !strings.HasPrefix(line, name+".yaml:") {
					t.Errorf("line %q does not start with the file's place", line)
				}
			}
			golden := strings.TrimSuffix(path, ".yaml") + ".err"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no golden file (run go test -update): %v", err)
			}
			if got != string(want) {
				t.Errorf("errors differ from %s\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
}

// TestValidCorpus checks that every good questionnaire under testdata and
// every built-in one parses.
func TestValidCorpus(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpus, "valid", "*.yaml"))
	builtins, _ := filepath.Glob("../../questionnaires/*.yaml")
	files = append(files, builtins...)
	if len(files) < 2 {
		t.Fatalf("found only %d valid fixtures", len(files))
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := questionnaire.Parse(path, data); err != nil {
				t.Fatal(err)
			}
		})
	}
}
