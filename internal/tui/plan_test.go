package tui

import (
	"strings"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutycheck/dutycheck/internal/answers"
)

// finished is the sample questionnaire answered to its end with one
// must-have gap (hash-matching: some) and ordinary gaps.
func finished(t *testing.T, st *store) *driver {
	t.Helper()
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter")                        // uploads: yes
	d.keys("space", "enter")               // regions: eu
	d.keys("enter")                        // users: skipped
	d.keys("down", "enter")                // hash-matching: some, a must-have gap
	d.keys("space", "enter")               // classifier: images
	d.typeText("60").keys("enter")         // reviewed-share
	d.typeText("2026-06-01").keys("enter") // risk-date
	d.keys("down", "enter", "enter")       // escalation: no; comments: skipped
	if d.m.screen != endScreen {
		t.Fatalf("not at the end:\n%s", d.view())
	}
	return d
}

// TestPlanScreen sets owner, due date, status and "done when" on the
// must-have gap from the plan screen, is refused a bad date and an
// accepted risk without approval in place, and finds it all saved at once
// and shown on the end screen.
func TestPlanScreen(t *testing.T) {
	st := &store{}
	d := finished(t, st)
	q := d.m.sh.s.q
	d.keys("p")
	d.contains("Plan · ", "Must-have duties not met (1)", "Other gaps, by points lost", "› ★ Do you match uploads", "NO OWNER", "Owner", "Due", "Status", "Done when")
	// The must-have comes first and shows no points; the others do.
	v := d.view()
	if i, j := strings.Index(v, "★ Do you match"), strings.Index(v, "· −"); i < 0 || j >= 0 && j < i {
		t.Fatalf("must-have not first:\n%s", v)
	}
	d.keys("enter").typeText("Head of T&S").keys("tab").typeText("2027-02-30").keys("enter")
	d.contains(`"2027-02-30" is not a date`)
	if len(d.m.sh.s.f.Actions) != 0 {
		t.Fatal("a refused action was stored")
	}
	d.keys("ctrl+u").typeText("2027-03-31").keys("tab", "space")
	d.contains("‹ in progress ›")
	d.keys("tab").typeText("PDQ and video hashes on every upload surface").keys("enter")
	d.contains("Saved to assessment.yaml", "Head of T&S · due 2027-03-31 · in progress")
	a := st.decode(t, q).Actions["hash-matching"]
	if a == nil || a.Owner != "Head of T&S" || a.Due.Format("2006-01-02") != "2027-03-31" || a.Status != answers.ActionInProgress || a.DoneWhen != "PDQ and video hashes on every upload surface" {
		t.Fatalf("action saved as %+v", a)
	}

	// An ordinary gap accepted as a risk needs who approved it.
	d.keys("down", "enter", "tab", "tab", "left")
	d.contains("‹ risk accepted ›", "Approved by")
	d.keys("enter")
	d.contains("An accepted risk needs who accepted it")
	d.typeText("Board, minute 2026-11-12 §4").keys("enter")
	f := st.decode(t, q)
	var other string
	for id, a := range f.Actions {
		if id != "hash-matching" {
			other = id
			if a.Status != answers.ActionRiskAccepted || a.ApprovedBy != "Board, minute 2026-11-12 §4" {
				t.Fatalf("risk saved as %+v", a)
			}
		}
	}
	if other == "" {
		t.Fatal("the accepted risk was not saved")
	}

	d.keys("esc")
	if d.m.screen != endScreen {
		t.Fatal("esc on the plan should show the results")
	}
	d.contains("Head of T&S · due 2027-03-31 · in progress")
}

// TestReportInCmd checks that the PDF is written by a command, not inside
// Update: the screen shows the spinner line and stays responsive while it
// writes, the answers cannot change meanwhile, and quitting waits for it.
func TestReportInCmd(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	cfg := config(q, st)
	release := make(chan struct{})
	var mu sync.Mutex
	calls := 0
	cfg.WriteReport = func() (string, error) {
		<-release
		mu.Lock()
		calls++
		mu.Unlock()
		return "assessment.pdf", nil
	}
	d := drive(t, cfg).begin("X")
	d.keys("esc", "f")
	// Update returns at once with the writing left to a command.
	next, cmd := d.m.Update(keyMsg("r"))
	d.m = next.(Model)
	if cmd == nil {
		t.Fatal("no command to write the report")
	}
	view := ansi.Strip(d.m.View())
	if !strings.Contains(view, "Writing the PDF report…") {
		t.Fatalf("no progress line while writing:\n%s", view)
	}
	d.keys("o") // leaving would change what the report reads
	if d.m.screen != endScreen {
		t.Fatal("left the end screen while the report was being written")
	}
	d.keys("pgdown") // scrolling still works
	// ctrl+c waits for the report, then quits.
	d.keys("ctrl+c")
	if d.quit {
		t.Fatal("quit before the report was done")
	}
	close(release)
	msgs := collect(cmd)
	for _, m := range msgs {
		if _, ok := m.(reportDoneMsg); ok {
			d.send(m)
		}
	}
	if calls != 1 || !d.quit {
		t.Fatalf("report written %d times, quit %v", calls, d.quit)
	}
}

// collect runs a command and the batch under it, except the spinner's
// ticks, and returns the messages.
func collect(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, collect(c)...)
		}
		return out
	case nil:
		return nil
	default:
		return []tea.Msg{msg}
	}
}
