package tui

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// focusArea is where keys go on a question: the answer, the note, or the
// evidence list.
type focusArea int

const (
	onAnswer focusArea = iota
	onNote
	onEvidence
)

// typedRow is where the cursor of a typed question (number, duration,
// date, text) is: in the field, or on one of the rows under it that
// answer without a value.
type typedRow int

const (
	rowField typedRow = iota
	rowUnknown
	rowNA
)

// question is the screen of one question: its section and place, the
// text, the control for its type, the note, the evidence, and its
// sources.
type question struct {
	sh  *shell
	idx int
	qn  *questionnaire.Question

	isChoice bool
	choice   choiceList
	typed    typedField
	// row is where the cursor of a typed question is.
	row typedRow

	note       textarea.Model
	noteLoaded string
	focus      focusArea
	// emptyOK is set after a first enter on a multi question with nothing
	// chosen: the second enter answers "none of them".
	emptyOK bool
	// naPending is set when "not applicable" was chosen and its reason is
	// being typed: the row shows chosen and the note asks for the reason.
	naPending bool
	// replaceOK is set after a first enter that would replace a measured
	// answer by hand: the second enter replaces it (see confirmMeasured).
	replaceOK bool
	// estimate marks the value as an estimate (the e key); it is saved
	// with the value. Loaded from the file, it belongs to the value on
	// file only: see estimateFor.
	estimate bool
	// estimateMarked is set when the respondent pressed e on this screen:
	// the mark is then theirs for whatever value they give.
	estimateMarked bool
	evidence       evidencePane

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
	q.row = rowField
	q.emptyOK = false
	q.naPending = false
	q.replaceOK = false
	q.showHelp = false
	q.focus = onAnswer
	q.estimate = a != nil && a.Estimate && a.Value.Set
	q.estimateMarked = false
	switch q.qn.Type {
	case questionnaire.YesNo, questionnaire.Single, questionnaire.Multi:
		q.isChoice = true
		q.choice = newChoiceList(s, q.qn, a)
	default:
		q.typed = newTypedField(s, q.sh.st, q.qn, a)
		switch {
		case a != nil && a.NA:
			q.row = rowNA
		case a != nil && a.Unknown && q.qn.UnknownAllowed():
			// (a measured "don't know" on a question that offers no
			// such row stays on the field: the status line says why)
			q.row = rowUnknown
		}
	}
	q.note = newArea(q.sh.st, s.w.T("note.placeholder"), 2)
	if a != nil {
		q.note.SetValue(inert.Block(a.Note))
	}
	q.noteLoaded = q.note.Value()
	q.evidence = newEvidencePane(q.sh)
	q.resize(q.width, q.height)
	if line := measuredtext.Of(s.w, a, q.qn); line != "" {
		q.sh.say(statusInfo, s.w.T("measured.onfile", line))
	}
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
	q.evidence.resize(width)
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
	q.evidence.blur()
	if q.isChoice || q.row != rowField {
		q.typed.blur()
		return nil
	}
	return q.typed.focus()
}

func (q *question) focusNote() tea.Cmd {
	q.focus = onNote
	q.typed.blur()
	q.evidence.blur()
	return q.note.Focus()
}

func (q *question) focusEvidence() tea.Cmd {
	q.focus = onEvidence
	q.typed.blur()
	q.note.Blur()
	// The cursor starts on the add row: adding is what one comes for.
	q.evidence.cursor = len(q.evidence.items(q.qn))
	return q.evidence.focus()
}

// typing reports whether printable keys are text here, so ? must be typed
// rather than open the help.
func (q *question) typing() bool {
	switch q.focus {
	case onNote:
		return true
	case onEvidence:
		return q.evidence.adding
	}
	return !q.isChoice && q.row == rowField && q.typed.takesQuestionMark()
}

// lettersTyped reports whether letters are text here: in the note, in a
// typed field, or in the evidence being added.
func (q *question) lettersTyped() bool {
	switch q.focus {
	case onNote:
		return true
	case onEvidence:
		return q.evidence.adding
	}
	return !q.isChoice && q.row == rowField
}

func (q question) update(msg tea.Msg) (question, tea.Cmd) {
	km := q.sh.km
	if q, cmd, ok := q.hashMsg(msg); ok {
		return q, cmd
	}
	k, isKey := msg.(tea.KeyMsg)
	if !isKey {
		return q.pass(msg)
	}
	if q.evidence.hashing != nil {
		return q, nil // a file is being hashed: keys wait (quit works everywhere)
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
	if q.focus == onEvidence && q.evidence.adding {
		// The evidence being typed takes every key but the few that
		// finish it (enter, esc) and those that work everywhere.
		var cmd tea.Cmd
		q, cmd = q.evidenceKey(k)
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
	case key.Matches(k, km.EstimateCtrl), key.Matches(k, km.Estimate) && !q.lettersTyped():
		q.toggleEstimate()
		return q, nil
	case key.Matches(k, km.Switch):
		switch q.focus {
		case onAnswer:
			return q, q.focusNote()
		case onNote:
			return q, q.focusEvidence()
		}
		return q, q.focusAnswer()
	case q.focus == onEvidence:
		return q.evidenceKey(k)
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

// choose handles the keys of a choice list: the arrows (and j/k), space,
// and a digit that moves to that option.
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
	q.unpickNA()
	return q
}

// unpickNA takes back a "not applicable" chosen but not yet confirmed
// with its reason, once the cursor leaves it.
func (q *question) unpickNA() {
	if !q.naPending || q.onNA() {
		return
	}
	q.naPending = false
	q.note.Placeholder = q.sh.s.w.T("note.placeholder")
	if q.isChoice {
		// Back to the marks of the answer on file.
		cur := q.choice.cursor
		q.choice = newChoiceList(q.sh.s, q.qn, q.sh.s.f.Get(q.qn.ID))
		q.choice.cursor = cur
	}
}

// rows lists the rows of a typed question: the field, then "don't know"
// and "not applicable" where the question allows them.
func (q *question) rows() []typedRow {
	out := []typedRow{rowField}
	if q.qn.UnknownAllowed() {
		out = append(out, rowUnknown)
	}
	if q.qn.AllowNA {
		out = append(out, rowNA)
	}
	return out
}

// keyTyped handles keys on a typed question: down from the field (from
// its last line, for text) moves to the rows under it ("don't know", "not
// applicable") and up moves back; the rest is typing. Only the arrows
// move here: j and k are letters someone may type.
func (q question) keyTyped(k tea.KeyMsg) (question, tea.Cmd) {
	km := q.sh.km
	rows := q.rows()
	at := 0
	for i, r := range rows {
		if r == q.row {
			at = i
		}
	}
	if q.row != rowField {
		switch {
		case key.Matches(k, km.ArrowUp):
			q.row = rows[at-1]
		case key.Matches(k, km.ArrowDown) && at+1 < len(rows):
			q.row = rows[at+1]
		default:
			return q, nil
		}
		q.unpickNA()
		return q, q.focusAnswer()
	}
	atEnd := q.qn.Type != questionnaire.FreeText || q.typed.area.Line() >= q.typed.area.LineCount()-1
	if len(rows) > 1 && key.Matches(k, km.ArrowDown) && atEnd {
		q.row = rows[1]
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
	case q.focus == onEvidence:
		q.evidence, cmd = q.evidence.update(msg)
	case !q.isChoice && q.row == rowField:
		q.typed, cmd = q.typed.update(msg)
	}
	return q, cmd
}
