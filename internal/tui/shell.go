package tui

import tea "github.com/charmbracelet/bubbletea"

// shell is what every screen shares: the session, the looks, the keys and
// the status line. Screens report what happened on the status line here
// and ask the root to move with messages they post here.
type shell struct {
	s  *session
	st styles
	km keyMap
	// status is the line above the help bar; statusKind how it looks.
	status     string
	statusKind statusKind
	// posted holds messages from a screen to the root. The root handles
	// them before the next key, in the same Update: had they travelled as
	// commands, which bubbletea runs in goroutines, keys typed ahead (a
	// paste, a fast typist) could reach the screen being left.
	posted []tea.Msg
}

type statusKind int

const (
	statusInfo statusKind = iota
	statusOK
	statusErr
)

func (sh *shell) say(kind statusKind, text string) {
	sh.status, sh.statusKind = text, kind
}

// saved reports the outcome of a save on the status line.
func (sh *shell) saved(err error) {
	if err != nil {
		sh.say(statusErr, sh.s.saveFailureShort(err))
		return
	}
	sh.say(statusOK, sh.s.w.T("saved", sh.s.shownPath()))
}

// screen names the screens the root routes between.
type screen int

const (
	startScreen screen = iota
	questionScreen
	overviewScreen
	endScreen
	planScreen
)

// gotoMsg asks the root to show question index, or the end screen when
// index is -1.
type gotoMsg struct{ index int }

// showMsg asks the root to show a screen other than a question.
type showMsg struct{ screen screen }

// goTo asks for question index, or the end screen when it is -1.
func (sh *shell) goTo(index int) tea.Cmd { return sh.post(gotoMsg{index}) }

// show asks for a screen.
func (sh *shell) show(s screen) tea.Cmd { return sh.post(showMsg{s}) }

// quit asks to save and quit.
func (sh *shell) quit() tea.Cmd { return sh.post(quitMsg{}) }

// post queues a message for the root; it returns no command, so a screen
// can write return q, q.sh.goTo(next).
func (sh *shell) post(msg tea.Msg) tea.Cmd {
	sh.posted = append(sh.posted, msg)
	return nil
}

// quitMsg asks the root to save what is unsaved and quit.
type quitMsg struct{}
