package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// end is the results screen, read as a board would (docs/walk-through.md):
// the overall score and rating (provisional, when it is), the
// must-have duties not met with the cap they cause, the regimes that apply
// with their readiness, why the rating is provisional, what the result
// rests on, a bar per section, and the largest other gaps; with keys to
// write the PDF, open the plan, review, or quit. Its body scrolls, so a
// long questionnaire still fits a small window.
type end struct {
	sh *shell
	vp viewport.Model
	// last is the question shown before the results, for shift+tab.
	last int
	// writing is set while the PDF is being written, off the Update loop;
	// spin turns meanwhile.
	writing bool
	spin    spinner.Model

	width, height int
}

func newEnd(sh *shell) end {
	sp := spinner.New(spinner.WithSpinner(spinner.Line), spinner.WithStyle(sh.st.accent))
	return end{sh: sh, vp: viewport.New(0, 0), last: -1, spin: sp}
}

// open fills the screen from the answers as they stand.
func (e *end) open(last int) {
	e.last = last
	e.refill()
	e.vp.GotoTop()
}

func (e *end) resize(width, height int) {
	e.width, e.height = width, height
	e.vp.Width, e.vp.Height = width, height
	e.refill()
}

func (e *end) refill() {
	e.vp.SetContent(strings.Join(paginate(e.content(), e.height), "\n"))
}

// reportDoneMsg says the PDF report was written, or why not.
type reportDoneMsg struct {
	path string
	err  error
}

func (e end) update(msg tea.Msg) (end, tea.Cmd) {
	km, s := e.sh.km, e.sh.s
	switch msg := msg.(type) {
	case spinner.TickMsg:
		if !e.writing {
			return e, nil
		}
		var cmd tea.Cmd
		e.spin, cmd = e.spin.Update(msg)
		return e, cmd
	case tea.KeyMsg:
		leaving := key.Matches(msg, km.Review) || key.Matches(msg, km.Back) || key.Matches(msg, km.Plan) || key.Matches(msg, km.Report)
		if e.writing && leaving {
			// The report reads the answers while it is written: they
			// stay as they are until it is done.
			e.sh.say(statusInfo, s.w.T("report.busy"))
			return e, nil
		}
		switch {
		case key.Matches(msg, confirmKey) && s.leftToConfirm() > 0:
			return e, e.sh.goTo(s.nextToConfirm(-1))
		case key.Matches(msg, km.Report):
			return e, e.writeReport()
		case key.Matches(msg, km.Plan):
			return e, e.sh.show(planScreen)
		case key.Matches(msg, km.Review):
			return e, e.sh.show(overviewScreen)
		case key.Matches(msg, km.Back):
			if e.last >= 0 {
				return e, e.sh.goTo(e.last)
			}
			if p := s.prev(len(s.q.Questions)); p >= 0 {
				return e, e.sh.goTo(p)
			}
			return e, e.sh.show(startScreen)
		case key.Matches(msg, km.Leave):
			return e, e.sh.quit()
		}
	}
	var cmd tea.Cmd
	e.vp, cmd = e.vp.Update(msg)
	return e, cmd
}

// writeReport saves once more, so the report and the file on disk agree,
// and returns the command that writes the PDF through the function the
// command line gave. The writing happens in that command, off the Update
// loop, so the screen keeps answering (a spinner turns) while it works.
func (e *end) writeReport() tea.Cmd {
	s, w := e.sh.s, e.sh.s.w
	if s.report == nil {
		e.sh.say(statusInfo, w.T("report.none"))
		return nil
	}
	if err := s.flush(); err != nil {
		e.sh.saved(err)
		return nil
	}
	e.writing = true
	write := s.report
	return tea.Batch(e.spin.Tick, func() tea.Msg {
		path, err := write()
		return reportDoneMsg{path, err}
	})
}

// reported ends the writing and says how it went.
func (e *end) reported(msg reportDoneMsg) {
	w := e.sh.s.w
	e.writing = false
	if msg.err != nil {
		e.sh.say(statusErr, w.T("report.failed", saveReason(w, msg.err)))
		return
	}
	e.sh.say(statusOK, w.T("report.written", msg.path))
}

// line is a line of the results with whether it heads the lines after it,
// so that a page never ends on a heading (see paginate).
type line struct {
	text    string
	heading bool
}

func (e *end) content() []line {
	s, st, w := e.sh.s, e.sh.st, e.sh.s.w
	width := e.width
	var out []line
	add := func(ls ...string) {
		for _, l := range ls {
			out = append(out, line{text: l})
		}
	}
	head := func(h string) {
		out = append(out, line{}, line{text: st.bold.Render(clip(h, width)), heading: true})
	}

	sum := s.summary()
	pos := sum.Position
	add(st.title.Render(clip(w.T("score.overall")+" "+inert.Line(pos.Headline), width)))
	add(wrap(w.T("score.completion")+" "+pos.CompletionText, width)...)
	if n := s.leftToConfirm(); n > 0 {
		// Answered is not confirmed: carried and changed answers count as
		// answered in the score, but the walk is not done.
		out = append(out, line{text: st.warn.Render(clip(w.N("end.to.confirm", n), width))})
	}
	if pos.Cap != "" {
		add(wrap(inert.Line(pos.Cap), width)...)
	}
	if so := sum.SignOff; so != nil {
		add(wrap(w.T("score.signoff")+" "+inert.Line(so.Line), width)...)
	}

	out = append(out, e.mustHaves(sum, width)...)
	out = append(out, endTargets(st, sum, width)...)
	out = append(out, e.regimes(sum, width)...)

	if sum.Provisional != nil {
		add("")
		add(wrap(sum.Provisional.Line, width)...)
	}
	if rests := sum.RestsOn; rests.Line != "" {
		head(rests.Heading)
		add(wrap(rests.Line, width)...)
	}
	if m := sum.Measured; m != nil {
		head(w.T("sum.measured.heading"))
		add(wrap(m.Line, width)...)
	}

	head(w.T("summary.sections"))
	out = append(out, e.sectionBars(sum, width)...)

	var other []string
	for _, g := range sum.Others {
		if len(other) >= 3 {
			break
		}
		text := inert.Line(g.Text)
		if g.Unknown {
			text += " (" + w.T("unknown.short") + ")"
		}
		other = append(other, "· "+spread(text, g.PointsText, width-2))
	}
	if len(other) > 0 {
		head(w.T("end.gaps"))
		add(other...)
	}
	if sum.NoGaps != "" {
		add("", st.ok.Render(clip(sum.NoGaps, width)))
	}
	return out
}

// mustHaves is the block of must-have duties not met: how many, the
// consequence, and each with its action. It comes first and never shows
// points: a must-have is not ranked against ordinary gaps.
func (e *end) mustHaves(sum *summary.Summary, width int) []line {
	st := e.sh.st
	m := sum.MustHaves
	if len(m.Gaps) == 0 {
		if m.Met == "" {
			return nil
		}
		out := []line{{}}
		for _, l := range wrap(m.Met, width) {
			out = append(out, line{text: st.ok.Render(l)})
		}
		return out
	}
	out := []line{{}, {text: st.warn.Render(clip(m.Heading, width)), heading: true}}
	if m.Consequence != "" {
		for _, l := range wrap(inert.Line(m.Consequence), width) {
			out = append(out, line{text: l})
		}
	}
	for _, g := range m.Gaps {
		text := "★ " + inert.Line(g.Text)
		if g.Unknown {
			text += " (" + e.sh.s.w.T("unknown.short") + ")"
		}
		who := inert.Line(g.Action.Line)
		// Beside the duty when both fit on the line; else the duty whole,
		// wrapped, and the owner and status on a line of their own under
		// it: a must-have is never cut ("No complete written assessment
		// of the CSEA ri…" at 80 columns).
		if width1(text)+1+width1(who) <= width {
			out = append(out, line{text: spread(text, st.dim.Render(who), width)})
			continue
		}
		for i, l := range wrap(text, width-2) {
			if i > 0 {
				l = "  " + l
			}
			out = append(out, line{text: l})
		}
		out = append(out, line{text: "  " + st.dim.Render(clip(who, width-2))})
	}
	return out
}

// regimes is the block of regimes that apply, each with its readiness,
// then one line naming those that do not; the groups, their headings and
// words are the summary's.
func (e *end) regimes(sum *summary.Summary, width int) []line {
	st, w := e.sh.st, e.sh.s.w
	g := sum.Regimes
	if !g.Any() {
		return nil
	}
	out := []line{{}, {text: st.bold.Render(clip(g.Heading, width)), heading: true}}
	var not []string
	for _, reg := range g.NotApplying {
		not = append(not, inert.Line(reg.Title))
	}
	var binding, other []scoring.RegimeResult
	for _, reg := range g.Duties {
		binding = append(binding, *reg.Result)
	}
	for _, reg := range g.NotDuties {
		other = append(other, *reg.Result)
	}
	states := map[string]string{}
	for _, reg := range append(append([]summary.Regime{}, g.Duties...), g.NotDuties...) {
		states[reg.ID] = reg.State
	}
	binding, heads := groupRegimes(func(rr scoring.RegimeResult) string { return inert.Line(rr.Regime.Title.In(sum.Lang)) }, binding)
	applying := append(binding, other...)
	if g.None != "" {
		out = append(out, line{text: st.dim.Render(clip(g.None, width))})
	}
	if len(binding) == 0 && len(applying) > 0 {
		// No law or code applies: say so under the duties heading, before
		// the frameworks that are not duties, so that the heading is never
		// left empty and the list never reads as one of the frameworks.
		out = append(out, notApplyingLines(st, w, not, width)...)
	}
	titles := make([]string, len(applying))
	for i, rr := range applying {
		titles[i] = inert.Line(rr.Regime.Title.In(sum.Lang))
		switch {
		case i < len(heads) && heads[i].tail != "":
			titles[i] = "  " + heads[i].tail
		case i >= len(binding):
			titles[i] = "  " + titles[i] // under the not-duties heading
		}
	}
	for i, ls := range barRows(st, w, titles, func(i int) (bool, float64, int) {
		return applying[i].Scored, applying[i].Score, applying[i].CriticalGaps
	}, width) {
		if i == len(binding) {
			out = append(out, line{text: st.bold.Render(clip(g.NotDutiesHeading, width))})
		}
		if i < len(heads) && heads[i].first {
			out = append(out, line{text: clip(heads[i].head, width)})
		}
		if !applying[i].Scored {
			ls[0] += st.dim.Render(states[applying[i].Regime.ID])
		}
		for _, l := range ls {
			out = append(out, line{text: clip(l, width)})
		}
	}
	if len(binding) > 0 || len(applying) == 0 {
		out = append(out, notApplyingLines(st, w, not, width)...)
	}
	return out
}

// notApplyingLines is the line naming the regimes that do not apply (or their
// number, when there are many).
func notApplyingLines(st styles, w words, not []string, width int) []line {
	var out []line
	switch {
	case len(not) > 0 && len(not) <= 3:
		for _, l := range wrap(w.T("end.regimes.not", strings.Join(not, "; ")), width) {
			out = append(out, line{text: st.dim.Render(l)})
		}
	case len(not) > 3:
		// A long list would bury the rest; the report names them all
		// with the answers that decided each.
		for _, l := range wrap(w.T("end.regimes.notmany", len(not)), width) {
			out = append(out, line{text: st.dim.Render(l)})
		}
	}
	return out
}

// regimeHead says how a regime's row is named when several regimes share
// the work their titles name before a colon ("EU Digital Services Act:
// every hosting service", "…: yearly transparency reports"): the work on
// a line of its own before the first (first), each row by the rest of its
// title (tail). Cut to 80 columns, the whole titles would read alike.
type regimeHead struct {
	head, tail string
	first      bool
}

// groupRegimes puts regimes that share a work together, where the first
// of them was, and names their rows; regimes alone keep their titles
// (an empty tail).
func groupRegimes(title func(scoring.RegimeResult) string, regs []scoring.RegimeResult) ([]scoring.RegimeResult, []regimeHead) {
	headOf := func(rr scoring.RegimeResult) (string, string) {
		head, tail, ok := strings.Cut(title(rr), ": ")
		if !ok || tail == "" {
			return "", ""
		}
		return head, tail
	}
	count := map[string]int{}
	for _, rr := range regs {
		if h, _ := headOf(rr); h != "" {
			count[h]++
		}
	}
	var out []scoring.RegimeResult
	var heads []regimeHead
	done := map[string]bool{}
	for i, rr := range regs {
		h, _ := headOf(rr)
		if count[h] < 2 {
			out = append(out, rr)
			heads = append(heads, regimeHead{})
			continue
		}
		if done[h] {
			continue
		}
		done[h] = true
		for j := i; j < len(regs); j++ {
			if hj, tj := headOf(regs[j]); hj == h {
				out = append(out, regs[j])
				heads = append(heads, regimeHead{head: h, tail: l10n.UpperFirst(tj), first: j == i})
			}
		}
	}
	return out, heads
}

// sectionBars is a bar per section, with the summary's words for a
// section without a score (the same as score's and the brief's).
func (e *end) sectionBars(sum *summary.Summary, width int) []line {
	st, w := e.sh.st, e.sh.s.w
	titles := make([]string, len(sum.Sections))
	for i, sec := range sum.Sections {
		titles[i] = inert.Line(sec.Title)
	}
	var out []line
	for i, ls := range barRows(st, w, titles, func(i int) (bool, float64, int) {
		sec := sum.Sections[i]
		return sec.Scored, sec.Score, sec.MustNotMet
	}, width) {
		if sec := sum.Sections[i]; !sec.Scored {
			ls[0] += st.dim.Render(sec.State)
		}
		for _, l := range ls {
			out = append(out, line{text: clip(l, width)})
		}
	}
	return out
}

// barRows draws titled bars, one a row: the title takes the width the bar,
// score and must-have note leave free, and a longer name wraps onto lines
// of its own under the row (at 80 columns regime names were cut: "Online
// platforms that are not micro or sm…"). A row that has no score ends
// after its padded title, for the caller to finish with a word; its
// first line is the row, any others the rest of the name.
func barRows(st styles, w words, titles []string, row func(int) (scored bool, score float64, critical int), width int) [][]string {
	critW := 0
	for i := range titles {
		if _, _, c := row(i); c > 0 {
			critW = max(critW, 2+width1("★ "+w.N("musthave.short", c)))
		}
	}
	longest := 0
	for _, t := range titles {
		longest = max(longest, width1(t))
	}
	const minBar, maxBar = 10, 25
	titleW := min(longest, max(12, width-2-minBar-2-5-critW))
	barW := max(5, min(maxBar, width-titleW-2-2-5-critW))
	out := make([][]string, len(titles))
	for i, t := range titles {
		// A name longer than its column wraps under itself, indented.
		lead := len(t) - len(strings.TrimLeft(t, " "))
		names := wrap(strings.TrimLeft(t, " "), max(1, titleW-lead))
		title := padRight(clip(spaces(lead)+names[0], titleW), titleW) + "  "
		var more []string
		for _, n := range names[1:] {
			more = append(more, clip(spaces(lead+2)+n, titleW))
		}
		scored, score, critical := row(i)
		if !scored {
			out[i] = append([]string{title}, more...)
			continue
		}
		l := title + st.bar(score/100, barW) + "  " + padLeft(w.Score(score), 5)
		if critical > 0 {
			l += "  " + st.warn.Render("★ "+w.N("musthave.short", critical))
		}
		out[i] = append([]string{clip(l, width)}, more...)
	}
	return out
}

// paginate puts lines into pages of height lines, moving a heading that
// would end a page to the top of the next, so that no heading shows
// without the rows under it.
func paginate(lines []line, height int) []string {
	out := make([]string, 0, len(lines))
	for i, l := range lines {
		if height > 2 && l.heading && len(out)%height == height-1 && i+1 < len(lines) {
			out = append(out, "")
		}
		out = append(out, l.text)
	}
	return out
}

func (e *end) view() []string { return strings.Split(e.vp.View(), "\n") }

func (e *end) bindings() []key.Binding {
	km, s := e.sh.km, e.sh.s
	if s.leftToConfirm() > 0 {
		return []key.Binding{withHelp(s.w, confirmKey, "c", s.w.T("key.confirm.next")), km.Report, km.Plan, km.Review, km.Leave}
	}
	return []key.Binding{km.Report, km.Plan, km.Review, km.Back, km.Scroll, km.Leave}
}
