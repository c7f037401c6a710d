package tui

// Screens as a person sees them: the window refilled after a resize, long
// lists, typed answers left empty or not applicable, whole placeholders,
// the wording of an unscored section, the order of a plain multi answer.

import (
	"bytes"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestWindowRefills checks that a list scrolled to its end fills the
// window again when the window grows, rather than keeping its old first
// row and leaving blank lines under the last option.
func TestWindowRefills(t *testing.T) {
	heights := make([]int, 20)
	for i := range heights {
		heights[i] = 1
	}
	// Scrolled to the end in a window of 6 lines (from 15), now 10 tall:
	// a "more above" line and the last nine items.
	from, to, above, below := window(heights, 19, 15, 10)
	if from != 11 || to != 20 || !above || below {
		t.Fatalf("window = %d..%d above %v below %v, want 11..20 above true below false", from, to, above, below)
	}
	// A steady window is left as it is while there is nothing to fill.
	if from, to, _, _ := window(heights, 12, 10, 10); from != 10 || to != 18 {
		t.Fatalf("window = %d..%d, want 10..18", from, to)
	}
}

// TestLongListAfterGrowing drives it: at the end of a long list in a
// small window, growing the window shows more of the options above.
func TestLongListAfterGrowing(t *testing.T) {
	q := loadQ(t, "tui/long.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	for i := 0; i < 19; i++ {
		d.keys("down")
	}
	d.lacks("Option sixteen")
	d.send(tea.WindowSizeMsg{Width: 100, Height: 36})
	d.contains("› ○ Option twenty", "Option sixteen", "Option twelve")
}

// TestTypedNothingSavesNothing checks that enter on a typed question with
// only blanks typed skips it without writing an empty entry, and that
// deleting a saved value (with no note) removes the entry.
func TestTypedNothingSavesNothing(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter")          // uploads: yes
	d.keys("space", "enter") // regions: eu
	d.at("users")
	d.keys("space", "enter") // a blank: skipped
	d.at("hash-matching")
	if strings.Contains(st.last(), "users:") && st.decode(t, q).Get("users") != nil {
		t.Fatalf("a blank answer was saved:\n%s", st.last())
	}
	d.keys("shift+tab").typeText("12").keys("enter")
	if a := st.decode(t, q).Get("users"); a == nil || a.Value.Number != 12 {
		t.Fatalf("users saved as %+v", a)
	}
	d.keys("shift+tab", "ctrl+u", "enter") // the value deleted, no note
	d.at("hash-matching")
	if a := st.decode(t, q).Get("users"); a != nil {
		t.Fatalf("a deleted value left an entry: %+v\n%s", a, st.last())
	}
	// With a note, deleting the value keeps the note.
	d.keys("shift+tab").typeText("7").keys("tab").typeText("estimate").keys("enter")
	d.keys("shift+tab", "ctrl+u", "enter")
	if a := st.decode(t, q).Get("users"); a == nil || a.Answered() || a.Note != "estimate" {
		t.Fatalf("users saved as %+v, want only the note", a)
	}
}

// TestTypedNAOnePointer checks that on the "not applicable" row of a
// typed question one pointer shows what enter takes, also while the note
// is asked for the reason.
func TestTypedNAOnePointer(t *testing.T) {
	q := loadQ(t, "tui/long.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("enter") // the single choice
	d.at("staff")
	d.contains("› ", "○ Not applicable")
	if n := strings.Count(d.view(), "›"); n != 1 {
		t.Fatalf("%d pointers in the field:\n%s", n, d.view())
	}
	d.keys("down")
	d.contains("› ○ Not applicable")
	if n := strings.Count(d.view(), "›"); n != 1 {
		t.Fatalf("%d pointers on the not applicable row:\n%s", n, d.view())
	}
	d.keys("enter") // chosen at once, and the reason asked in the note
	d.contains("Say in the note why", "› ● Not applicable", "Why does it not apply?")
	if n := strings.Count(d.view(), "›"); n != 1 {
		t.Fatalf("%d pointers while the reason is asked:\n%s", n, d.view())
	}
}

// TestDatePlaceholderWhole checks that the date field shows its
// placeholder whole.
func TestDatePlaceholderWhole(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	f := answers.New(q, assessed)
	f.Organization = "X"
	f.Put(q.Question("uploads"), &answers.Answer{Value: answers.Value{Set: true, Choice: "no"}})
	f.Put(q.Question("regions"), &answers.Answer{Value: answers.Value{Set: true, Choices: []string{"eu"}}})
	f.Put(q.Question("users"), &answers.Answer{Value: answers.Value{Set: true, Number: 5}})
	f.Put(q.Question("reviewed-share"), &answers.Answer{Value: answers.Value{Set: true, Number: 5}})
	cfg := Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: (&store{}).save}
	d := drive(t, cfg).keys("enter")
	d.at("risk-date")
	d.contains("› YYYY-MM-DD")
}

// TestSwedishOrgPlaceholderWhole checks the start screen's placeholder in
// Swedish, which is longer than the English one, is not cut at 80
// columns.
func TestSwedishOrgPlaceholderWhole(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	cfg := config(q, &store{})
	cfg.Lang = "sv"
	d := drive(t, cfg)
	d.contains("organisationen som bedöms; namnet står i rapporten")
}

// naOnly is a questionnaire whose scored section can be answered wholly
// "not applicable".
const naOnly = `format: dutycheck/v1
id: na-only
version: 1.0.0
title: NA only
sections:
  - id: s
    title: Governance
    questions:
      - id: board
        type: yesno
        allow_na: true
        text: Is a board member accountable?
      - id: notes
        type: text
        weight: 0
        text: Anything else?
`

// TestUnscoredSectionWording checks that a section answered in full with
// nothing counted reads "not scored" in the overview and in plain mode's
// summary, as on the end screen, never "no score yet".
func TestUnscoredSectionWording(t *testing.T) {
	q, err := questionnaire.Parse("na.yaml", []byte(naOnly))
	if err != nil {
		t.Fatal(err)
	}
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("down", "down", "enter").typeText("No board").keys("enter")
	d.at("notes")
	d.typeText("none").keys("enter", "o")
	d.contains("Overview", "2 of 2  not scored")
	d.lacks("no score yet")

	var out bytes.Buffer
	cfg := Config{Questionnaire: q, Answers: st.decode(t, q), Path: "a.yaml", Save: st.save}
	if err := RunAccessible(cfg, strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Governance: not scored") {
		t.Fatalf("summary:\n%s", out.String())
	}
}

// TestAccessibleMultiOrder checks that plain mode saves multi choices
// once each and in option order, as the full-screen walk-through does, and
// names an exclusive option by its label, in the respondent's language.
func TestAccessibleMultiOrder(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	f := answers.New(q, assessed)
	f.Organization = "X"
	f.Put(q.Question("uploads"), &answers.Answer{Value: answers.Value{Set: true, Choice: "no"}})
	st := &store{}
	var out bytes.Buffer
	cfg := Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: st.save, Lang: "sv"}
	if err := RunAccessible(cfg, strings.NewReader("1,3\n2,1,2\n"), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "”Inget av dessa” kan inte väljas tillsammans med andra alternativ.") {
		t.Errorf("no Swedish reason naming the option:\n%s", out.String())
	}
	if got := st.decode(t, q).Get("regions").Value.Choices; strings.Join(got, ",") != "eu,us" {
		t.Errorf("regions saved as %v, want [eu us]", got)
	}
}
