package diff_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// targetSide scores testdata/plan with the targets given.
func targetSide(t *testing.T, q *questionnaire.Questionnaire, name string, targets ...answers.TargetInput) diff.Side {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode(name, data, q)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range targets {
		scope, id, tg, err := in.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		f.SetTarget(scope, id, tg)
	}
	return diff.Side{Result: scoring.Score(q, f), File: name}
}

// TestTargetsChanged: a diff names the board's targets set, cleared or
// moved, each as every output words it, in both languages and in JSON;
// a target the same on both sides is not listed, and a diff with no
// targets on either side says nothing of them.
func TestTargetsChanged(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "q.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse("q.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	same := answers.TargetInput{On: "report-time", Max: "1h", By: "2099-01-01"}
	old := targetSide(t, q, "old.yaml", same, answers.TargetInput{On: "overall", Min: "50", By: "2099-01-01"}, answers.TargetInput{On: "duties", Min: "10", By: "2099-01-01"})
	new := targetSide(t, q, "new.yaml", same, answers.TargetInput{On: "overall", Min: "90", By: "2099-01-01"})
	d := diff.Compare(old, new, "en")
	if len(d.Targets) != 2 || d.Targets[0].Scope != "overall" || d.Targets[1].ID != "duties" || d.Targets[1].After != nil {
		t.Fatalf("targets changed: %+v", d.Targets)
	}
	var b bytes.Buffer
	diff.WriteText(&b, d, "en")
	for _, want := range []string{"Targets changed (2):", "at least 50 by 2099-01-01", "→ at least 90 by 2099-01-01", "→ no target"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, b.String())
		}
	}
	b.Reset()
	diff.WriteText(&b, diff.Compare(old, new, "sv"), "sv")
	if !strings.Contains(b.String(), "Ändrade mål (2):") || !strings.Contains(b.String(), "→ inget mål") {
		t.Errorf("Swedish text:\n%s", b.String())
	}
	js, _ := json.Marshal(d)
	if !bytes.Contains(js, []byte(`"targets_changed":[{"scope":"overall","before":{"scope":"overall","min":50`)) {
		t.Errorf("JSON: %s", js)
	}
	// the same targets on both sides: "none", and no list in JSON
	d = diff.Compare(old, old, "en")
	b.Reset()
	diff.WriteText(&b, d, "en")
	if !strings.Contains(b.String(), "Targets changed: none.") || len(d.Targets) != 0 {
		t.Errorf("no change: %+v\n%s", d.Targets, b.String())
	}
	// no targets at all: not a word of them
	plain := targetSide(t, q, "a.yaml")
	b.Reset()
	d = diff.Compare(plain, plain, "en")
	diff.WriteText(&b, d, "en")
	if js, _ := json.Marshal(d); strings.Contains(b.String(), "Targets") || bytes.Contains(js, []byte("targets_changed")) {
		t.Errorf("targets said without any:\n%s\n%s", b.String(), js)
	}
}
