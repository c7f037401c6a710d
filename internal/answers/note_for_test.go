package answers_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestKeepNoteFor: a note kept as it was while the answer changed is
// marked with the answer it was written for, the earliest one when the
// answer changed twice; an edited note, or the same answer and note again
// (kept after the warning), clears the mark.
func TestKeepNoteFor(t *testing.T) {
	v := func(c string) answers.Value { return answers.Value{Set: true, Choice: c} }
	for _, tc := range []struct {
		name     string
		old, new answers.Answer
		want     string
	}{
		{"value changed, note kept", answers.Answer{Value: v("no"), Note: "n"}, answers.Answer{Value: v("yes"), Note: "n"}, "No"},
		{"changed twice", answers.Answer{Value: v("some"), Note: "n", NoteFor: "None"}, answers.Answer{Value: v("all"), Note: "n"}, "None"},
		{"note edited", answers.Answer{Value: v("no"), Note: "n"}, answers.Answer{Value: v("yes"), Note: "m"}, ""},
		{"kept after the warning", answers.Answer{Value: v("yes"), Note: "n", NoteFor: "No"}, answers.Answer{Value: v("yes"), Note: "n"}, ""},
		{"no note", answers.Answer{Value: v("no")}, answers.Answer{Value: v("yes")}, ""},
		{"now not applicable", answers.Answer{Value: v("no"), Note: "n"}, answers.Answer{NA: true, Note: "n"}, "No"},
		{"evidence only", answers.Answer{Value: v("no"), Evidence: []answers.Evidence{{URL: "https://x"}}}, answers.Answer{Value: v("yes"), Evidence: []answers.Evidence{{URL: "https://x"}}}, "No"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.new
			answers.KeepNoteFor(&tc.old, &a, "No")
			if a.NoteFor != tc.want {
				t.Errorf("NoteFor = %q, want %q", a.NoteFor, tc.want)
			}
		})
	}
}
