package tui

import (
	"errors"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
)

// TestEvidenceHashProgress drives the model as bubbletea would, one
// message at a time: a file added as evidence is hashed by a command, not
// on the screen's goroutine; the pane says it is hashing, then how far
// (percentage and bar) when hashing reports progress, keys wait, and the
// item is saved only when the hash is done. A refusal comes back the same
// way, with its reason.
func TestEvidenceHashProgress(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.at("hashing")
	d.keys("enter", "shift+tab", "tab", "tab") // yes, back, then note, then evidence
	release := make(chan error)
	d.m.sh.s.hashFile = func(file string, progress evidence.Progress) (answers.Evidence, error) {
		progress(3<<20, 8<<20)
		if err := <-release; err != nil {
			return answers.Evidence{}, err
		}
		return answers.Evidence{File: file, SHA256: "ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12"}, nil
	}
	step := func(msg tea.Msg) tea.Cmd {
		t.Helper()
		next, cmd := d.m.Update(msg)
		d.m = next.(Model)
		return cmd
	}
	d.keys("enter").typeText("exports/q3.csv")
	cmd := step(keyMsg("enter"))
	if cmd == nil {
		t.Fatal("no command hashes the file")
	}
	d.contains("Hashing exports/q3.csv…")
	if a := d.m.sh.s.f.Get("hashing"); a != nil && len(a.Evidence) > 0 {
		t.Fatal("evidence saved before its hash is known")
	}
	msg := cmd()
	if _, ok := msg.(hashProgressMsg); !ok {
		t.Fatalf("first message %T, want progress", msg)
	}
	cmd = step(msg)
	d.contains("Hashing exports/q3.csv… 38%", "███████░░░░░░░░░░░░░")
	step(keyMsg("esc")) // keys wait while hashing
	d.contains("Hashing exports/q3.csv… 38%")

	go func() { release <- nil }()
	msg = cmd()
	if _, ok := msg.(hashDoneMsg); !ok {
		t.Fatalf("last message %T, want done", msg)
	}
	step(msg)
	d.contains("Evidence added: exports/q3.csv", "exports/q3.csv · sha256 ab12ab12ab12")
	if a := d.m.sh.s.f.Get("hashing"); a == nil || len(a.Evidence) != 1 || a.Evidence[0].File != "exports/q3.csv" {
		t.Fatalf("not saved: %+v", a)
	}
	if d.view() == "" || strings.Contains(d.view(), "Hashing") {
		t.Errorf("still hashing:\n%s", d.view())
	}

	// a refusal: its reason, nothing saved
	d.keys("a").typeText("exports/big.bin")
	cmd = step(keyMsg("enter"))
	cmd = step(cmd())
	go func() { release <- errors.New("exports/big.bin: over 2 GiB, the limit for an evidence file") }()
	step(cmd())
	d.contains("over 2 GiB")
	if a := d.m.sh.s.f.Get("hashing"); len(a.Evidence) != 1 {
		t.Errorf("a refused file was saved: %+v", a.Evidence)
	}
}
