package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// choiceItem is one row of a choice list: an option, or a row the
// walk-through adds at the end: "don't know / not measured" for questions
// with allow_unknown and no option of their own for it, and "not
// applicable" for questions with allow_na.
type choiceItem struct {
	label, value string
	exclusive    bool
	na           bool
	// unknown is the added "don't know" row; an option marked unknown is
	// an option like any other (its value is the answer), with
	// unknownOpt set so that it is exclusive in a multi list.
	unknown, unknownOpt bool
}

// extra reports whether the row is one the walk-through added rather than
// an option: choosing it is an answer without a value.
func (it choiceItem) extra() bool { return it.na || it.unknown }

// choiceList is the control of yesno, single and multi questions: a
// vertical list with a cursor. For single choices the filled mark shows the
// saved answer and the cursor what enter will pick; for multi the marks
// are the choices being made, confirmed with enter.
type choiceList struct {
	items  []choiceItem
	multi  bool
	cursor int
	offset int
	// marked holds the filled marks: the saved answer (single, or the not
	// applicable row) or the options toggled on (multi).
	marked []bool
}

// newChoiceList builds the list for qn with the cursor on the current
// answer, else on the first option.
func newChoiceList(s *session, qn *questionnaire.Question, a *answers.Answer) choiceList {
	c := choiceList{multi: qn.Type == questionnaire.Multi}
	for _, o := range qn.Options {
		c.items = append(c.items, choiceItem{label: s.text(o.Label), value: o.Value, exclusive: o.Exclusive || o.Unknown, unknownOpt: o.Unknown})
	}
	if unknownRow(qn) {
		c.items = append(c.items, choiceItem{label: s.w.T("unknown"), unknown: true})
	}
	if qn.AllowNA {
		c.items = append(c.items, choiceItem{label: s.w.T("na"), na: true})
	}
	c.marked = make([]bool, len(c.items))
	first := -1
	if a != nil {
		for i, it := range c.items {
			switch {
			case it.na:
				c.marked[i] = a.NA
			case it.unknown:
				c.marked[i] = a.Unknown
			case c.multi && a.Value.Set:
				for _, v := range a.Value.Choices {
					if v == it.value {
						c.marked[i] = true
					}
				}
			case a.Value.Set:
				c.marked[i] = a.Value.Choice == it.value
			}
			if c.marked[i] && first < 0 {
				first = i
			}
		}
	}
	c.cursor = max(first, 0)
	return c
}

func (c *choiceList) up() {
	if c.cursor > 0 {
		c.cursor--
	}
}

func (c *choiceList) down() {
	if c.cursor < len(c.items)-1 {
		c.cursor++
	}
}

func (c *choiceList) onNA() bool { return len(c.items) > 0 && c.items[c.cursor].na }

// onUnknown reports whether the cursor is on the added "don't know" row.
func (c *choiceList) onUnknown() bool { return len(c.items) > 0 && c.items[c.cursor].unknown }

// onExtra reports whether the cursor is on a row without a value.
func (c *choiceList) onExtra() bool { return len(c.items) > 0 && c.items[c.cursor].extra() }

// pick marks row i alone, as a single choice shows the answer it holds:
// "not applicable" chosen shows filled before its reason is typed.
func (c *choiceList) pick(i int) {
	if c.multi && !c.items[i].extra() {
		return
	}
	for j := range c.marked {
		if !c.multi || c.items[j].extra() {
			c.marked[j] = j == i
		}
	}
}

// unknownRow reports whether a question gets the added "don't know / not
// measured" row: it allows unknown, and no option of its own says it.
func unknownRow(qn *questionnaire.Question) bool {
	_, own := qn.UnknownOption()
	return qn.AllowUnknown && !own
}

// toggle flips the option under the cursor of a multi list. An exclusive
// option ("none of these") clears the others, and any other clears it, so
// the list never holds a choice the file would refuse.
func (c *choiceList) toggle() {
	if !c.multi || c.onExtra() {
		return
	}
	i := c.cursor
	c.marked[i] = !c.marked[i]
	if !c.marked[i] {
		return
	}
	for j, it := range c.items {
		if j != i && (it.extra() || it.exclusive || c.items[i].exclusive) {
			c.marked[j] = false
		}
	}
}

// chosen lists the values toggled on, in option order.
func (c *choiceList) chosen() []string {
	out := []string{}
	for i, it := range c.items {
		if c.marked[i] && !it.extra() {
			out = append(out, it.value)
		}
	}
	return out
}

// view draws the list in at most limit lines of width cells, scrolling to
// keep the cursor in sight. focused shows the cursor; est is the row that
// carries the "est." mark of an estimate, or -1.
func (c *choiceList) view(st styles, w words, width, limit int, focused bool, est int) []string {
	markW := 1
	if c.multi {
		markW = 3
	}
	textW := width - 2 - markW - 1
	tag := w.T("est")
	wrapped := make([][]string, len(c.items))
	heights := make([]int, len(c.items))
	for i, it := range c.items {
		if i == est {
			wrapped[i] = wrap(it.label, textW-1-width1(tag))
		} else {
			wrapped[i] = wrap(it.label, textW)
		}
		heights[i] = len(wrapped[i])
	}
	from, to, above, below := window(heights, c.cursor, c.offset, limit)
	c.offset = from
	var out []string
	if above {
		out = append(out, st.dim.Render("  "+w.T("more.above", from)))
	}
	for i := from; i < to; i++ {
		it := c.items[i]
		here := focused && i == c.cursor
		pointer := "  "
		switch {
		case here:
			pointer = st.cursor.Render("›") + " "
		case i == c.cursor: // the note has the focus; enter still picks this
			pointer = st.dim.Render("›") + " "
		}
		mark := c.mark(i)
		if c.marked[i] {
			mark = st.chosen.Render(mark)
		}
		style := st.label
		switch {
		case here:
			style = st.focusLabel
		case it.extra():
			style = st.dim
		}
		pad := strings.Repeat(" ", 2+markW+1)
		for j, l := range wrapped[i] {
			l = style.Render(l)
			if i == est && j == len(wrapped[i])-1 {
				l += " " + st.warn.Render(tag)
			}
			if j == 0 {
				out = append(out, pointer+mark+" "+l)
			} else {
				out = append(out, pad+l)
			}
		}
	}
	if below {
		out = append(out, st.dim.Render("  "+w.T("more.below", len(heights)-to)))
	}
	if len(out) > limit && limit > 0 {
		out = out[:limit]
	}
	return out
}

// mark is the box or circle before item i: a box for the options of a
// multi list, a circle for a single choice and for "not applicable".
func (c *choiceList) mark(i int) string {
	on := c.marked[i]
	switch {
	case c.multi && !c.items[i].extra() && on:
		return "[x]"
	case c.multi && !c.items[i].extra():
		return "[ ]"
	case c.multi && on:
		return " ● "
	case c.multi:
		return " ○ "
	case on:
		return "●"
	}
	return "○"
}
