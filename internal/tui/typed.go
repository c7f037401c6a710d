package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// typedField is the control of number, duration, date and text questions:
// the answer is typed, then confirmed with enter. A refused answer stays in
// the field with the reason under it, so it can be corrected in place.
type typedField struct {
	kind questionnaire.Type
	line textinput.Model // number, duration, date
	area textarea.Model  // text
	unit string
	// loaded is the field's content as the current answer filled it, to
	// tell whether the respondent typed anything.
	loaded string
	err    string
}

func newTypedField(s *session, st styles, qn *questionnaire.Question, a *answers.Answer) typedField {
	t := typedField{kind: qn.Type, unit: s.text(qn.Unit)}
	cur := ""
	if a != nil && a.Value.Set {
		cur = s.typedValue(qn, a.Value)
	}
	if qn.Type == questionnaire.FreeText {
		t.area = newArea(st, "", 3)
		t.area.SetValue(inert.Block(cur))
		t.loaded = t.area.Value()
		return t
	}
	t.line = textinput.New()
	st.styleInput(&t.line)
	t.line.Prompt = "› "
	t.line.CharLimit = 64
	t.line.Width = 24
	_ = t.line.Cursor.SetMode(cursor.CursorStatic)
	if qn.Type == questionnaire.Date {
		t.line.Placeholder = "YYYY-MM-DD"
	}
	t.line.SetValue(inert.Line(cur))
	t.loaded = t.line.Value()
	return t
}

// newArea is a multi-line field whose enter key is left to the screen
// (it confirms the answer); a new line is ctrl+j or alt+enter.
func newArea(st styles, placeholder string, height int) textarea.Model {
	ta := textarea.New()
	st.styleArea(&ta)
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.Placeholder = placeholder
	ta.CharLimit = 0
	ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"))
	_ = ta.Cursor.SetMode(cursor.CursorStatic)
	ta.SetHeight(height)
	ta.Blur()
	return ta
}

func (t *typedField) focus() tea.Cmd {
	if t.kind == questionnaire.FreeText {
		return t.area.Focus()
	}
	return t.line.Focus()
}

func (t *typedField) blur() {
	t.area.Blur()
	t.line.Blur()
}

func (t *typedField) setWidth(width int) {
	if t.kind == questionnaire.FreeText {
		t.area.SetWidth(max(10, width))
		return
	}
	// Wide enough for any sensible value, and narrow so the unit sits
	// right after it.
	// (A date's width leaves room for its placeholder, which the input
	// cuts by the width of its prompt.)
	want := map[questionnaire.Type]int{questionnaire.Number: 16, questionnaire.Duration: 12, questionnaire.Date: 13}[t.kind]
	t.line.Width = max(4, min(want, width-4-width1(t.unit)))
}

func (t *typedField) setHeight(h int) {
	if t.kind == questionnaire.FreeText {
		t.area.SetHeight(max(1, min(3, h)))
	}
}

func (t typedField) update(msg tea.Msg) (typedField, tea.Cmd) {
	var cmd tea.Cmd
	if t.kind == questionnaire.FreeText {
		t.area, cmd = t.area.Update(msg)
	} else {
		t.line, cmd = t.line.Update(msg)
	}
	t.err = ""
	return t, cmd
}

// value is what is typed.
func (t *typedField) value() string {
	if t.kind == questionnaire.FreeText {
		return strings.TrimRight(t.area.Value(), " \n")
	}
	return strings.TrimSpace(t.line.Value())
}

// edited reports whether the respondent changed what the field was loaded
// with.
func (t *typedField) edited() bool {
	if t.kind == questionnaire.FreeText {
		return t.area.Value() != t.loaded
	}
	return t.line.Value() != t.loaded
}

// takesQuestionMark reports whether ? is text here (a free-text answer)
// rather than the help key.
func (t *typedField) takesQuestionMark() bool { return t.kind == questionnaire.FreeText }

// hint says what to type: the range and unit of a number, the form of a
// duration or date, with an example.
func hint(w words, qn *questionnaire.Question, today string) string {
	switch qn.Type {
	case questionnaire.Number:
		var h string
		switch {
		case qn.Min != nil && qn.Max != nil:
			h = w.T("hint.number.range", w.Number(*qn.Min), w.Number(*qn.Max))
		case qn.Min != nil:
			h = w.T("hint.number.min", w.Number(*qn.Min))
		case qn.Max != nil:
			h = w.T("hint.number.max", w.Number(*qn.Max))
		default:
			h = w.T("hint.number")
		}
		return h
	case questionnaire.Duration:
		return w.T("hint.duration")
	case questionnaire.Date:
		return w.T("hint.date", today)
	}
	return w.T("hint.text")
}

func (t *typedField) view(st styles, w words, hintText string, width int) []string {
	var out []string
	if t.kind == questionnaire.FreeText {
		out = append(out, strings.Split(t.area.View(), "\n")...)
	} else {
		// The field pads itself to its width; the unit reads better
		// right after the value ("95 %").
		l := strings.TrimRight(t.line.View(), " ")
		if t.unit != "" {
			l += " " + st.dim.Render(t.unit)
		}
		out = append(out, l)
	}
	if t.err != "" {
		for _, l := range wrap("! "+t.err, width-2) {
			out = append(out, "  "+st.err.Render(l))
		}
	} else {
		out = append(out, "  "+st.dim.Render(clip(hintText, width-2)))
	}
	return out
}

// reason explains in the session's language why a typed answer was
// refused (summary.ValueProblem, which the command line shares).
func reason(w words, err error) string { return summary.ValueProblem(w, err) }
