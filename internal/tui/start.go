package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// start is the first screen: what is being assessed, where the answers
// go and how far they are, the organization's name when the file has
// none, and, when the questionnaire changed since the answers were given,
// the choice to walk only the new and changed questions.
type start struct {
	sh      *shell
	org     textinput.Model
	needOrg bool
	// choice, when there are new or changed questions to confirm, is 0 to
	// walk only those, 1 to walk everything.
	choice int

	width, height int
}

func newStart(sh *shell) start {
	st := start{sh: sh}
	st.org = textinput.New()
	sh.st.styleInput(&st.org)
	st.org.Prompt = "› "
	st.org.CharLimit = 200
	st.org.Placeholder = sh.s.w.T("start.org.hint")
	_ = st.org.Cursor.SetMode(cursor.CursorStatic)
	st.needOrg = strings.TrimSpace(sh.s.f.Organization) == ""
	if st.needOrg {
		st.org.Focus()
	}
	return st
}

func (st *start) resize(width, height int) {
	st.width, st.height = width, height
	// Wide enough for the placeholder (which the input cuts by the width
	// of its prompt), where the window allows.
	want := max(50, width1(st.org.Placeholder)+width1(st.org.Prompt))
	st.org.Width = max(10, min(want, width-width1(st.sh.s.w.T("start.org"))-6))
}

func (st start) update(msg tea.Msg) (start, tea.Cmd) {
	km := st.sh.km
	k, ok := msg.(tea.KeyMsg)
	switch {
	case !ok:
	case key.Matches(k, km.Start):
		return st.begin()
	case st.offering() && key.Matches(k, st.upKey()):
		st.choice = 0
		return st, nil
	case st.offering() && key.Matches(k, st.downKey()):
		st.choice = 1
		return st, nil
	}
	if !st.needOrg {
		return st, nil
	}
	var cmd tea.Cmd
	st.org, cmd = st.org.Update(msg)
	return st, cmd
}

// begin is enter: record the organization (the first save of a new file)
// and go to where the walk starts.
func (st start) begin() (start, tea.Cmd) {
	s := st.sh.s
	if st.needOrg {
		name := strings.TrimSpace(st.org.Value())
		if name == "" {
			st.sh.say(statusErr, s.w.T("start.org.missing"))
			return st, nil
		}
		err := s.setOrganization(name)
		st.sh.saved(err)
		if err != nil {
			return st, nil
		}
		st.needOrg = false
		st.org.Blur()
	}
	if st.offering() && st.choice == 0 {
		s.walkChanged()
	} else {
		s.walkAll()
	}
	return st, st.sh.goTo(s.resumeAt())
}

func (st *start) view() []string {
	s, sty, w := st.sh.s, st.sh.st, st.sh.s.w
	width := st.width
	var top, bottom []string
	for _, l := range wrap(s.text(s.q.Title), width) {
		top = append(top, sty.title.Render(l))
	}
	top = append(top, sty.dim.Render(clip(w.T("start.questions", s.q.Version,
		w.N("question", len(s.q.Questions)), w.N("section", len(s.q.Sections)))+" · "+
		w.T("start.date", s.f.Date.Format(questionnaire.DateLayout)), width)))
	if s.applicable < len(s.q.Questions) {
		// Conditions leave some questions out: say so before the count
		// in the header reads as a mistake.
		top = append(top, sty.dim.Render(clip(w.T("applies.count", s.applicable, len(s.q.Questions)), width)))
	}
	desc := wrap(s.para(s.q.Description), width)
	if s.q.Description.IsZero() {
		desc = nil
	}

	bottom = append(bottom, "")
	from := s.fromLine()
	switch {
	case from != "":
		bottom = append(bottom, wrap(from, width)...)
	case s.isNew:
		bottom = append(bottom, wrap(w.T("start.new", s.shownPath()), width)...)
	case s.confirmed() == s.applicable:
		bottom = append(bottom, wrap(w.T("start.done", s.shownPath()), width)...)
	default:
		bottom = append(bottom, wrap(w.T("start.resume", s.shownPath(), s.confirmed(), s.applicable, w.Percent(s.share())), width)...)
	}
	if st.needOrg {
		bottom = append(bottom, "", sty.bold.Render(w.T("start.org")+": ")+st.org.View())
	}
	if st.offering() || len(s.changes.Removed) > 0 {
		bottom = append(bottom, "")
		bottom = append(bottom, wrap(w.T("start.changed", s.changeSummary()), width)...)
		if len(st.removed()) > 0 {
			bottom = append(bottom, sty.dim.Render(clip(w.T("start.removed.kept"), width)))
		}
	}
	if st.offering() {
		opts := []string{w.T("start.walk.changed", w.N("newchg", s.changedCount())), w.T("start.walk.all")}
		for i, o := range opts {
			if i == st.choice {
				bottom = append(bottom, sty.cursor.Render("›")+" "+sty.focusLabel.Render(clip(o, width-2)))
			} else {
				bottom = append(bottom, "  "+clip(o, width-2))
			}
		}
	}

	room := st.height - len(top) - len(bottom) - 1
	if len(desc) > room {
		desc = desc[:max(0, room)]
		if room > 0 {
			desc[room-1] = cut(desc[room-1], "", width)
		}
	}
	out := top
	if len(desc) > 0 {
		out = append(append(out, ""), desc...)
	}
	return append(out, bottom...)
}

// offering reports whether there are new or changed questions still to
// confirm, so the screen offers to walk only those.
func (st *start) offering() bool { return st.sh.s.changedCount() > 0 }

// removed lists answered questions the questionnaire no longer has.
func (st *start) removed() []string { return st.sh.s.f.Orphans(st.sh.s.q) }

func (st *start) bindings() []key.Binding {
	km := st.sh.km
	if st.offering() {
		return []key.Binding{km.Down, km.Start, km.Quit}
	}
	return []key.Binding{km.Start, km.Quit}
}

// upKey and downKey move between the walk choices: the arrows, and j/k
// too unless the organization's name is being typed.
func (st *start) upKey() key.Binding {
	if st.needOrg {
		return st.sh.km.ArrowUp
	}
	return st.sh.km.Up
}

func (st *start) downKey() key.Binding {
	if st.needOrg {
		return st.sh.km.ArrowDown
	}
	return st.sh.km.Down
}
