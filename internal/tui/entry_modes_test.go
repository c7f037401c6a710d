package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestModesSaveAlike gives the same answers in the full screen (keys sent
// to the model's Update) and in plain mode (lines on its reader), and
// checks that both save the same answers file: each mode reads its own
// keys or words, and answers.File.Enter alone makes the answer.
func TestModesSaveAlike(t *testing.T) {
	tests := []struct {
		name string
		file string
		// screen are the full screen's keys after the start screen; an
		// item that begins with = is typed.
		screen []string
		// lines are plain mode's lines after the organization's name.
		lines []string
		id    string
	}{
		{"unknown row", "questionnaires/valid/v11-fields.yaml",
			[]string{"down", "down", "enter"}, []string{"dk"}, "hashing"},
		{"unknown with a note", "questionnaires/valid/v11-fields.yaml",
			[]string{"down", "down", "tab", "=not measured before Q1", "enter"},
			[]string{"dk: not measured before Q1"}, "hashing"},
		{"yes", "questionnaires/valid/v11-fields.yaml",
			[]string{"enter"}, []string{"y"}, "hashing"},
		{"the question's own unknown option", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "4", "enter"}, []string{"", "dk"}, "coverage"},
		{"no estimate on a don't-know option", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "4", "e", "enter"}, []string{"", "4 ~"}, "coverage"},
		{"an estimated choice", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "2", "e", "enter"}, []string{"", "2 ~"}, "coverage"},
		{"multi", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "ctrl+n", "3", "space", "2", "space", "enter"}, []string{"", "", "3,2"}, "channels"},
		{"exclusive alone", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "ctrl+n", "ctrl+n", "3", "space", "enter"}, []string{"", "", "", "none"}, "tools"},
		{"estimate", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n", "=1,200", "ctrl+e", "enter"},
			[]string{"", "", "", "", "1,200 ~"}, "users"},
		{"out of range", "questionnaires/valid/sample.yaml",
			[]string{"enter", "ctrl+n", "=-3", "enter"}, []string{"y", "", "-3"}, "users"},
		{"duration", "questionnaires/valid/v11-fields.yaml",
			[]string{"ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n", "ctrl+n", "=1,5 min", "enter"},
			[]string{"", "", "", "", "", "1,5 min"}, "first-response"},
		{"not applicable with its reason", "questionnaires/valid/sample.yaml",
			[]string{"enter", "ctrl+n", "ctrl+n", "ctrl+n", "down", "down", "down", "enter", "=no video", "enter"},
			[]string{"y", "", "", "", "na: no video"}, "classifier"},
		{"not applicable without a reason", "questionnaires/valid/sample.yaml",
			[]string{"enter", "ctrl+n", "ctrl+n", "ctrl+n", "down", "down", "down", "enter", "enter"},
			[]string{"y", "", "", "", "na"}, "classifier"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := loadQ(t, tt.file)

			screen := &store{}
			d := drive(t, config(q, screen)).begin("X")
			for _, k := range tt.screen {
				if text, ok := strings.CutPrefix(k, "="); ok {
					d.typeText(text)
				} else {
					d.keys(k)
				}
			}

			plain := &store{}
			in := strings.Join(append([]string{"X"}, tt.lines...), "\n") + "\n"
			var out bytes.Buffer
			if err := RunAccessible(config(q, plain), strings.NewReader(in), &out); err != nil {
				t.Fatal(err)
			}

			if screen.last() != plain.last() {
				t.Errorf("the full screen saved\n%s\nplain mode saved\n%s\nplain mode said\n%s", screen.last(), plain.last(), out.String())
			}
			if !strings.Contains(plain.last(), tt.id+":") {
				// The out of range case saves no answer: say so here,
				// so that a case that reached no question fails.
				if tt.name != "out of range" {
					t.Errorf("no answer to %s saved:\n%s", tt.id, plain.last())
				}
			}
		})
	}
}

// TestEveryEntryRefusalWorded: an entry the question does not allow is
// refused in words of its language, as plain mode says it, one kind
// apart from the other.
func TestEveryEntryRefusalWorded(t *testing.T) {
	want := map[string]map[answers.EntryKind]string{
		"en": {answers.EntryNA: "This question cannot be answered “not applicable”.", answers.EntryUnknown: "This question cannot be answered “don't know”."},
		"sv": {answers.EntryNA: "Frågan kan inte besvaras med ”ej tillämpligt”.", answers.EntryUnknown: "Frågan kan inte besvaras med ”vet inte”."},
	}
	for lang, words := range want {
		w := newWordsFor(lang)
		for _, k := range answers.EntryKinds {
			if got := refusal(w, nil, &answers.EntryError{Kind: k}); got != words[k] {
				t.Errorf("%s %s: %q, want %q", lang, k, got, words[k])
			}
		}
	}
}
