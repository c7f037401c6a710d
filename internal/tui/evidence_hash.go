package tui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
)

// Hashing an evidence file runs off the screen's goroutine, as a tea.Cmd,
// so that a case export of hundreds of megabytes neither freezes the
// screen nor leaves the respondent wondering: past a second the pane says
// how far hashing has got (evidence.Progress), as plain mode does. Keys
// other than quit wait until it is done; nothing is saved until it is.

// hashing is a file being hashed: its name as typed and how far hashing
// has got (total 0 until the first report, past a second).
type hashing struct {
	typed       string
	done, total int64
}

// hashProgressMsg reports how far hashing has got; next waits for what
// the hashing says next.
type hashProgressMsg struct {
	id          string
	done, total int64
	next        <-chan tea.Msg
}

// hashDoneMsg is the hashed file's evidence item, or why it was refused.
type hashDoneMsg struct {
	id, typed string
	e         answers.Evidence
	err       error
}

// startHash hashes the file typed for question q in the background and
// returns the command that waits for its first word.
func (q *question) startHash(typed string) tea.Cmd {
	hash, id := q.sh.s.hashFile, q.qn.ID
	ch := make(chan tea.Msg, 1)
	q.evidence.hashing = &hashing{typed: typed}
	go func() {
		e, err := hash(typed, func(done, total int64) {
			select { // a report the screen has not read yet is replaced by the next, never waited for
			case ch <- hashProgressMsg{id: id, done: done, total: total, next: ch}:
			default:
			}
		})
		ch <- hashDoneMsg{id: id, typed: typed, e: e, err: err}
	}()
	return waitHash(ch)
}

func waitHash(ch <-chan tea.Msg) tea.Cmd { return func() tea.Msg { return <-ch } }

// hashMsg handles what the hashing says; ok is false for other messages.
func (q question) hashMsg(msg tea.Msg) (question, tea.Cmd, bool) {
	p := &q.evidence
	switch msg := msg.(type) {
	case hashProgressMsg:
		if p.hashing != nil && msg.id == q.qn.ID {
			p.hashing.done, p.hashing.total = msg.done, msg.total
		}
		return q, waitHash(msg.next), true
	case hashDoneMsg:
		if p.hashing == nil || msg.id != q.qn.ID {
			return q, nil, true // the screen moved on (it cannot while hashing): nothing to add to
		}
		p.hashing = nil
		if msg.err != nil {
			p.err = evidenceReason(q.sh.s.w, msg.typed, msg.err, false)
			return q, nil, true
		}
		q.storeEvidence(msg.e)
		return q, nil, true
	}
	return q, nil, false
}

// hashLine is the pane's line while a file is hashed: "Hashing
// exports/q3.csv… 42% ████████░░░░░░░░░░░░", the percentage and bar once
// hashing has taken a second.
func (p *evidencePane) hashLine() string {
	st, w, h := p.sh.st, p.sh.s.w, p.hashing
	if h.total <= 0 {
		return "  " + st.accent.Render(clip(w.T("evidence.hashing", inert.Line(h.typed)), p.width-2))
	}
	share := min(1, float64(h.done)/float64(h.total))
	const barW = 20
	full := int(share * barW)
	bar := strings.Repeat("█", full) + strings.Repeat("░", barW-full)
	text := w.T("evidence.hashing.pct", inert.Line(h.typed), w.Percent(share))
	return "  " + st.accent.Render(clip(text, max(10, p.width-2-barW-1))) + " " + st.dim.Render(bar)
}
