package tui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/inert"
)

// Model is the full-screen walk-through: a root that holds one sub-model
// per screen, handles the keys that work everywhere (ctrl+c), hands window
// sizes to every screen and other messages to the screen in front, and
// moves between screens when a screen asks with a message.
type Model struct {
	sh     *shell
	help   help.Model
	screen screen

	start    start
	question question
	overview overview
	end      end
	plan     planView

	width, height int
	quitting      bool
	// quitAfterReport is set when quitting was asked while the PDF was
	// being written: the answers are saved, and the program quits when
	// the report is done (a second ctrl+c quits at once).
	quitAfterReport bool
	// crash is a bug caught in Update: the answers are saved, the terminal
	// restored, and the command line says what happened in one line.
	crash error
}

// New builds the walk-through for cfg at 80×24 until the terminal tells
// its size.
func New(cfg Config) Model {
	s := newSession(cfg)
	st := newStyles(cfg.Color)
	sh := &shell{s: s, st: st, km: newKeyMap(s.w)}
	m := Model{
		sh: sh, help: st.helpModel(),
		start: newStart(sh), question: newQuestion(sh), overview: newOverview(sh), end: newEnd(sh), plan: newPlan(sh),
	}
	m.resize(80, 24)
	return m
}

// Init implements tea.Model.
func (m Model) Init() tea.Cmd { return nil }

// Update implements tea.Model. Messages the screens post while handling
// msg are handled at once, in order.
func (m Model) Update(msg tea.Msg) (result tea.Model, then tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			m.sh.posted = nil
			_ = m.sh.s.flush() // Run retries a failed save and reports it
			m.crash = fmt.Errorf("internal error: %v (please report this)", r)
			m.quitting = true
			result, then = m, tea.Quit
		}
	}()
	m, cmd := m.update(msg)
	cmds := []tea.Cmd{cmd}
	for len(m.sh.posted) > 0 {
		next := m.sh.posted[0]
		m.sh.posted = m.sh.posted[1:]
		m, cmd = m.update(next)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.resize(msg.Width, msg.Height)
		return m, nil
	case tea.KeyMsg:
		if !m.quitAfterReport {
			m.sh.status = "" // a key press clears the last report
		}
		if key.Matches(msg, m.sh.km.Quit) {
			return m.quit()
		}
	case quitMsg:
		return m.quit()
	case reportDoneMsg:
		m.end.reported(msg)
		if m.quitAfterReport {
			return m.quit()
		}
		return m, nil
	case gotoMsg:
		return m.goTo(msg.index)
	case showMsg:
		return m.show(msg.screen)
	}
	var cmd tea.Cmd
	switch m.screen {
	case startScreen:
		m.start, cmd = m.start.update(msg)
	case questionScreen:
		m.question, cmd = m.question.update(msg)
	case overviewScreen:
		m.overview, cmd = m.overview.update(msg)
	case endScreen:
		m.end, cmd = m.end.update(msg)
	case planScreen:
		m.plan, cmd = m.plan.update(msg)
	}
	return m, cmd
}

// quit keeps what the respondent typed but did not confirm (a note, a
// typed value, choices of a multi question; never a single choice they
// only moved to), saves anything unsaved, and quits.
func (m Model) quit() (Model, tea.Cmd) {
	s := m.sh.s
	if m.end.writing && !m.quitAfterReport {
		// Let the PDF being written finish rather than leave half of
		// it: the answers are saved now, and the program quits when the
		// report is done.
		m.quitAfterReport = true
		_ = s.flush()
		m.sh.say(statusInfo, s.w.T("report.finishing"))
		return m, nil
	}
	switch m.screen {
	case questionScreen:
		if a := m.question.keepOnQuit(); a != nil {
			typedClean(a)
			s.f.Put(m.question.qn, a)
			s.unsaved = true
		}
	case startScreen:
		if name := strings.TrimSpace(m.start.org.Value()); m.start.needOrg && name != "" {
			s.f.Organization = nameClean(name)
			s.unsaved = true
		}
	}
	_ = s.flush() // Run retries a failed save and reports it
	m.quitting = true
	return m, tea.Quit
}

func (m Model) goTo(idx int) (Model, tea.Cmd) {
	if idx < 0 {
		m.end.open(m.question.idx)
		m.screen = endScreen
		return m, nil
	}
	cmd := m.question.load(idx)
	m.screen = questionScreen
	return m, cmd
}

func (m Model) show(to screen) (Model, tea.Cmd) {
	switch to {
	case overviewScreen:
		sec, back := 0, -1
		if m.question.qn != nil {
			sec = m.question.qn.Section.Index
		}
		if m.screen == questionScreen {
			back = m.question.idx
		}
		m.overview.open(sec, back)
	case endScreen:
		if m.screen != planScreen {
			m.end.open(m.question.idx)
		} else {
			m.end.refill() // the plan may have changed owners and dates
		}
	case planScreen:
		m.plan.open()
	}
	m.screen = to
	return m, nil
}

// resize lays every screen out for a window of width × height: a margin
// left and right, a two-line header, the status line and the help bar.
func (m *Model) resize(width, height int) {
	m.width, m.height = width, height
	bw, bh := max(1, width-2*margin), max(1, height-4)
	m.help.Width = bw
	m.start.resize(bw, bh)
	m.question.resize(bw, bh)
	m.overview.resize(bw, bh)
	m.end.resize(bw, bh)
	m.plan.resize(bw, bh)
}

// View implements tea.Model.
func (m Model) View() string {
	if m.quitting {
		return ""
	}
	w := m.sh.s.w
	if m.width < minWidth || m.height < minHeight {
		return clip(w.T("toosmall", minWidth, minHeight), m.width)
	}
	bw := m.width - 2*margin
	var body []string
	var keys []key.Binding
	switch m.screen {
	case startScreen:
		body, keys = m.start.view(), m.start.bindings()
	case questionScreen:
		body, keys = m.question.view(), m.question.bindings()
	case overviewScreen:
		body, keys = m.overview.view(), m.overview.bindings()
	case endScreen:
		body, keys = m.end.view(), m.end.bindings()
	case planScreen:
		body, keys = m.plan.view(), m.plan.bindings()
	}
	status := m.statusLines(bw)
	lines := make([]string, 0, m.height)
	lines = append(lines, m.header(bw), m.sh.st.rule.Render(strings.Repeat("─", bw)))
	for _, l := range fit(body, m.height-3-len(status)) {
		lines = append(lines, clip(l, bw))
	}
	lines = append(lines, status...)
	lines = append(lines, m.helpLine(keys, bw))
	return strings.Join(indent(lines, margin), "\n")
}

// header is the top line: the tool, the questionnaire and organization on
// the left, progress on the right.
func (m Model) header(width int) string {
	s, st := m.sh.s, m.sh.st
	// Answers carried over and not yet confirmed are no progress: they
	// are counted apart, as each question tags them.
	share := s.share()
	title := s.text(s.q.Title)
	org := ""
	if s.f.Organization != "" {
		org = " · " + clip(inert.Line(s.f.Organization), 30)
	}
	fixed := width1("dutycheck · " + " " + s.q.Version + org)
	count := st.dim.Render(strconv.Itoa(s.confirmed()) + "/" + strconv.Itoa(s.applicable))
	toConfirm := ""
	if s.toConfirm > 0 {
		toConfirm = st.dim.Render(" · ") + st.warn.Render(s.w.T("progress.to.confirm", s.toConfirm))
	}
	right := count + "  " + st.dim.Render(s.w.Percent(share)) + toConfirm
	// With answers to confirm, the share and then the count give way
	// before the title's short form is cut ("Protecting childr…" at 80
	// columns in a next-quarter walk): what is left to confirm says most.
	if toConfirm != "" {
		for _, r := range []string{count + toConfirm, st.warn.Render(s.w.T("progress.to.confirm", s.toConfirm))} {
			if width-width1(right)-2-fixed >= width1(shortTitle(title)) {
				break
			}
			right = r
		}
	}
	// The bar repeats the count: it gives way before the title's short
	// form and the organization do ("Protecting childr…" at 80 columns).
	withBar := width - width1(right) - 14 - 2 - fixed
	if width >= 70 && withBar >= width1(shortTitle(title)) {
		right = st.bar(share, 12) + "  " + right
	}
	// The organization and version stay whole; the title gives way, first
	// to its short form, then to a cut.
	room := width - width1(right) - 2 - fixed
	if width1(title) > room {
		title = clip(shortTitle(title), max(room, 8))
	}
	left := st.accent.Render("dutycheck") + st.dim.Render(" · ") + st.bold.Render(title) + st.dim.Render(" "+s.q.Version+org)
	return spread(left, right, width)
}

// statusLines is the message above the help bar: one line, or two when
// a message (a hint, a refusal) would otherwise be cut at a narrow width;
// the body gives up the line.
func (m Model) statusLines(width int) []string {
	st := m.sh.st
	text := m.sh.status
	if m.end.writing && !m.quitAfterReport {
		return []string{clip(m.end.spin.View()+" "+st.accent.Render(m.sh.s.w.T("report.writing")), width)}
	}
	if text == "" {
		return []string{""}
	}
	style := st.accent
	switch m.sh.statusKind {
	case statusOK:
		text, style = "✓ "+text, st.ok
	case statusErr:
		text, style = "! "+text, st.err
	}
	lines := wrap(text, width)
	if len(lines) > 2 {
		lines = []string{lines[0], strings.Join(lines[1:], " ")}
	}
	for i, l := range lines {
		lines[i] = style.Render(clip(l, width))
	}
	return lines
}

// helpLine is the help bar: as many of the screen's keys as fit, in their
// order of importance. (bubbles/help would let the last one overflow the
// line, which scrolls a full-screen program off its first line.)
func (m Model) helpLine(keys []key.Binding, width int) string {
	sep := width1(m.help.ShortSeparator)
	total := 0
	shown := make([]key.Binding, 0, len(keys))
	for _, b := range keys {
		h := b.Help()
		w := width1(h.Key) + 1 + width1(h.Desc)
		if len(shown) > 0 {
			w += sep
		}
		if total+w > width {
			break
		}
		total += w
		shown = append(shown, b)
	}
	return m.help.ShortHelpView(shown)
}
