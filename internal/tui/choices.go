package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// choiceItem is one row of a choice list: an option, or the "not
// applicable" row that questions with allow_na add at the end.
type choiceItem struct {
	label, value string
	exclusive    bool
	na           bool
}

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
		c.items = append(c.items, choiceItem{label: s.text(o.Label), value: o.Value, exclusive: o.Exclusive})
	}
	if len(qn.Options) == 0 && qn.Type == questionnaire.YesNo {
		// A parsed yesno question always has its two options; this keeps
		// a hand-built one usable.
		c.items = []choiceItem{{label: "yes", value: "yes"}, {label: "no", value: "no"}}
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

// toggle flips the option under the cursor of a multi list. An exclusive
// option ("none of these") clears the others, and any other clears it, so
// the list never holds a choice the file would refuse.
func (c *choiceList) toggle() {
	if !c.multi || c.onNA() {
		return
	}
	i := c.cursor
	c.marked[i] = !c.marked[i]
	if !c.marked[i] {
		return
	}
	for j, it := range c.items {
		if j != i && (it.na || it.exclusive || c.items[i].exclusive) {
			c.marked[j] = false
		}
	}
}

// chosen lists the values toggled on, in option order.
func (c *choiceList) chosen() []string {
	out := []string{}
	for i, it := range c.items {
		if c.marked[i] && !it.na {
			out = append(out, it.value)
		}
	}
	return out
}

// view draws the list in at most limit lines of width cells, scrolling to
// keep the cursor in sight. focused shows the cursor.
func (c *choiceList) view(st styles, w words, width, limit int, focused bool) []string {
	markW := 1
	if c.multi {
		markW = 3
	}
	textW := width - 2 - markW - 1
	wrapped := make([][]string, len(c.items))
	heights := make([]int, len(c.items))
	for i, it := range c.items {
		wrapped[i] = wrap(it.label, textW)
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
		case it.na:
			style = st.dim
		}
		pad := strings.Repeat(" ", 2+markW+1)
		for j, l := range wrapped[i] {
			if j == 0 {
				out = append(out, pointer+mark+" "+style.Render(l))
			} else {
				out = append(out, pad+style.Render(l))
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
	case c.multi && !c.items[i].na && on:
		return "[x]"
	case c.multi && !c.items[i].na:
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
