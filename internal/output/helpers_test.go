package output

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// sample is the sample assessment of testdata, scored.
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
