package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// nextQuarterWithNote is a run --from of last quarter (reworded: "no",
// noted "Manual reports only") on the same questionnaire.
func nextQuarterWithNote(t *testing.T) Config {
	t.Helper()
	v1, data := lastQuarter(t)
	old, err := answers.Decode("q4.yaml", data, v1)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := answers.CarryForward(old, v1, answers.Origin{Path: "q4.yaml", Date: old.Date}, assessed)
	return Config{Questionnaire: v1, Answers: f, Path: "q1.yaml", Today: assessed}
}

// TestNoteForChangedAnswerFullScreen: a carried answer changed while its
// note was left as it was is not taken silently: the screen stays and
// says the note was written for "No"; leaving it there keeps it marked in
// the file; enter again keeps the note and clears the mark.
func TestNoteForChangedAnswerFullScreen(t *testing.T) {
	st := &store{}
	cfg := nextQuarterWithNote(t)
	cfg.Save = st.save
	d := drive(t, cfg)
	d.keys("enter", "enter") // start; kept confirmed
	d.at("reworded")
	d.keys("up", "enter") // Yes, the note left as it was
	d.at("reworded")
	d.contains("The note was written for the answer “No”: enter keeps it, tab edits it", "● Yes")
	d.lacks("● No")
	if a := st.decode(t, cfg.Questionnaire).Get("reworded"); a.NoteFor != "No" || a.Value.Choice != "yes" {
		t.Fatalf("saved as %+v, want yes with the note marked for No", a)
	}
	d.keys("enter")
	d.at("dropped")
	if a := st.decode(t, cfg.Questionnaire).Get("reworded"); a.NoteFor != "" || a.Note != "Manual reports only" {
		t.Fatalf("after enter again: %+v, want the note kept and unmarked", a)
	}
}

// TestNoteForChangedAnswerPlain: plain mode asks the same after a changed
// answer; "e" takes a new note, which is the answer's own.
func TestNoteForChangedAnswerPlain(t *testing.T) {
	for _, tc := range []struct {
		name, lines, note, noteFor string
	}{
		{"edit", "\n1\ne\nAutomated reports since March\n", "Automated reports since March", ""},
		{"drop", "\n1\nd\n", "", ""},
		{"keep", "\n1\n\n", "Manual reports only", ""},
		{"left open", "\n1\n", "Manual reports only", "No"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &store{}
			cfg := nextQuarterWithNote(t)
			cfg.Save = st.save
			var out bytes.Buffer
			if err := RunAccessible(cfg, strings.NewReader(tc.lines), &out); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), "The note was written for the answer “No”: keep, edit or drop it?") {
				t.Errorf("not asked:\n%s", out.String())
			}
			a := st.decode(t, cfg.Questionnaire).Get("reworded")
			if a.Value.Choice != "yes" || a.Note != tc.note || a.NoteFor != tc.noteFor {
				t.Errorf("saved as %+v, want note %q written for %q", a, tc.note, tc.noteFor)
			}
		})
	}
}
