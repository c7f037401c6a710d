package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// end is the results screen: the overall score and rating, why a rating
// was capped, a bar per section, the critical gaps and the largest other
// gaps, with keys to write the PDF, review, or quit. Its body scrolls, so
// a long questionnaire still fits a small window.
type end struct {
	sh *shell
	vp viewport.Model
	// last is the question shown before the results, for shift+tab.
	last int

	width, height int
}

func newEnd(sh *shell) end { return end{sh: sh, vp: viewport.New(0, 0), last: -1} }

// open fills the screen from the answers as they stand.
func (e *end) open(last int) {
	e.last = last
	e.vp.SetContent(strings.Join(e.content(), "\n"))
	e.vp.GotoTop()
}

func (e *end) resize(width, height int) {
	e.width, e.height = width, height
	e.vp.Width, e.vp.Height = width, height
	e.vp.SetContent(strings.Join(e.content(), "\n"))
}

func (e end) update(msg tea.Msg) (end, tea.Cmd) {
	km, s := e.sh.km, e.sh.s
	k, ok := msg.(tea.KeyMsg)
	if !ok {
		return e, nil
	}
	switch {
	case key.Matches(k, km.Report):
		e.writeReport()
		return e, nil
	case key.Matches(k, km.Review):
		return e, e.sh.show(overviewScreen)
	case key.Matches(k, km.Back):
		if e.last >= 0 {
			return e, e.sh.goTo(e.last)
		}
		if p := s.prev(len(s.q.Questions)); p >= 0 {
			return e, e.sh.goTo(p)
		}
		return e, e.sh.show(startScreen)
	case key.Matches(k, km.Leave):
		return e, e.sh.quit()
	}
	var cmd tea.Cmd
	e.vp, cmd = e.vp.Update(msg)
	return e, cmd
}

// writeReport writes the PDF through the function the command line gave,
// after one more save, so the report and the file on disk agree.
func (e *end) writeReport() {
	s, w := e.sh.s, e.sh.s.w
	if s.report == nil {
		e.sh.say(statusInfo, w.T("report.none"))
		return
	}
	if err := s.flush(); err != nil {
		e.sh.saved(err)
		return
	}
	path, err := s.report()
	if err != nil {
		e.sh.say(statusErr, w.T("report.failed", err.Error()))
		return
	}
	e.sh.say(statusOK, w.T("report.written", path))
}

func (e *end) content() []string {
	s, st, w := e.sh.s, e.sh.st, e.sh.s.w
	r := s.score()
	width := e.width
	var out []string
	out = append(out, st.title.Render(clip(w.T("end.overall", w.Score(r.Overall), r.RatingLabel(s.lang)), width)))
	if r.Capped {
		out = append(out, wrap(w.T("end.capped", w.N("critical", r.CriticalGaps), r.BandLabel(s.lang)), width)...)
	}
	out = append(out, wrap(w.T("end.completion", r.Answered, r.Applicable, w.Percent(r.Completion)), width)...)
	if len(r.Unanswered) > 0 {
		out = append(out, st.dim.Render(w.T("end.unanswered")))
	}
	out = append(out, "")

	titleW := 0
	for _, sr := range r.Sections {
		titleW = max(titleW, width1(s.text(sr.Section.Title)))
	}
	titleW = min(titleW, max(12, width/3))
	barW := max(5, min(25, width-titleW-2-2-5-2-len(w.N("critical", 2))-2))
	for _, sr := range r.Sections {
		title := padRight(clip(s.text(sr.Section.Title), titleW), titleW)
		switch {
		case !sr.Applies:
			out = append(out, title+"  "+st.dim.Render(w.T("overview.na")))
		case !sr.Scored:
			out = append(out, title+"  "+st.dim.Render(w.T("overview.unscored")))
		default:
			line := title + "  " + st.bar(sr.Score/100, barW) + "  " + padLeft(w.Score(sr.Score), 5)
			if sr.CriticalGaps > 0 {
				line += "  " + st.warn.Render("★ "+w.N("critical", sr.CriticalGaps))
			}
			out = append(out, clip(line, width))
		}
	}

	var critical, other []string
	for _, g := range r.Gaps {
		line := spread("★ "+s.text(g.Question.Text), "−"+w.Score(g.PointsLost), width)
		if g.Critical {
			critical = append(critical, st.warn.Render(line))
		} else if len(other) < 3 {
			other = append(other, "· "+spread(s.text(g.Question.Text), "−"+w.Score(g.PointsLost), width-2))
		}
	}
	if len(critical) > 0 {
		out = append(out, "", st.bold.Render(w.T("end.critical")))
		out = append(out, critical...)
	}
	if len(other) > 0 {
		out = append(out, "", st.bold.Render(w.T("end.gaps")))
		out = append(out, other...)
	}
	if len(r.Gaps) == 0 && r.Applicable > 0 {
		out = append(out, "", st.ok.Render(w.T("end.nogaps")))
	}
	return out
}

func (e *end) view() []string { return strings.Split(e.vp.View(), "\n") }

func (e *end) bindings() []key.Binding {
	km := e.sh.km
	return []key.Binding{km.Report, km.Review, km.Back, km.Scroll, km.Leave}
}
