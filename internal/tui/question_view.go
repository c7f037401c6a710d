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

// plan is the layout of a question in the window: the lines of its text
// and sources, and how many lines the answer control may take.
type plan struct {
	text, sources, label []string
	critical             bool // the critical marker goes on its own line
	limit                int
}

// plan lays the question out. When space is short it gives up, in turn:
// rows of a long option list (which then scrolls), the sources, and the
// end of a long question text (which ? shows whole).
func (q *question) plan() plan {
	s, w := q.sh.s, q.sh.s.w
	width, qn := q.width, q.qn
	var p plan
	p.text = wrap(s.text(qn.Text), width)
	if qn.Critical && width1(p.text[len(p.text)-1])+2+width1(w.T("critical")) > width {
		p.critical = true
	}
	if len(qn.References) > 0 {
		var titles []string
		for _, id := range qn.References {
			if r := s.q.Reference(id); r != nil {
				titles = append(titles, shortTitle(s.text(r.Title)))
			}
		}
		p.sources = wrap(w.T("sources")+strings.Join(titles, " · "), width)
		if len(p.sources) > 2 {
			p.sources = p.sources[:2]
			p.sources[1] = cut(p.sources[1], "", width)
		}
	}
	label := w.T("note")
	if !qn.Evidence.IsZero() {
		label = w.T("note.evidence", s.text(qn.Evidence))
	}
	p.label = wrap(label, width)
	if len(p.label) > 2 {
		p.label = p.label[:2]
		p.label[1] = cut(p.label[1], "", width)
	}
	// Besides the text and the control: the section line, three blank
	// lines, the note's label and field.
	fixed := 1 + 3 + len(p.label) + q.note.Height() + boolInt(p.critical)
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

// controlNeed is the number of lines the control takes unscrolled.
func (q *question) controlNeed() int {
	if !q.isChoice {
		return len(q.typed.view(q.sh.st, q.sh.s.w, "", q.width)) + boolInt(q.qn.AllowNA)
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
	q.choice.view(q.sh.st, q.sh.s.w, q.width, q.plan().limit, true)
}

// view draws the question in its width × height cells.
func (q *question) view() []string {
	if q.showHelp {
		return q.guide.view()
	}
	s, st, w := q.sh.s, q.sh.st, q.sh.s.w
	width, qn := q.width, q.qn
	p := q.plan()

	right := w.T("question.of", s.rank[q.idx], s.applicable)
	if tag := s.tags[qn.ID]; tag != "" {
		right = st.warn.Render(w.T(l10n.Key("tag."+tag))) + st.dim.Render(" · "+right)
	} else {
		right = st.dim.Render(right)
	}
	sec := qn.Section
	out := []string{spread(st.bold.Render(strconv.Itoa(sec.Index+1)+"  "+s.text(sec.Title)), right, width), ""}

	for i, l := range p.text {
		l = st.bold.Render(l)
		if i == len(p.text)-1 && qn.Critical && !p.critical {
			l = spread(l, st.warn.Render(w.T("critical")), width)
		}
		out = append(out, l)
	}
	if p.critical {
		out = append(out, spread("", st.warn.Render(w.T("critical")), width))
	}
	out = append(out, "")
	out = append(out, q.controlLines(p.limit)...)

	labelStyle := st.dim
	if q.focus == onNote {
		labelStyle = st.accent
	}
	out = append(out, "")
	for _, l := range p.label {
		out = append(out, labelStyle.Render(l))
	}
	out = append(out, strings.Split(q.note.View(), "\n")...)
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
		return c.view(st, w, q.width, limit, focused)
	}
	// One pointer says what enter takes: the field or its "not
	// applicable" row; dim while the note has the focus.
	t := q.typed
	switch {
	case q.typedNA:
		t.line.Prompt = "  "
	case !focused:
		t.line.PromptStyle = st.dim
	}
	lines := t.view(st, w, hint(w, q.qn, q.sh.s.f.Date.Format(questionnaire.DateLayout)), q.width)
	if q.qn.AllowNA {
		pointer, mark, style := "  ", "○", st.dim
		switch {
		case q.typedNA && focused:
			pointer, style = st.cursor.Render("›")+" ", st.focusLabel
		case q.typedNA:
			pointer = st.dim.Render("›") + " "
		}
		if a := q.sh.s.f.Get(q.qn.ID); a != nil && a.NA {
			mark = st.chosen.Render("●")
		}
		lines = append(lines, pointer+mark+" "+style.Render(w.T("na")))
	}
	return lines
}

// bindings are the keys the help bar shows for the question as it stands.
func (q *question) bindings() []key.Binding {
	km, w := q.sh.km, q.sh.s.w
	if q.showHelp {
		return []key.Binding{km.Scroll, km.Close, km.Quit}
	}
	var out []key.Binding
	switch {
	case q.focus == onNote:
		out = append(out, km.Confirm, withHelp(w, km.Switch, "tab", w.T("key.answer")), km.Newline)
	case q.isChoice && q.choice.multi:
		out = append(out, withHelp(w, km.Down, "↑/↓", w.T("key.move")), km.Toggle, km.Confirm)
	case q.isChoice:
		out = append(out, km.Down, km.Confirm)
	default:
		out = append(out, km.Confirm)
		if q.typed.kind == questionnaire.FreeText {
			out = append(out, km.Newline)
		}
	}
	if q.focus != onNote {
		out = append(out, km.Switch)
	}
	help := km.Help
	if q.typing() {
		help = km.HelpF1
	}
	return append(out, km.Back, help, km.Overview, km.Quit, km.Skip)
}
