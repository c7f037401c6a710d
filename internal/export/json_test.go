package export_test

import (
	"encoding/json"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// TestJSONHasEverythingScoreHas parses the export back and checks that it
// holds every field of `score --format json` with the same values, and
// every answer and note.
func TestJSONHasEverythingScoreHas(t *testing.T) {
	in := load(t, fixtures[0])
	out, err := export.JSON(in)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("export is not JSON: %v", err)
	}
	summary, _ := json.Marshal(in.Result.Summarize(in.Lang))
	var want map[string]any
	_ = json.Unmarshal(summary, &want)
	for k, v := range want {
		g, _ := json.Marshal(got[k])
		w, _ := json.Marshal(v)
		if string(g) != string(w) {
			t.Errorf("%s = %s, score has %s", k, g, w)
		}
	}
	var doc export.Document
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Questions) != len(in.Result.Questions) {
		t.Errorf("%d questions, want %d", len(doc.Questions), len(in.Result.Questions))
	}
	notes := map[string]string{}
	for _, q := range doc.Questions {
		notes[q.ID] = q.Note
	}
	for id, a := range in.Result.Answers.Answers {
		if in.Result.Questionnaire.Question(id) != nil && notes[id] != a.Note {
			t.Errorf("note of %s = %q, want %q", id, notes[id], a.Note)
		}
	}
	if len(doc.OrphanAnswers) != 1 || doc.OrphanAnswers[0].Note != "kept" {
		t.Errorf("orphan answers = %+v", doc.OrphanAnswers)
	}
	if doc.Format != export.JSONFormat || len(doc.Sources) != 2 || doc.Sources[1].Git == nil {
		t.Errorf("format %q, sources %+v", doc.Format, doc.Sources)
	}
}

// TestGitLine pins the wording the report's appendix and the Markdown use.
func TestGitLine(t *testing.T) {
	for _, c := range []struct {
		g    export.Git
		want string
	}{
		{export.Git{Path: "a.yaml", Head: "3f1c9a2ffff", Commit: "3f1c9a2ffff"}, "a.yaml: commit 3f1c9a2"},
		{export.Git{Path: "a.yaml", Head: "3f1c9a2ffff", Commit: "0aa1bb2ffff", Modified: true}, "a.yaml: commit 0aa1bb2 (modified since)"},
		{export.Git{Path: "x/a.yaml", Head: "3f1c9a2ffff", Modified: true}, "x/a.yaml: not committed (repository at 3f1c9a2)"},
	} {
		if got := c.g.Line(); got != c.want {
			t.Errorf("Line() = %q, want %q", got, c.want)
		}
	}
}
