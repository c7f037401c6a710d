package answers_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

const replacesData = "../../testdata/replaces/"

func readAnswers(t *testing.T, path string, q *questionnaire.Questionnaire) *answers.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode(path, data, q)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// TestMigrateScoresTheSame: answers given to version 1 score the same
// under version 2, whose questions replace three of the old ids, with no
// orphan but the one that was an orphan already; they are written back
// under the new ids and offered for confirmation as changed.
func TestMigrateScoresTheSame(t *testing.T) {
	v1, v2 := sampleQ(t), parseFile(t, replacesData+"sample-v2.yaml")
	before := scoring.Score(v1, readAnswers(t, replacesData+"answers-v1.yaml", v1))

	f := readAnswers(t, replacesData+"answers-v1.yaml", v2)
	got := f.Migrate(v2)
	want := []answers.Renamed{{From: "hash-matching", To: "hash-match"}, {From: "classifier", To: "classifiers"}, {From: "escalation", To: "escalation-path"}}
	if !slices.Equal(got, want) {
		t.Fatalf("Migrate = %+v, want %+v", got, want)
	}
	after := scoring.Score(v2, f)
	if after.Overall != before.Overall || after.Rating != before.Rating {
		t.Errorf("overall %v %v under v2, %v %v under v1", after.Overall, after.Rating, before.Overall, before.Rating)
	}
	for i := range before.Sections {
		if b, a := before.Sections[i], after.Sections[i]; b.Score != a.Score {
			t.Errorf("section %s: %v under v2, %v under v1", b.Section.ID, a.Score, b.Score)
		}
	}
	if o := f.Orphans(v2); !slices.Equal(o, []string{"old-question"}) {
		t.Errorf("orphans %q, want only old-question", o)
	}
	if a := f.Get("escalation-path"); a == nil || a.Value.Choice != "no" || a.Note != "Office hours only" {
		t.Errorf("escalation-path = %+v", a)
	}
	if a := f.Get("classifiers"); a == nil || !a.NA || a.Note != "No video" {
		t.Errorf("classifiers = %+v", a)
	}

	c := answers.Compare(f, v2)
	if !slices.Equal(c.Changed, []string{"hash-match", "classifiers", "escalation-path"}) || !slices.Equal(c.Removed, []string{"old-question"}) {
		t.Errorf("Compare: changed %q, removed %q", c.Changed, c.Removed)
	}
	if again := f.Migrate(v2); len(again) != 0 {
		t.Errorf("a second Migrate carried %+v", again)
	}

	// Written back under the new ids, and read back the same way.
	f.Adopt(v2)
	out := string(answers.Encode(f, v2))
	for _, s := range []string{"\n  hash-match:", "\n  escalation-path:", "hash-match: renamed-from:hash-matching"} {
		if !strings.Contains(out, s) {
			t.Errorf("saved file lacks %q:\n%s", s, out)
		}
	}
	for _, s := range []string{"\n  hash-matching:", "\n  escalation:"} {
		if strings.Contains(out, s) {
			t.Errorf("saved file still has %q:\n%s", s, out)
		}
	}
	g, err := answers.Decode("saved.yaml", []byte(out), v2)
	if err != nil {
		t.Fatal(err)
	}
	if c := answers.Compare(g, v2); !slices.Equal(c.Changed, []string{"hash-match", "classifiers", "escalation-path"}) {
		t.Errorf("after saving, changed %q: carried answers must stay to be confirmed", c.Changed)
	}
	// Confirming an answer records the question's fingerprint.
	g.Put(v2.Question("hash-match"), g.Get("hash-match"))
	if c := answers.Compare(g, v2); !slices.Equal(c.Changed, []string{"classifiers", "escalation-path"}) {
		t.Errorf("after confirming hash-match, changed %q", c.Changed)
	}
}

// TestMigrateEdges: an answer that no longer fits stays an orphan with
// the reason; a question answered under its new id keeps its answer; an
// action moves with its answer; a file without fingerprints still shows
// carried answers as changed.
func TestMigrateEdges(t *testing.T) {
	v1 := sampleQ(t)
	src, err := os.ReadFile(replacesData + "sample-v2.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// hash-match no longer has the option "some".
	noSome := strings.Replace(string(src), "    - {value: some, label: {en: Some, sv: Viss}, score: 0.5, recommendation: {en: Extend coverage., sv: Utöka täckningen.}}\n", "", 1)
	if noSome == string(src) {
		t.Fatal("edit did not apply")
	}
	v2, err := questionnaire.Parse("v2.yaml", []byte(noSome))
	if err != nil {
		t.Fatal(err)
	}
	f := readAnswers(t, replacesData+"answers-v1.yaml", v2)
	f.Actions = map[string]*answers.Action{"escalation": {Owner: "CTO", Status: answers.ActionOpen}}
	f.Set("classifiers", &answers.Answer{Note: "answered under the new id"})
	got := f.Migrate(v2)
	if len(got) != 3 || got[0].From != "hash-matching" || got[0].Err == nil || !strings.Contains(got[0].Err.Error(), `"some"`) {
		t.Fatalf("hash-matching: %+v", got)
	}
	if !got[1].Kept || got[1].Carried() || !got[2].Carried() {
		t.Errorf("classifier kept, escalation carried: %+v", got)
	}
	if o := f.Orphans(v2); !slices.Equal(o, []string{"hash-matching", "classifier", "old-question"}) {
		t.Errorf("orphans %q", o)
	}
	if f.Actions["escalation-path"] == nil || f.Actions["escalation"] != nil {
		t.Errorf("action not moved: %+v", f.Actions)
	}
	f.Questionnaire.Fingerprints = nil
	f.Migrate(v2) // nothing left to carry
	if c := answers.Compare(f, v2); c.Known || len(c.Changed) != 0 {
		t.Errorf("without fingerprints or marks: %+v", c)
	}
	h := readAnswers(t, replacesData+"answers-v1.yaml", parseFile(t, replacesData+"sample-v2.yaml"))
	h.Migrate(parseFile(t, replacesData+"sample-v2.yaml"))
	if c := answers.Compare(h, v1); c.Known {
		t.Errorf("marks alone do not make fingerprints known: %+v", c)
	}
}
