package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// guidance is the help pane of a question (the ? key): the full text, the
// questionnaire's guidance, the evidence asked for, the recommendation, the
// sources with their addresses, and every key. It scrolls, because
// guidance and source titles can be long and the window small.
type guidance struct {
	vp viewport.Model
}

func newGuidance(s *session, st styles, km keyMap, qn *questionnaire.Question, width, height int) guidance {
	g := guidance{vp: viewport.New(width, height)}
	g.vp.KeyMap.Up = key.NewBinding(key.WithKeys("up", "k"))
	g.vp.KeyMap.Down = key.NewBinding(key.WithKeys("down", "j"))
	g.vp.SetContent(strings.Join(guidanceText(s, st, km, qn, width), "\n"))
	return g
}

func guidanceText(s *session, st styles, km keyMap, qn *questionnaire.Question, width int) []string {
	w := s.w
	var out []string
	head := func(h string) {
		out = append(out, "", st.bold.Render(h))
	}
	body := func(t string) {
		out = append(out, wrap(t, width)...)
	}
	out = append(out, st.title.Render(clip(w.T("help.title", s.rankOf(qn.Index), s.applicable), width)), "")
	body(s.para(qn.Text))
	head(w.T("help.guidance"))
	if qn.Help.IsZero() {
		out = append(out, st.dim.Render(w.T("help.none")))
	} else {
		body(s.para(qn.Help))
	}
	if !qn.Evidence.IsZero() {
		head(w.T("help.evidence"))
		body(s.para(qn.Evidence))
	}
	if !qn.Recommendation.IsZero() {
		head(w.T("help.recommendation"))
		body(s.para(qn.Recommendation))
	}
	if len(qn.References) > 0 {
		head(w.T("help.references"))
		for _, id := range qn.References {
			r := s.q.Reference(id)
			if r == nil {
				continue
			}
			for i, l := range wrap(refName(s, r, false), width-2) {
				if i == 0 {
					out = append(out, "· "+l)
				} else {
					out = append(out, "  "+l)
				}
			}
			if d := refDetail(s, r); d != "" {
				out = append(out, "  "+st.warn.Render(clip(d, width-2)))
			}
			if r.URL != "" {
				// Whole, over as many lines as it takes: a cut address
				// cannot be followed.
				for _, l := range strings.Split(ansi.Hardwrap(inert.Line(r.URL), max(1, width-2), true), "\n") {
					out = append(out, "  "+st.dim.Render(l))
				}
			}
		}
	}
	if sec := qn.Section; !sec.Description.IsZero() {
		head(s.text(sec.Title))
		body(s.para(sec.Description))
	}
	head(w.T("help.keys"))
	est := km.Estimate
	est.SetHelp("e ctrl+e", est.Help().Desc)
	for _, b := range []key.Binding{km.Down, km.Digit, km.Toggle, km.Confirm, est, km.Switch, km.Back, km.Skip, km.Clear, km.Newline, km.Help, km.Overview, km.Quit} {
		h := b.Help()
		if h.Key == "?" {
			h.Key = "? f1"
		}
		out = append(out, st.accent.Render(padRight(h.Key, 10))+" "+st.dim.Render(h.Desc))
	}
	return out
}

func padRight(s string, n int) string {
	if w := width1(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

func (g guidance) update(msg tea.Msg) (guidance, tea.Cmd) {
	var cmd tea.Cmd
	g.vp, cmd = g.vp.Update(msg)
	return g, cmd
}

func (g guidance) view() []string { return strings.Split(g.vp.View(), "\n") }
