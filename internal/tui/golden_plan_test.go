package tui

import (
	"bytes"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/teatest"
	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestGolden11 runs the whole program at 80×24 on the screens of 1.1: a
// question answered with an estimate, with evidence and its "don't know"
// row; and the plan screen editing a must-have's action. Rewrite with:
// go test ./internal/tui -update
func TestGolden11(t *testing.T) {
	scenes := []struct {
		name, q string
		until   string
		play    func(tm *teatest.TestModel)
	}{
		{"estimate-evidence", "questionnaires/valid/v11-fields.yaml", "Evidence added: https://wiki.example.com/runbook", func(tm *teatest.TestModel) {
			tm.Type("Example AB")
			enter(tm)
			tm.Send(keyMsg("down"))
			tm.Send(keyMsg("e"))
			tm.Send(keyMsg("tab"))
			tm.Type("Measured by the trust-and-safety team")
			tm.Send(keyMsg("tab"))
			tm.Send(keyMsg("a"))
			tm.Type("https://wiki.example.com/runbook")
			enter(tm)
		}},
		{"plan", "questionnaires/valid/sample.yaml", "Saved to assessment.yaml", func(tm *teatest.TestModel) {
			tm.Type("Example AB")
			enter(tm)
			enter(tm) // uploads: yes
			tm.Send(keyMsg("space"))
			enter(tm) // regions: eu
			enter(tm) // users: skipped
			tm.Send(keyMsg("down"))
			enter(tm) // hash-matching: some
			tm.Send(keyMsg("esc"))
			tm.Type("f")
			tm.Type("p")
			enter(tm)
			tm.Type("Head of Trust & Safety")
			tm.Send(keyMsg("tab"))
			tm.Type("2027-03-31")
			tm.Send(keyMsg("tab"))
			tm.Send(keyMsg("space"))
			enter(tm)
		}},
	}
	for _, sc := range scenes {
		t.Run(sc.name, func(t *testing.T) {
			q := loadQ(t, sc.q)
			cfg := config(q, &store{})
			cfg.AddEvidence = func(string) (answers.Evidence, error) {
				t.Fatal("no file is added here")
				return answers.Evidence{}, nil
			}
			cfg.Today = assessed
			tm := teatest.NewTestModel(t, New(cfg), teatest.WithInitialTermSize(80, 24))
			sc.play(tm)
			teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
				return bytes.Contains(b, []byte(sc.until))
			}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
			teatest.RequireEqualOutput(t, []byte(final.View()))
		})
	}
}
