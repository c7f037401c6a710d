package tui

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// focusArea is where keys go on a question: the answer or the note.
type focusArea int

const (
	onAnswer focusArea = iota
	onNote
)

// question is the screen of one question: its section and place, the
// text, the control for its type, the note, and its sources.
type question struct {
	sh  *shell
	idx int
	qn  *questionnaire.Question

	isChoice bool
	choice   choiceList
	typed    typedField
	// typedNA is set when the cursor of a typed question is on its "not
	// applicable" row rather than in the field.
	typedNA bool

	note       textarea.Model
	noteLoaded string
	focus      focusArea
	// emptyOK is set after a first enter on a multi question with nothing
	// chosen: the second enter answers "none of them".
	emptyOK bool

	showHelp bool
	guide    guidance

	width, height int
}

func newQuestion(sh *shell) question { return question{sh: sh, idx: -1} }

// load shows question idx, its controls filled from the current answer.
func (q *question) load(idx int) tea.Cmd {
	s := q.sh.s
	q.idx, q.qn = idx, s.q.Questions[idx]
	a := s.f.Get(q.qn.ID)
	q.isChoice = false
	q.typedNA = false
	q.emptyOK = false
	q.showHelp = false
	q.focus = onAnswer
	switch q.qn.Type {
	case questionnaire.YesNo, questionnaire.Single, questionnaire.Multi:
		q.isChoice = true
		q.choice = newChoiceList(s, q.qn, a)
	default:
		q.typed = newTypedField(s, q.sh.st, q.qn, a)
		q.typedNA = a != nil && a.NA
	}
	q.note = newArea(q.sh.st, s.w.T("note.placeholder"), 2)
	if a != nil {
		q.note.SetValue(inert.Block(a.Note))
	}
	q.noteLoaded = q.note.Value()
	q.resize(q.width, q.height)
	return q.focusAnswer()
}

func (q *question) resize(width, height int) {
	q.width, q.height = width, height
	if q.qn == nil {
		return
	}
	q.note.SetWidth(max(10, width))
	switch {
	case height >= 26:
		q.note.SetHeight(3)
	case height >= 14:
		q.note.SetHeight(2)
	default:
		q.note.SetHeight(1)
	}
	if !q.isChoice {
		q.typed.setWidth(width)
		q.typed.setHeight(height / 6)
	}
	if q.showHelp {
		q.guide = newGuidance(q.sh.s, q.sh.st, q.sh.km, q.qn, width, height)
	}
	q.scroll()
}

func (q *question) focusAnswer() tea.Cmd {
	q.focus = onAnswer
	q.note.Blur()
	if q.isChoice || q.typedNA {
		q.typed.blur()
		return nil
	}
	return q.typed.focus()
}

func (q *question) focusNote() tea.Cmd {
	q.focus = onNote
	q.typed.blur()
	return q.note.Focus()
}

// typing reports whether printable keys are text here, so ? must be typed
// rather than open the help.
func (q *question) typing() bool {
	return q.focus == onNote || (!q.isChoice && !q.typedNA && q.typed.takesQuestionMark())
}

func (q question) update(msg tea.Msg) (question, tea.Cmd) {
	km := q.sh.km
	k, isKey := msg.(tea.KeyMsg)
	if !isKey {
		return q.pass(msg)
	}
	if q.showHelp {
		if key.Matches(k, km.Close) {
			q.showHelp = false
			return q, nil
		}
		var cmd tea.Cmd
		q.guide, cmd = q.guide.update(msg)
		return q, cmd
	}
	switch {
	case key.Matches(k, km.Help) && !(k.String() == "?" && q.typing()):
		q.showHelp = true
		q.guide = newGuidance(q.sh.s, q.sh.st, km, q.qn, q.width, q.height)
		return q, nil
	case key.Matches(k, km.Overview):
		q.keepTyped()
		return q, q.sh.show(overviewScreen)
	case key.Matches(k, km.Back):
		q.keepTyped()
		if p := q.sh.s.prev(q.idx); p >= 0 {
			return q, q.sh.goTo(p)
		}
		return q, q.sh.show(startScreen)
	case key.Matches(k, km.Skip): // skipping leaves the question as it was
		q.sh.say(statusInfo, q.sh.s.w.T("skipped"))
		return q, q.sh.goTo(q.sh.s.next(q.idx))
	case key.Matches(k, km.Clear):
		return q.clear()
	case key.Matches(k, km.Switch):
		if q.focus == onAnswer {
			return q, q.focusNote()
		}
		return q, q.focusAnswer()
	case key.Matches(k, km.Confirm):
		return q.confirm()
	case q.focus == onNote:
		return q.pass(msg)
	case q.isChoice:
		q = q.choose(k)
		q.scroll()
		return q, nil
	}
	return q.keyTyped(k)
}

// choose handles the keys of a choice list: the arrows, space, and a digit
// that moves to that option.
func (q question) choose(k tea.KeyMsg) question {
	km := q.sh.km
	switch {
	case key.Matches(k, km.Up):
		q.choice.up()
	case key.Matches(k, km.Down):
		q.choice.down()
	case key.Matches(k, km.Toggle):
		q.choice.toggle()
	case key.Matches(k, km.Digit):
		if n, _ := strconv.Atoi(k.String()); n <= len(q.choice.items) {
			q.choice.cursor = n - 1
		}
	default:
		return q
	}
	q.emptyOK = false
	return q
}

// keyTyped handles keys on a typed question: down from the field (from
// its last line, for text) moves to its "not applicable" row and up moves
// back; the rest is typing.
func (q question) keyTyped(k tea.KeyMsg) (question, tea.Cmd) {
	km := q.sh.km
	if q.typedNA {
		if key.Matches(k, km.Up) {
			q.typedNA = false
			return q, q.focusAnswer()
		}
		return q, nil
	}
	atEnd := q.qn.Type != questionnaire.FreeText || q.typed.area.Line() >= q.typed.area.LineCount()-1
	if q.qn.AllowNA && key.Matches(k, km.Down) && atEnd {
		q.typedNA = true
		return q, q.focusAnswer()
	}
	var cmd tea.Cmd
	q.typed, cmd = q.typed.update(k)
	return q, cmd
}

// pass gives a message to the focused field.
func (q question) pass(msg tea.Msg) (question, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case q.focus == onNote:
		q.note, cmd = q.note.Update(msg)
	case !q.isChoice && !q.typedNA:
		q.typed, cmd = q.typed.update(msg)
	}
	return q, cmd
}
