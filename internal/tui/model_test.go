package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// TestWalkEveryType answers each of the seven types with the keys a person
// would press and checks the file saved after every answer.
func TestWalkEveryType(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st))
	d.contains("Sample safety check", "Organization", "a new file")

	d.begin("Example AB")
	if got := st.decode(t, q).Organization; got != "Example AB" {
		t.Fatalf("organization saved as %q", got)
	}
	d.at("uploads")
	d.contains("1  Service profile", "question 1 of 7", "› ○ Yes")
	d.keys("enter") // yesno: yes, the first option

	d.at("regions")
	d.keys("space", "down", "space", "enter") // multi: eu, us
	d.at("users")
	d.typeText("1200").keys("enter") // number

	d.at("hash-matching") // the detection section applies now
	d.contains("★ must-have", "Sources: 18 U.S.C. § 2258A", "Note · evidence: Name the hash lists.")
	d.keys("down", "tab").typeText("PDQ on profile images").keys("enter") // single with a note

	d.at("classifier")
	d.keys("down", "down", "down", "enter") // the not applicable row asks for the reason
	d.at("classifier")
	d.contains("Say in the note why it does not apply")
	d.typeText("No video").keys("enter")

	d.at("report-time")
	d.typeText("2 fortnights").keys("enter") // refused in place, with the reason
	d.at("report-time")
	d.contains(`"2 fortnights" is not a duration: write a number and a unit`)
	d.keys("ctrl+u").typeText("90m").keys("enter")

	d.at("reviewed-share")
	d.contains("a number from 0 to 100", "%")
	d.typeText("70").keys("enter")
	d.at("risk-date")
	d.typeText("2025-11-26").keys("enter") // date
	d.at("escalation")
	d.keys("down", "enter")
	d.at("comments")
	d.typeText("First line").keys("ctrl+j").typeText("second? yes").keys("enter") // text, with ? typed

	if d.m.screen != endScreen {
		t.Fatalf("want the end screen after the last question:\n%s", d.view())
	}
	d.contains("Overall", "Detection", "Must-have duties not met", "r write PDF")

	f := st.decode(t, q)
	want := map[string]string{
		"uploads": "yes", "regions": "eu, us", "users": "1200", "hash-matching": "some",
		"report-time": "90m", "reviewed-share": "70", "risk-date": "2025-11-26",
		"escalation": "no", "comments": "First line\nsecond? yes",
	}
	for id, v := range want {
		if got := f.Get(id).Value.Format(q.Question(id).Type); got != v {
			t.Errorf("%s saved as %q, want %q", id, got, v)
		}
	}
	if a := f.Get("hash-matching"); a.Note != "PDQ on profile images" {
		t.Errorf("note saved as %q", a.Note)
	}
	if a := f.Get("classifier"); !a.NA || a.Note != "No video" {
		t.Errorf("classifier saved as %+v, want not applicable with the reason", a)
	}
	if len(st.saves) != 11 { // the organization, then ten answers
		t.Errorf("%d saves, want one per confirmed answer (11)", len(st.saves))
	}
}

// TestMultiChoices covers the exclusive option and the double enter that
// answers "none of them".
func TestMultiChoices(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter") // uploads: yes
	d.at("regions")
	d.keys("space", "down", "down", "space") // eu, then "none of these" clears it
	d.contains("[ ] EU", "[x] None of these")
	d.keys("up", "space") // us clears "none"
	d.contains("[x] United States", "[ ] None of these")
	d.keys("space") // and off again: nothing chosen
	d.keys("enter")
	d.at("regions")
	d.contains("Nothing chosen")
	d.keys("enter")
	d.at("users")
	if a := st.decode(t, q).Get("regions"); !a.Value.Set || len(a.Value.Choices) != 0 {
		t.Fatalf("want an empty multi answer, got %+v", a)
	}
}

// TestCursorStartsOnAnswer checks that a question shows the current answer
// with the cursor on it, and back (shift+tab) keeps answers.
func TestCursorStartsOnAnswer(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("down", "enter") // uploads: no
	d.at("regions")
	d.keys("shift+tab")
	d.at("uploads")
	d.contains("› ● No", "  ○ Yes")
	d.keys("shift+tab")
	if d.m.screen != startScreen {
		t.Fatalf("shift+tab on the first question should show the start screen")
	}
}

// TestConditionsSkip checks that questions stop applying when an earlier
// answer changes, are skipped, and keep their answers in the file.
func TestConditionsSkip(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter")                 // uploads: yes
	d.keys("space", "enter")        // regions: eu
	d.typeText("5").keys("enter")   // users
	d.keys("down", "down", "enter") // hash-matching: all
	d.at("classifier")
	for i := 0; i < 4; i++ {
		d.keys("shift+tab")
	}
	d.at("uploads")
	d.keys("down", "enter") // no: the detection section stops applying
	d.keys("enter")         // regions, unchanged
	d.keys("enter")         // users, unchanged
	d.at("reviewed-share")  // report-time needs us, detection needs uploads
	f := st.decode(t, q)
	if f.Get("hash-matching").Value.Choice != "all" {
		t.Fatal("the answer to a question that stopped applying was dropped")
	}
	d.contains("question 4 of 7")
}

// TestOverview checks the overview's sections and its jump.
func TestOverview(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("enter") // uploads: yes
	d.keys("esc")
	d.contains("Overview", "1  Service profile", "2  Detection", "3  Response times", "1 of 9 answered")
	d.keys("down", "enter")
	d.at("hash-matching")
	d.keys("esc", "esc")
	d.at("hash-matching") // esc on the overview goes back
	d.keys("esc", "f")
	if d.m.screen != endScreen {
		t.Fatal("f on the overview should show the results")
	}
	d.keys("o")
	d.contains("Overview")
	d.keys("up", "up") // to the first section
	d.keys("down", "down", "enter")
	d.at("reviewed-share") // report-time does not apply without us
}

// TestSectionNotApplying checks that a section whose condition fails says
// so instead of jumping.
func TestSectionNotApplying(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("esc", "down")
	d.contains("does not apply")
	d.keys("enter")
	d.contains("This section does not apply")
	if d.m.screen != overviewScreen {
		t.Fatal("enter on a section that does not apply should stay")
	}
}

// TestHelpPane checks ? on a choice, f1 where ? is text, and closing.
func TestHelpPane(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("enter")          // uploads: yes
	d.keys("enter", "enter") // regions: "none of them" takes a second enter
	d.keys("enter")          // users: enter on an empty field skips
	d.at("hash-matching")
	d.keys("?")
	d.contains("Help · question", "PhotoDNA or PDQ count.", "https://www.law.cornell.edu/uscode/text/18/2258A")
	d.keys("pgdown")
	d.contains("ctrl+x     clear answer")
	d.keys("esc")
	d.at("hash-matching")
	d.lacks("PhotoDNA")
	d.keys("tab").typeText("why?")
	d.lacks("Help · question")
	d.contains("│ why?")
	d.keys("f1")
	d.contains("Help · question")
}

// TestSkipAndClear checks ctrl+n and ctrl+x.
func TestSkipAndClear(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("ctrl+n")
	d.at("regions")
	if st.decode(t, q).Get("uploads") != nil {
		t.Fatal("skip saved an answer")
	}
	d.keys("shift+tab", "enter", "shift+tab")
	d.at("uploads")
	d.keys("ctrl+x")
	d.contains("Answer cleared", "○ Yes")
	if st.decode(t, q).Get("uploads").Answered() {
		t.Fatal("clear left the answer in the file")
	}
}

// TestInvalidNumber checks typed answers refused in place.
func TestInvalidNumber(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("enter", "space", "enter")
	d.at("users")
	d.contains("users", "a number, at least 0")
	for in, reason := range map[string]string{
		"abc":   `"abc" is not a number`,
		"-5":    "-5 is below the minimum 0",
		"1,2,3": `"1,2,3" is not a number`,
	} {
		d.keys("ctrl+u").typeText(in).keys("enter")
		d.at("users")
		d.contains(reason)
	}
	d.keys("backspace") // typing clears the reason
	d.lacks("is not a number")
}

// TestQuitKeepsTyping checks that ctrl+c saves a typed note and value but
// never a single choice the cursor only moved to.
func TestQuitKeepsTyping(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("down", "tab").typeText("context")
	d.keys("ctrl+c")
	if !d.quit {
		t.Fatal("ctrl+c did not quit")
	}
	a := st.decode(t, q).Get("uploads")
	if a == nil || a.Note != "context" || a.Value.Set {
		t.Fatalf("want the note kept and no answer, got %+v", a)
	}
	if d.view() != "" {
		t.Fatal("the screen should be cleared on quit")
	}

	st = &store{}
	d = drive(t, config(q, st)).begin("X")
	d.keys("enter", "space", "enter")
	d.typeText("42").keys("ctrl+c")
	if v := st.decode(t, q).Get("users").Value; v.Number != 42 {
		t.Fatalf("typed number not kept on quit: %+v", v)
	}
}

// TestQuitOnNewFileWritesNothing checks that starting and quitting at once
// leaves no file behind.
func TestQuitOnNewFileWritesNothing(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st))
	d.keys("ctrl+c")
	if len(st.saves) != 0 {
		t.Fatal("quitting an untouched new assessment wrote a file")
	}
}

// TestOrganizationRequired checks the start screen refuses an empty name.
func TestOrganizationRequired(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{}))
	d.keys("enter")
	d.contains("Type the organization's name first")
	if d.m.screen != startScreen {
		t.Fatal("started without an organization")
	}
}

// TestSaveFailure checks that a failed save is shown and the walk stays.
func TestSaveFailure(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	st.fail = errors.New("disk full")
	d.keys("enter")
	d.at("uploads")
	d.contains("NOT SAVED: disk full")
	st.fail = nil
	d.keys("ctrl+c")
	if !st.decode(t, q).Get("uploads").Answered() {
		t.Fatal("quitting did not retry the failed save")
	}
}

// TestReportHook checks the end screen's PDF key with and without a
// report writer.
func TestReportHook(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	cfg := config(q, &store{})
	d := drive(t, cfg).begin("X")
	d.keys("esc", "f", "r")
	d.contains("PDF report not available in this build")

	cfg = config(q, &store{})
	calls := 0
	cfg.WriteReport = func() (string, error) { calls++; return "assessment.pdf", nil }
	d = drive(t, cfg).begin("X")
	d.keys("esc", "f", "r")
	d.contains("PDF report written to assessment.pdf")
	if calls != 1 {
		t.Fatalf("report written %d times", calls)
	}
	d.keys("q")
	if !d.quit {
		t.Fatal("q on the end screen should quit")
	}
}

// TestSwedish checks --lang sv: Swedish screen words and the
// questionnaire's Swedish texts.
func TestSwedish(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	cfg := config(q, &store{})
	cfg.Lang = "sv"
	d := drive(t, cfg)
	d.contains("Exempel på säkerhetskontroll", "Organisation", "börja")
	d.begin("Exempel AB")
	d.contains("Tjänstens profil", "fråga 1 av 7", "Kan användare ladda upp bilder eller video?", "bekräfta", "e uppskattning")
	d.keys("enter", "space", "enter")
	d.typeText("abc").keys("enter")
	d.contains("”abc” är inget tal", "användare")
	d.keys("ctrl+u").typeText("3").keys("enter")
	d.contains("★ obligatoriskt", "Kommentar · underlag: Ange hashlistorna.")
}

// TestInertText checks that escape sequences in a questionnaire are shown
// as visible text, never sent to the terminal.
func TestInertText(t *testing.T) {
	q := loadQ(t, "tui/long.yaml")
	st := &store{}
	d := drive(t, config(q, st))
	raw := d.m.View()
	if strings.ContainsAny(raw, "\x1b\a") {
		t.Fatalf("start screen sends control characters: %q", raw)
	}
	d.contains(`\x1b[31mred\x1b[0m`)
	d.begin("X")
	raw = d.m.View()
	if strings.Contains(raw, "\x1b]0;") || strings.Contains(raw, "\a") {
		t.Fatalf("question screen sends control characters: %q", raw)
	}
	d.contains(`\x1b]0;pwned\x07`)
}

// TestLayoutFits checks every screen fills the window exactly, in lines no
// wider than it, at the smallest supported size, the usual one, and after
// resizes, with long texts and a long option list.
func TestLayoutFits(t *testing.T) {
	q := loadQ(t, "tui/long.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.at("long-single")
	for _, size := range [][2]int{{80, 24}, {100, 30}, {40, 12}, {60, 16}, {132, 50}, {80, 24}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		for _, screen := range []func(){
			func() {},
			func() { d.keys("esc") },
			func() { d.keys("f") },
			func() { d.keys("o", "enter", "?") },
		} {
			screen()
			lines := strings.Split(d.view(), "\n")
			if len(lines) != size[1] {
				t.Fatalf("%dx%d: %d lines:\n%s", size[0], size[1], len(lines), d.view())
			}
			for _, l := range lines {
				if w := ansi.StringWidth(l); w > size[0] {
					t.Fatalf("%dx%d: line of %d cells: %q", size[0], size[1], w, l)
				}
			}
		}
		d.keys("esc")
		d.at("long-single")
	}
}

// TestLongListScrolls checks that the cursor stays in sight in a list
// longer than the window, with "more" markers.
func TestLongListScrolls(t *testing.T) {
	q := loadQ(t, "tui/long.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.contains("Option one", "↓", "more", "★ must-have")
	d.lacks("Option twenty")
	for i := 0; i < 19; i++ {
		d.keys("down")
	}
	d.contains(`› ○ Option twenty \x1b[2J`, "↑")
	d.lacks("Option one ")
	for i := 0; i < 5; i++ {
		d.keys("up")
	}
	d.contains("› ○ Option fifteen", "Option twenty") // the window holds still
	d.keys("enter")
	d.at("staff")
	d.keys("down") // to the not applicable row of a typed question
	d.contains("› ○ Not applicable")
	d.keys("up").typeText("4")
	d.contains("› 4", "people")
}

// TestTinyWindow checks that a window below the minimum asks to grow.
func TestTinyWindow(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{}))
	d.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	d.contains("Make the window")
}

// TestLeavingKeepsTyping checks that going back or to the overview keeps
// a typed note, and that digits move to an option.
func TestLeavingKeepsTyping(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("2")
	d.contains("› ○ No")
	d.keys("enter")
	d.at("regions")
	d.keys("tab").typeText("EU only for now").keys("shift+tab")
	d.at("uploads")
	if a := st.decode(t, q).Get("regions"); a == nil || a.Note != "EU only for now" || a.Answered() {
		t.Fatalf("note not kept when going back: %+v", a)
	}
	d.keys("enter")
	d.contains("│ EU only for now")
}

// TestEndExplainsCap checks the end screen says why a rating was capped.
func TestEndExplainsCap(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("enter")                           // uploads: yes
	d.keys("space", "enter")                  // regions: eu
	d.keys("enter")                           // users: skipped
	d.keys("down", "enter")                   // hash-matching: some, a critical gap
	d.keys("space", "down", "space", "enter") // classifier: images, video
	d.typeText("95").keys("enter")            // reviewed-share
	d.typeText("2026-06-01").keys("enter")    // risk-date
	d.keys("enter", "enter")                  // escalation: yes; comments: skipped
	d.contains("Overall 83.3 / 100 · Fair", "Must-have duties not met (1)", "The rating is capped at Fair because 1 must-have duty is not met", "★ Do you match uploads against hash lists?", "NO OWNER", "The rating is provisional: only 78% of the questions")
}

// TestKeyNamesTranslated checks that the help bar names keys in the
// respondent's language.
func TestKeyNamesTranslated(t *testing.T) {
	for lang, want := range map[string]string{"en": "space", "sv": "mellanslag"} {
		if got := newKeyMap(l10n.For(lang)).Toggle.Help().Key; got != want {
			t.Errorf("%s: space is shown as %q, want %q", lang, got, want)
		}
	}
}
