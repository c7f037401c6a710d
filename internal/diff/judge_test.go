package diff_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// judgeSide scores one of the judge's answers files (testdata/judge)
// against the judge's marketplace questionnaire.
func judgeSide(t *testing.T, name string) diff.Side {
	t.Helper()
	qdata, err := os.ReadFile("../../testdata/judge/q-v1.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse("q-v1.yaml", qdata)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/judge/" + name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode(name, data, q)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Side{Result: scoring.Score(q, f), File: name}
}

// TestEstimateMarkNotCut: an estimate on both sides of a changed answer
// ("Some surfaces (est.) → All surfaces (est.)") keeps both marks whole;
// the column's cap cut the second to "(es…".
func TestEstimateMarkNotCut(t *testing.T) {
	var text bytes.Buffer
	diff.WriteText(&text, diff.Compare(judgeSide(t, "a-walk.yaml"), judgeSide(t, "b-from.yaml"), "en"), "en")
	var line string
	for _, l := range strings.Split(text.String(), "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " !"), "hash ") && strings.Contains(l, "→") {
			line = l
		}
	}
	if strings.Count(line, "(est.)") != 2 || strings.Contains(line, "(es…") {
		t.Fatalf("hash line %q in:\n%s", line, text.String())
	}
	if !strings.Contains(text.String(), "evidence may be stale): hash") {
		t.Errorf("the unchanged evidence of a changed answer is not called stale:\n%s", text.String())
	}
}
