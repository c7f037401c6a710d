package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// lastQuarter is an assessment answered to changed-v1 (kept, reworded,
// dropped), with a note on reworded, as a file holds it.
func lastQuarter(t *testing.T) (*questionnaire.Questionnaire, []byte) {
	t.Helper()
	v1 := loadQ(t, "tui/changed-v1.yaml")
	old := answers.New(v1, assessed.AddDate(0, -3, 0))
	old.Organization = "Chatterly Ltd"
	for _, id := range []string{"kept", "reworded", "dropped"} {
		old.Put(v1.Question(id), &answers.Answer{Value: answers.Value{Set: true, Choice: "no"}})
	}
	old.Get("reworded").Note = "Manual reports only"
	return v1, answers.Encode(old, v1)
}

// walkBoth walks cfg twice, once full-screen with keys and once in plain
// mode with lines, each from its own copy of the answers file, and returns
// the two files as last saved.
func walkBoth(t *testing.T, mk func() Config, keys []string, lines []string) (screen, plainFile []byte) {
	t.Helper()
	st1 := &store{}
	cfg := mk()
	cfg.Save = st1.save
	d := drive(t, cfg)
	d.keys(keys...)
	st2 := &store{}
	cfg = mk()
	cfg.Save = st2.save
	var out bytes.Buffer
	if err := RunAccessible(cfg, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out); err != nil {
		t.Fatal(err)
	}
	return []byte(st1.last()), []byte(st2.last())
}

// TestNextQuarterSameFileInBothModes: a next-quarter run on a changed
// questionnaire (a reworded question, a renamed one, a new one) gives the
// same answers file, byte for byte, whether it was walked full-screen or
// in plain mode with the same keystrokes: confirming an answer records
// the new questionnaire version, digest and ids in both. The plain mode
// kept the old version, digest and id when an empty line "kept" a changed
// answer, so the next run asked again.
func TestNextQuarterSameFileInBothModes(t *testing.T) {
	v2 := loadQ(t, "tui/quarter-v2.yaml")
	_, data := lastQuarter(t)
	for _, tc := range []struct {
		name string
		mk   func() Config
		// keys are the full-screen keys; lines the plain lines that mean
		// the same: enter on the start screen and on each answer as
		// offered, and "1" (Yes) on the new question.
		keys, lines []string
	}{
		{"resumed", func() Config {
			f, err := answers.Decode("a.yaml", data, v2)
			if err != nil {
				t.Fatal(err)
			}
			return Config{Questionnaire: v2, Answers: f, Path: "a.yaml", Save: nil, Today: assessed}
		}, []string{"enter", "enter", "enter", "enter"}, []string{"", "", "", "1"}},
		{"from", func() Config {
			old, err := answers.Decode("q4.yaml", data, v2)
			if err != nil {
				t.Fatal(err)
			}
			f, _ := answers.CarryForward(old, v2, answers.Origin{Path: "q4.yaml", Date: old.Date}, assessed)
			return Config{Questionnaire: v2, Answers: f, Path: "q1.yaml", Save: nil, Today: assessed}
		}, []string{"enter", "enter", "enter", "enter"}, []string{"", "", "", "1"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			screen, plain := walkBoth(t, tc.mk, tc.keys, tc.lines)
			if len(screen) == 0 || !bytes.Equal(screen, plain) {
				t.Fatalf("the two modes saved different files:\nfull screen:\n%s\nplain:\n%s", screen, plain)
			}
			f, err := answers.Decode("saved.yaml", plain, v2)
			if err != nil {
				t.Fatal(err)
			}
			if f.Questionnaire.Version != "2.0.0" || f.Questionnaire.SHA256 != v2.SHA256 {
				t.Errorf("saved against %s %s, want 2.0.0 %s", f.Questionnaire.Version, f.Questionnaire.SHA256, v2.SHA256)
			}
			if f.Get("dropped") != nil || f.Get("will-go") == nil {
				t.Errorf("the renamed answer is not under its new id:\n%s", plain)
			}
			if a := f.Get("added"); a == nil || a.Value.Choice != "yes" {
				t.Errorf("the new question was not walked:\n%s", plain)
			}
			if c := answers.Compare(f, v2); c.Any() {
				t.Errorf("after confirming every answer, still to confirm: %+v\n%s", c, plain)
			}
		})
	}
}

// TestResultsSayWhatIsLeftToConfirm: after walking only the changed
// questions of a next-quarter run, the results say how many answers are
// still to confirm (the body said "100% answered" while the header said
// "1 to confirm"), c goes to it, and the overview's enter on its section
// lands on it rather than on the section's first question.
func TestResultsSayWhatIsLeftToConfirm(t *testing.T) {
	v2 := loadQ(t, "tui/quarter-v2.yaml")
	_, data := lastQuarter(t)
	old, err := answers.Decode("q4.yaml", data, v2)
	if err != nil {
		t.Fatal(err)
	}
	// reworded is the one carried answer left: kept, will-go and added are
	// confirmed or answered below.
	f, _ := answers.CarryForward(old, v2, answers.Origin{Path: "q4.yaml", Date: old.Date}, assessed)
	st := &store{}
	d := drive(t, Config{Questionnaire: v2, Answers: f, Path: "q1.yaml", Save: st.save, Today: assessed})
	d.keys("down", "enter") // walk all
	d.at("kept")
	d.keys("enter") // kept, confirmed
	d.at("reworded")
	d.keys("ctrl+n") // skipped: still to confirm
	d.at("will-go")
	d.keys("enter", "enter") // will-go confirmed, added: yes
	if d.m.screen != endScreen {
		t.Fatalf("not at the results:\n%s", d.view())
	}
	d.contains("1 question still to answer or confirm: c goes to it.", "c next to confirm")
	d.keys("c")
	d.at("reworded")
	d.keys("esc") // the overview
	d.keys("enter")
	d.at("reworded")
}

// TestChangedQuestionShowsWhat: with the version the answers were given
// to, a changed question shows what changed, old wording beside new, on
// the full screen and in plain mode; it said only "changed".
func TestChangedQuestionShowsWhat(t *testing.T) {
	v1, data := lastQuarter(t)
	v2 := loadQ(t, "tui/quarter-v2.yaml")
	mk := func() Config {
		f, err := answers.Decode("a.yaml", data, v2)
		if err != nil {
			t.Fatal(err)
		}
		return Config{Questionnaire: v2, Previous: v1, Answers: f, Path: "a.yaml", Save: (&store{}).save, Today: assessed}
	}
	want := "Changed since your answer: text: “Is this the old wording?” → “Is this the new wording?”"
	d := drive(t, mk())
	d.keys("enter")
	d.at("reworded")
	d.contains("Changed since your answer: text: “Is this the old wording?” → “Is this the new") // wrapped at 80
	var out bytes.Buffer
	if err := RunAccessible(mk(), strings.NewReader("\n"), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), want) {
		t.Errorf("plain mode does not say what changed:\n%s", out.String())
	}
}
