package tui

import (
	"os"
	"path/filepath"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestCarriedAnswers: a walk-through of an assessment started from an
// earlier one (run --from) says where it came from, starts at the first
// answer still to be confirmed, tags it "to confirm", and enter on the
// answer as offered confirms it: the mark goes from the saved file.
func TestCarriedAnswers(t *testing.T) {
	q := loadQ(t, "plan/q.yaml")
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	old, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := answers.CarryForward(old, q, answers.Origin{Path: "2026-q4.yaml", Date: old.Date}, assessed)
	st := &store{}
	cfg := Config{Questionnaire: q, Answers: f, Path: "2027-q1.yaml", Save: st.save}
	s := newSession(cfg)
	if n := s.changedCount(); n != 0 {
		t.Errorf("changedCount = %d: carried answers are not questionnaire changes", n)
	}
	if n := s.carriedCount(); n != len(old.Answers) {
		t.Errorf("carriedCount = %d, want %d", n, len(old.Answers))
	}
	if got := s.resumeAt(); got != 0 {
		t.Errorf("resumeAt = %d, want the first question", got)
	}

	d := drive(t, cfg)
	d.contains("Started from 2026-q4.yaml (2026-11-26): 11 answers carried over, each to be", "confirmed.")
	d.lacks("Walk only")
	d.keys("enter")
	d.at("us-provider")
	d.contains("to confirm")
	d.keys("enter") // the answer as offered
	d.at("eu-users")
	if saved := st.decode(t, q); saved.CarriedFrom("us-provider") || !saved.CarriedFrom("eu-users") {
		t.Errorf("after confirming us-provider: marks %v, %v", saved.CarriedFrom("us-provider"), saved.CarriedFrom("eu-users"))
	}
}

// TestCarriedNotDone: answers carried from an earlier assessment and not
// yet confirmed are not progress. The header read "11/11 100%" with a full
// bar before anything was confirmed, while each question was tagged "to
// confirm" (the judge's finding). The header, the overview and the words
// on leaving count what is confirmed and say how much is left to confirm.
func TestCarriedNotDone(t *testing.T) {
	q := loadQ(t, "plan/q.yaml")
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	old, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := answers.CarryForward(old, q, answers.Origin{Path: "2026-q4.yaml", Date: old.Date}, assessed)
	st := &store{}
	d := drive(t, Config{Questionnaire: q, Answers: f, Path: "2027-q1.yaml", Save: st.save})
	d.keys("enter")
	d.at("us-provider")
	d.contains("0/11  0% · 11 to confirm") // at 80 columns the bar gives way
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.contains("░░░░░░░░░░░░  0/11  0% · 11 to confirm")
	d.lacks("100%", "█")
	d.keys("enter") // confirmed as offered
	d.at("eu-users")
	d.contains("1/11  9% · 10 to confirm")
	d.keys("esc")
	d.contains("1 of 11 answered (9%) · 10 to confirm", "1 of 2", "0 of 9")
	// Each confirmed, the count is whole and nothing is left to confirm.
	d.keys("esc")
	for range 10 {
		d.keys("enter")
	}
	s := d.m.sh.s
	if s.confirmed() != 11 || s.toConfirm != 0 {
		t.Fatalf("after confirming every answer: %d confirmed, %d to confirm\n%s", s.confirmed(), s.toConfirm, d.view())
	}
	d.contains("████████████  11/11  100%")
	d.lacks("to confirm")
}

// TestCarriedFarewell: leaving with answers still to confirm says so.
func TestCarriedFarewell(t *testing.T) {
	q := loadQ(t, "plan/q.yaml")
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	old, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := answers.CarryForward(old, q, answers.Origin{Path: "2026-q4.yaml", Date: old.Date}, assessed)
	s := newSession(Config{Questionnaire: q, Answers: f, Path: "2027-q1.yaml", Save: (&store{}).save})
	if got, want := s.farewell(), "0 of 11 questions answered; saved in 2027-q1.yaml. 11 answers still to confirm."; got != want {
		t.Errorf("farewell %q, want %q", got, want)
	}
}
