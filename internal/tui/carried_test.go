package tui

import (
	"os"
	"path/filepath"
	"testing"

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
