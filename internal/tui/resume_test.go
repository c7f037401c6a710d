package tui

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestResume answers a few questions, then starts again from the saved
// file as the command line would, and checks that the walk resumes at the
// first unanswered question that applies, with the answers in place.
func TestResume(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("Example AB")
	d.keys("enter")                 // uploads: yes
	d.keys("space", "enter")        // regions: eu
	d.keys("ctrl+n")                // users: skipped
	d.keys("down", "down", "enter") // hash-matching: all
	d.at("classifier")
	// The process dies here: only what was saved counts.

	f, err := answers.Decode("assessment.yaml", []byte(st.last()), q)
	if err != nil {
		t.Fatal(err)
	}
	st2 := &store{}
	d = drive(t, Config{Questionnaire: q, Answers: f, Path: "assessment.yaml", Save: st2.save})
	d.contains("Resuming assessment.yaml: 3 of 9 questions answered (33%)")
	d.lacks("Organization") // the file names it
	d.keys("enter")
	d.at("users") // skipped earlier, so the first unanswered
	d.typeText("10").keys("enter")
	d.at("hash-matching") // then on in order, answered or not
	d.contains("› ● All")
	d.keys("enter")
	d.at("classifier")
	if len(st2.saves) != 2 {
		t.Fatalf("%d saves on resume, want 2", len(st2.saves))
	}
	if got := st2.decode(t, q).Organization; got != "Example AB" {
		t.Fatalf("organization lost on resume: %q", got)
	}
}

// TestResumeWhenDone checks that a finished assessment opens on the start
// screen and goes to the results.
func TestResumeWhenDone(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	f := answers.New(q, assessed)
	f.Organization = "X"
	for _, id := range []string{"uploads", "regions", "users", "reviewed-share", "risk-date", "escalation", "comments"} {
		qn := q.Question(id)
		text := map[string]string{"uploads": "no", "regions": "none", "users": "1", "reviewed-share": "95", "risk-date": "2026-01-01", "escalation": "yes", "comments": "-"}[id]
		v, err := answers.ParseText(qn, text)
		if err != nil {
			t.Fatal(err)
		}
		f.Put(qn, &answers.Answer{Value: v})
	}
	d := drive(t, Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: (&store{}).save})
	d.contains("every question that applies is answered")
	d.keys("enter")
	if d.m.screen != endScreen {
		t.Fatalf("want the results:\n%s", d.view())
	}
	d.contains("Overall 100.0 / 100 · Strong", "No gaps")
}

// TestChangedQuestionnaire checks that answers given to an earlier version
// are compared with the new one: the start screen counts what changed and
// offers to walk only the new and changed questions, and the answer to the
// removed question stays in the file.
func TestChangedQuestionnaire(t *testing.T) {
	v1 := loadQ(t, "tui/changed-v1.yaml")
	v2 := loadQ(t, "tui/changed-v2.yaml")
	old := answers.New(v1, assessed)
	old.Organization = "X"
	for _, id := range []string{"kept", "reworded", "dropped"} {
		old.Put(v1.Question(id), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
	}
	f, err := answers.Decode("a.yaml", answers.Encode(old, v1), v2)
	if err != nil {
		t.Fatal(err)
	}
	st := &store{}
	d := drive(t, Config{Questionnaire: v2, Answers: f, Path: "a.yaml", Save: st.save})
	d.contains("1 new, 1", "changed, 1 removed", "Answers to removed questions are kept",
		"› Walk only the 2 new and changed questions", "Walk all questions")
	d.keys("enter")
	d.at("reworded")
	d.contains("changed · question 2 of 3", "● Yes")
	d.keys("enter")
	d.at("added")
	d.contains("new · question 3 of 3")
	d.keys("down", "enter")
	if d.m.screen != endScreen {
		t.Fatalf("walking the changes should end after the last one:\n%s", d.view())
	}
	saved := st.decode(t, v2)
	if saved.Questionnaire.Version != "1.1.0" {
		t.Errorf("saved file names version %q, want 1.1.0", saved.Questionnaire.Version)
	}
	if o := saved.Orphans(v2); len(o) != 1 || o[0] != "dropped" || !strings.Contains(st.last(), "dropped:\n    value: yes") {
		t.Error("the answer to the removed question was dropped")
	}
	if c := answers.Compare(saved, v2); len(c.New)+len(c.Changed) != 0 {
		t.Errorf("after walking the changes, still changed: %+v", c)
	}

	// Walking everything instead starts at the first unanswered question.
	f, _ = answers.Decode("a.yaml", answers.Encode(old, v1), v2)
	d = drive(t, Config{Questionnaire: v2, Answers: f, Path: "a.yaml", Save: (&store{}).save})
	d.keys("down", "enter")
	d.at("added")
}

// TestRenamedQuestion: an answer under an id that a question now
// replaces is read as that question's answer, offered for confirmation
// as changed, and saved under the new id, with no orphan left.
func TestRenamedQuestion(t *testing.T) {
	v1 := loadQ(t, "tui/changed-v1.yaml")
	v2 := loadQ(t, "tui/changed-v2-renamed.yaml")
	old := answers.New(v1, assessed)
	old.Organization = "X"
	for _, id := range []string{"kept", "reworded", "dropped"} {
		old.Put(v1.Question(id), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
	}
	f, err := answers.Decode("a.yaml", answers.Encode(old, v1), v2)
	if err != nil {
		t.Fatal(err)
	}
	st := &store{}
	d := drive(t, Config{Questionnaire: v2, Answers: f, Path: "a.yaml", Save: st.save})
	d.contains("has changed since these answers were given: 1 changed.", "› Walk only the 1 new or changed question")
	d.lacks("removed")
	d.keys("enter")
	d.at("will-go")
	d.contains("changed · question 3 of 3", "● Yes")
	d.keys("enter")
	saved := st.decode(t, v2)
	if o := saved.Orphans(v2); len(o) != 0 {
		t.Errorf("orphans %q after the rename", o)
	}
	if a := saved.Get("will-go"); a == nil || a.Value.Choice != "yes" {
		t.Errorf("will-go = %+v", a)
	}
	if c := answers.Compare(saved, v2); c.Any() {
		t.Errorf("after confirming, still changed: %+v", c)
	}
}
