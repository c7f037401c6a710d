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

// TestNoteForPlainWords: plain mode, asking again a question whose note
// was written for an earlier answer, says so in its own keys (an empty
// line, note:), not the full screen's ("tab edits it", which plain mode
// has not); note: alone drops the note, note: TEXT replaces it, and
// either way the mark goes.
func TestNoteForPlainWords(t *testing.T) {
	for _, tc := range []struct {
		name, lines, note string
	}{
		{"keep", "\n\n", "Manual reports only"},
		{"drop", "\nnote:\n\n", ""},
		{"replace", "\nnote: Automated reports since March\n\n", "Automated reports since March"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := &store{}
			cfg := nextQuarterWithNote(t)
			cfg.Save = st.save
			// reworded was changed to Yes last sitting and its note left
			// as it was; kept is still to confirm, so the walk begins there.
			q := cfg.Questionnaire
			a := *cfg.Answers.Get("reworded")
			a.Value.Choice, a.NoteFor = "yes", "No"
			cfg.Answers.Put(q.Question("reworded"), &a)
			var out bytes.Buffer
			if err := RunAccessible(cfg, strings.NewReader(tc.lines), &out); err != nil {
				t.Fatal(err)
			}
			want := "The note was written for the answer “No”: an empty line keeps it; note: TEXT replaces it, and note: alone drops it."
			if !strings.Contains(out.String(), want) || strings.Contains(out.String(), "tab edits") {
				t.Errorf("plain mode does not say its own keys:\n%s", out.String())
			}
			got := st.decode(t, q).Get("reworded")
			if got.Value.Choice != "yes" || got.Note != tc.note || got.NoteFor != "" {
				t.Errorf("saved as %+v, want yes with note %q, unmarked", got, tc.note)
			}
		})
	}
}
