package answers_test

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestCarryForward: every answer, note, piece of evidence and action of
// the earlier assessment is carried; the new file records where it came
// from; every carried answer is to be confirmed (Compare lists it) until
// it is answered again; the earlier file is not changed; and all of it
// survives a save and a read.
func TestCarryForward(t *testing.T) {
	q := parseFile(t, "../../testdata/plan/q.yaml")
	data, err := os.ReadFile("../../testdata/plan/a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	old, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	before := answers.Encode(old, q)
	date := time.Date(2027, 2, 26, 0, 0, 0, 0, time.UTC)
	sum := strings.Repeat("ab", 32)
	from := answers.Origin{Path: "2026-q4.yaml", SHA256: sum, Date: old.Date}
	f, _ := answers.CarryForward(old, q, from, date)

	if !bytes.Equal(answers.Encode(old, q), before) {
		t.Error("CarryForward changed the earlier assessment")
	}
	if f.From == nil || *f.From != from {
		t.Errorf("From = %+v, want %+v", f.From, from)
	}
	if !f.Date.Equal(date) || f.Organization != "Example AB" || f.Service != "Example Chat" {
		t.Errorf("date %v, organization %q, service %q", f.Date, f.Organization, f.Service)
	}
	for id, a := range old.Answers {
		b := f.Get(id)
		if b == nil {
			t.Errorf("%s: not carried", id)
			continue
		}
		if !reflect.DeepEqual(a.Value, b.Value) || a.Note != b.Note || a.Unknown != b.Unknown || a.Estimate != b.Estimate || len(a.Evidence) != len(b.Evidence) {
			t.Errorf("%s: carried as %+v, was %+v", id, b, a)
		}
		if !f.CarriedFrom(id) {
			t.Errorf("%s: not marked to be confirmed", id)
		}
	}
	if len(f.Actions) != len(old.Actions) {
		t.Errorf("%d actions carried, want %d", len(f.Actions), len(old.Actions))
	}
	c := answers.Compare(f, q)
	if len(c.Carried) != len(old.Answers) || len(c.Changed) != 0 || len(c.New) != 0 {
		t.Errorf("Compare = %+v, want every answer carried", c)
	}

	// Saved and read again: still carried, still from the earlier file.
	g, err := answers.Decode("b.yaml", answers.Encode(f, q), q)
	if err != nil {
		t.Fatal(err)
	}
	if g.From == nil || g.From.Path != "2026-q4.yaml" || g.From.SHA256 != sum || !g.From.Date.Equal(old.Date) {
		t.Errorf("From after a save = %+v", g.From)
	}
	if got := answers.Compare(g, q).Carried; len(got) != len(old.Answers) {
		t.Errorf("after a save %d carried, want %d", len(got), len(old.Answers))
	}
	if g.Get("hashes").Evidence[1].SHA256 != old.Get("hashes").Evidence[1].SHA256 {
		t.Error("evidence digest lost")
	}
	if g.Actions["ncmec"].DoneWhen != "Every confirmed case reported within 24 hours" {
		t.Error("action lost")
	}

	// Answering again confirms: the mark goes.
	qn := q.Question("ncmec")
	f.Put(qn, f.Get("ncmec"))
	if f.CarriedFrom("ncmec") {
		t.Error("a confirmed answer is still marked")
	}
	for _, id := range answers.Compare(f, q).Carried {
		if id == "ncmec" {
			t.Error("Compare still lists a confirmed answer")
		}
	}
}

// TestCarryForwardChanged: an answer carried to a question that changed
// since the earlier assessment is listed as changed, not merely carried;
// a question the earlier file never recorded is new.
func TestCarryForwardChanged(t *testing.T) {
	q := parseFile(t, "../../testdata/plan/q.yaml")
	old := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	old.Put(q.Question("ncmec"), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
	old.Put(q.Question("training"), &answers.Answer{Value: answers.Value{Set: true, Choice: "no"}})
	old.Questionnaire.Fingerprints["training"] = "an-older-wording"
	delete(old.Questionnaire.Fingerprints, "escalation")
	f, _ := answers.CarryForward(old, q, answers.Origin{Path: "old.yaml"}, old.Date)
	c := answers.Compare(f, q)
	if !reflect.DeepEqual(c.Carried, []string{"ncmec"}) || !reflect.DeepEqual(c.Changed, []string{"training"}) || !reflect.DeepEqual(c.New, []string{"escalation"}) {
		t.Errorf("Compare = %+v", c)
	}
}
