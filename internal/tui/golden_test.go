package tui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
)

// TestGolden runs the whole program at 80×24 with a fixed colour profile
// and compares the final screen of each scene with its golden file in
// testdata/TestGolden. Rewrite them with: go test ./internal/tui -update
func TestGolden(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	scenes := []struct {
		name  string
		until string // text on screen once the scene is set
		play  func(tm *teatest.TestModel)
	}{
		{"start", "enter start", func(tm *teatest.TestModel) {}},
		{"question", "PhotoDNA on all uploads", func(tm *teatest.TestModel) {
			tm.Type("Example AB")
			enter(tm)
			enter(tm) // uploads: yes
			tm.Send(keyMsg("space"))
			enter(tm) // regions: eu
			tm.Type("1200")
			enter(tm)
			tm.Send(keyMsg("down"))
			tm.Send(keyMsg("tab"))
			tm.Type("PhotoDNA on all uploads")
		}},
		{"typed-error", "is not a duration", func(tm *teatest.TestModel) {
			tm.Type("Example AB")
			enter(tm)
			enter(tm)
			tm.Send(keyMsg("down"))
			tm.Send(keyMsg("space"))
			enter(tm) // regions: us, so report-time applies
			enter(tm) // users: skip
			enter(tm) // hash-matching: none
			tm.Send(keyMsg("space"))
			enter(tm) // classifier: images
			tm.Type("2 fortnights")
			enter(tm)
		}},
		{"end", "Overall", func(tm *teatest.TestModel) {
			tm.Type("Example AB")
			enter(tm)
			enter(tm)
			tm.Send(keyMsg("esc"))
			tm.Type("f")
		}},
	}
	for _, sc := range scenes {
		t.Run(sc.name, func(t *testing.T) {
			cfg := config(q, &store{})
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

func enter(tm *teatest.TestModel) { tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) }
