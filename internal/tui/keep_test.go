package tui

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// handFile is an answers file of the sample questionnaire as a team keeps
// it by hand: comments, blank lines, flow style, quotes; users is not
// answered yet.
func handFile(q *questionnaire.Questionnaire) string {
	ref := answers.RefOf(q)
	var h strings.Builder
	fmt.Fprintf(&h, "questionnaire:\n  id: %s\n  version: %s\n  sha256: %s\n  fingerprints:\n", ref.ID, ref.Version, ref.SHA256)
	for _, qn := range q.Questions {
		fmt.Fprintf(&h, "    %s: %s\n", qn.ID, ref.Fingerprints[qn.ID])
	}
	return "# Reviewed by Legal 2026-11-30: OK to share with the board\n" +
		"format: dutycheck-answers/v1\n" + h.String() +
		"organization: 'Example AB'  # as registered\ndate: 2026-11-26\n\n" +
		"answers:\n" +
		"  # profile, from the CTO\n" +
		"  uploads: {value: yes}   # all surfaces\n" +
		"  regions:\n    value: [eu]\n\n" +
		"  # detection\n" +
		"  hash-matching: {value: all, note: \"PDQ\"}  # checked in Q3\n"
}

// changedLines is the lines only in a ("-…") and only in b ("+…"); the
// files here differ by lines added or replaced in place, so a walk over
// both in step finds them.
func changedLines(a, b string) []string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			i, j = i+1, j+1
		case j < len(y) && i < len(x) && slices.Contains(y[j:], x[i]):
			out = append(out, "+"+y[j])
			j++
		case i < len(x):
			out = append(out, "-"+x[i])
			i++
		default:
			out = append(out, "+"+y[j])
			j++
		}
	}
	return out
}

// TestWalkKeepsHandWrittenFile: the full-screen walk-through and plain mode,
// resuming a hand-written file, change only the lines of the answers given.
func TestWalkKeepsHandWrittenFile(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	src := handFile(q)
	start := func(st *store) Config {
		f, err := answers.Decode("a.yaml", []byte(src), q)
		if err != nil {
			t.Fatal(err)
		}
		return Config{Questionnaire: q, Answers: f, Path: "a.yaml", Read: []byte(src), Save: st.save}
	}
	users := []string{"+  users:", "+    value: 10"}
	t.Run("full screen", func(t *testing.T) {
		st := &store{}
		d := drive(t, start(st))
		d.keys("enter")
		d.at("users")
		d.typeText("10").keys("enter")
		if got := changedLines(src, st.last()); !slices.Equal(got, users) {
			t.Fatalf("changed %q, want %q; file:\n%s", got, users, st.last())
		}
		d.at("hash-matching")
		d.keys("up", "enter") // Some
		// The note was written for All: the screen asks, and enter
		// again keeps it.
		d.contains("The note was written for the answer “All”")
		d.keys("enter")
		// The entry was written with note_for and again without, so the
		// note's quotes went with the first rewrite; its text and the
		// line's comment stay.
		want := append(slices.Clone(users), `-  hash-matching: {value: all, note: "PDQ"}  # checked in Q3`, `+  hash-matching: {value: some, note: PDQ}  # checked in Q3`)
		if got := changedLines(src, st.last()); !slices.Equal(got, want) {
			t.Fatalf("changed %q, want %q; file:\n%s", got, want, st.last())
		}
	})
	t.Run("plain", func(t *testing.T) {
		st := &store{}
		if err := RunAccessible(start(st), strings.NewReader("10\n"), io.Discard); err != nil {
			t.Fatal(err)
		}
		if got := changedLines(src, st.last()); !slices.Equal(got, users) {
			t.Fatalf("changed %q, want %q; file:\n%s", got, users, st.last())
		}
	})
}
