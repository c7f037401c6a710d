package tui

// This file lays out and draws the question screen, and says which keys
// its help bar shows.

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// layout is the layout of a question in the window: the lines of its
// text and sources, and how many lines the answer control may take.
type layout struct {
	text, sources, label []string
	critical             bool // the critical marker goes on its own line
	limit                int
}

// layout lays the question out. When space is short it gives up, in
// turn: rows of a long option list (which then scrolls), the sources, and
// the end of a long question text (which ? shows whole).
func (q *question) layout() layout {
	s, w := q.sh.s, q.sh.s.w
	width, qn := q.width, q.qn
	var p layout
	p.text = wrap(s.text(qn.Text), width)
	if q.critical() && width1(p.text[len(p.text)-1])+2+width1(w.T("musthave.mark")) > width {
		p.critical = true
	}
	if len(qn.References) > 0 {
		var titles []string
		for _, id := range qn.References {
			if r := s.q.Reference(id); r != nil {
				titles = append(titles, refShort(s, r))
			}
		}
		p.sources = wrap(w.T("sources")+strings.Join(titles, " · "), width)
		// Two lines at 80×24; a taller window has room for more before
		// the rest is left to the help (?).
		most := 2
		if q.height >= 26 {
			most = 4
		}
		if len(p.sources) > most {
			p.sources = p.sources[:most]
			p.sources[most-1] = cut(p.sources[most-1], "", width)
		}
	}
	label := w.T("note")
	switch {
	case q.naPending:
		label = w.T("na.reason.label")
	case !qn.Evidence.IsZero():
		label = w.T("note.evidence", s.text(qn.Evidence))
	}
	p.label = wrap(label, width)
	if len(p.label) > 2 {
		p.label = p.label[:2]
		p.label[1] = cut(p.label[1], "", width)
	}
	// Besides the text and the control: the section line, three blank
	// lines, the note's label and field, and the evidence.
	fixed := 1 + 3 + len(p.label) + q.note.Height() + boolInt(p.critical) + len(q.evidence.lines(qn))
	need := q.controlNeed()
	p.limit = q.height - fixed - len(p.text) - len(p.sources)
	if need > p.limit && len(p.sources) > 0 {
		p.limit += len(p.sources)
		p.sources = nil
	}
	if need > p.limit && len(p.label) > 1 {
		p.limit += len(p.label) - 1
		p.label = []string{clip(strings.Join(p.label, " "), width)}
	}
	if short := min(need, 4) - p.limit; short > 0 && len(p.text) > 1 {
		keep := max(1, len(p.text)-short)
		p.limit += len(p.text) - keep
		p.text = p.text[:keep]
		p.text[keep-1] = cut(p.text[keep-1], " (?)", width)
	}
	p.limit = max(p.limit, 1)
	return p
}

// critical reports whether the question is a must-have here: always, or
// because its condition holds under the answers so far.
func (q *question) critical() bool {
	if q.qn.Critical {
		return true
	}
	if q.qn.CriticalWhen == nil {
		return false
	}
	return q.sh.s.score().Questions[q.idx].Critical
}

// controlNeed is the number of lines the control takes unscrolled.
func (q *question) controlNeed() int {
	if !q.isChoice {
		return len(q.typed.view(q.sh.st, q.sh.s.w, "", q.width)) + len(q.rows()) - 1
	}
	markW := 1
	if q.choice.multi {
		markW = 3
	}
	n := 0
	for _, it := range q.choice.items {
		n += len(wrap(it.label, q.width-2-markW-1))
	}
	return n
}

// scroll keeps the option under the cursor in the window after a move.
func (q *question) scroll() {
	if !q.isChoice || q.qn == nil {
		return
	}
	q.choice.view(q.sh.st, q.sh.s.w, q.width, q.layout().limit, true, q.estRow())
}

// view draws the question in its width × height cells.
func (q *question) view() []string {
	if q.showHelp {
		return q.guide.view()
	}
	s, st, w := q.sh.s, q.sh.st, q.sh.s.w
	width, qn := q.width, q.qn
	p := q.layout()

	right := w.T("question.of", s.rankOf(q.idx), s.applicable)
	if tag := s.tags[qn.ID]; tag != "" {
		right = st.warn.Render(w.T(l10n.Key("tag."+tag))) + st.dim.Render(" · "+right)
	} else {
		right = st.dim.Render(right)
	}
	sec := qn.Section
	out := []string{spread(st.bold.Render(strconv.Itoa(sec.Index+1)+"  "+s.text(sec.Title)), right, width), ""}
	if what := s.whatChanged(qn, width); len(what) > 0 {
		for _, l := range what {
			out = append(out, st.warn.Render(l))
		}
		out = append(out, "")
	}

	for i, l := range p.text {
		l = st.bold.Render(l)
		if i == len(p.text)-1 && q.critical() && !p.critical {
			l = spread(l, st.warn.Render(w.T("musthave.mark")), width)
		}
		out = append(out, l)
	}
	if p.critical {
		out = append(out, spread("", st.warn.Render(w.T("musthave.mark")), width))
	}
	out = append(out, "")
	out = append(out, q.controlLines(p.limit)...)

	labelStyle := st.dim
	if q.focus == onNote {
		labelStyle = st.accent
	}
	out = append(out, "")
	if warn := s.noteForLine(qn); warn != "" {
		for _, l := range wrap("! "+warn, width) {
			out = append(out, st.warn.Render(l))
		}
	}
	for _, l := range p.label {
		out = append(out, labelStyle.Render(l))
	}
	out = append(out, strings.Split(q.note.View(), "\n")...)
	out = append(out, q.evidence.lines(qn)...)
	for _, l := range p.sources {
		out = append(out, st.dim.Render(l))
	}
	return squeeze(out, q.height)
}

// controlLines draws the answer control in at most limit lines.
func (q *question) controlLines(limit int) []string {
	st, w := q.sh.st, q.sh.s.w
	focused := q.focus == onAnswer
	if q.isChoice {
		c := q.choice // drawing must not move the steady scroll offset
		return c.view(st, w, q.width, limit, focused, q.estRow())
	}
	// One pointer says what enter takes: the field or a row under it;
	// dim while the note has the focus.
	t := q.typed
	switch {
	case q.row != rowField:
		t.line.Prompt = "  "
	case !focused:
		t.line.PromptStyle = st.dim
	}
	h := hint(w, q.qn, q.sh.s.f.Date.Format(questionnaire.DateLayout))
	if q.qn.Type != questionnaire.FreeText {
		h += " · " + w.T("hint.estimate")
	}
	lines := t.view(st, w, h, q.width)
	if q.shownEstimate() {
		lines[0] += " " + st.warn.Render(w.T("est"))
	}
	a := q.sh.s.f.Get(q.qn.ID)
	for _, r := range q.rows()[1:] {
		label, chosen := w.T("unknown"), a != nil && a.Unknown
		if r == rowNA {
			label, chosen = w.T("na"), a != nil && a.NA || q.naPending
		}
		pointer, mark, style := "  ", "○", st.dim
		switch {
		case q.row == r && focused:
			pointer, style = st.cursor.Render("›")+" ", st.focusLabel
		case q.row == r:
			pointer = st.dim.Render("›") + " "
		}
		if chosen && (r != rowUnknown || !q.naPending) {
			mark = st.chosen.Render("●")
		}
		lines = append(lines, pointer+mark+" "+style.Render(label))
	}
	return lines
}

// estRow is the row of a choice list that carries the "est." mark: the
// option under the cursor of a single choice, the first chosen of a multi
// one; -1 when the value is no estimate.
func (q *question) estRow() int {
	if !q.isChoice || !q.shownEstimate() {
		return -1
	}
	if !q.choice.multi {
		if q.choice.onExtra() {
			return -1
		}
		return q.choice.cursor
	}
	for i, on := range q.choice.marked {
		if on && !q.choice.items[i].extra() {
			return i
		}
	}
	return -1
}

// bindings are the keys the help bar shows for the question as it stands,
// in their order of importance (the bar shows as many as fit). On a
// choice list the arrows go last (the cursor says it); the estimate key
// comes early there, and after the overview on a typed question, whose
// hint line names it too.
func (q *question) bindings() []key.Binding {
	km, w := q.sh.km, q.sh.s.w
	if q.showHelp {
		return []key.Binding{km.Scroll, km.Close, km.Quit}
	}
	var out []key.Binding
	switch {
	case q.focus == onEvidence && q.evidence.adding:
		return []key.Binding{withHelp(w, km.Confirm, "enter", w.T("key.add")), km.Cancel, withHelp(w, km.Switch, "tab", w.T("key.answer")), km.Quit}
	case q.focus == onEvidence:
		out = append(out, withHelp(w, km.Down, "↑/↓", w.T("key.move")), km.Add, km.Remove, withHelp(w, km.Switch, "tab", w.T("key.answer")))
	case q.focus == onNote:
		out = append(out, km.Confirm, withHelp(w, km.Switch, "tab", w.T("key.evidence")), km.Newline)
	case q.isChoice && q.choice.multi:
		out = append(out, km.Toggle, km.Confirm, km.Estimate, km.Switch)
	case q.isChoice:
		out = append(out, km.Confirm, km.Estimate, km.Switch)
	default:
		out = append(out, km.Confirm)
		if q.typed.kind == questionnaire.FreeText {
			out = append(out, km.Newline)
		}
		out = append(out, km.Switch)
	}
	help := km.Help
	if q.typing() {
		help = km.HelpF1
	}
	out = append(out, km.Back, help, km.Overview)
	switch {
	case q.isChoice && q.focus == onAnswer:
		out = append(out, km.Down)
	case !q.isChoice:
		out = append(out, km.EstimateCtrl)
	}
	return append(out, km.Quit, km.Skip)
}
