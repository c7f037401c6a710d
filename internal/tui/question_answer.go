package tui

// This file turns what the respondent did on a question screen into an
// answer: confirming (enter), keeping what was typed when leaving or
// quitting, and clearing.

import (
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
)

// noteText is the note to save: the one on file when untouched (so text
// made safe for display never replaces what was written), else what was
// typed.
func (q *question) noteText() string {
	if q.note.Value() == q.noteLoaded {
		if a := q.sh.s.f.Get(q.qn.ID); a != nil {
			return a.Note
		}
		return ""
	}
	return strings.TrimSpace(q.note.Value())
}

func (q *question) onNA() bool {
	if q.isChoice {
		return q.choice.onNA()
	}
	return q.row == rowNA
}

func (q *question) onUnknown() bool {
	if q.isChoice {
		return q.choice.onUnknown()
	}
	return q.row == rowUnknown
}

// confirm is enter: check the answer, save it, and go on to the next
// question that applies. A refused answer stays with its reason.
func (q question) confirm() (question, tea.Cmd) {
	a, ok := q.draft()
	if !ok {
		return q, nil
	}
	s := q.sh.s
	if a != nil && blank(a) {
		// Nothing left to keep (a value deleted, no note, no evidence):
		// the question is unanswered again, and the file holds no empty
		// entry for it.
		if s.f.Get(q.qn.ID) != nil {
			err := s.drop(q.qn)
			q.sh.saved(err)
			if err != nil {
				return q, nil
			}
		}
		a = nil
	}
	if a != nil {
		before := s.applicable
		wasStale := s.f.Get(q.qn.ID).NoteStale()
		err := s.put(q.qn, a)
		q.sh.saved(err)
		if err != nil {
			return q, nil // stay: the respondent must see it is not saved
		}
		if !wasStale && a.NoteStale() {
			// The answer changed and its note did not: the note was
			// written for the old answer. Stay, and ask; enter again
			// keeps it, tab edits it.
			// Opened again from the file, so that the control shows the
			// answer as saved.
			return q, q.sh.goTo(q.idx)
		}
		if s.applicable != before {
			// A profile answer changed how many questions apply: say so,
			// so that a count that jumps is explained.
			q.sh.say(statusOK, s.w.T("saved.applies", s.shownPath(), s.applicable, len(s.q.Questions)))
		}
	}
	return q, q.sh.goTo(s.next(q.idx))
}

// draft reads the controls into an entry and turns it into the answer
// by the rules both modes share (answers.File.Enter). It returns ok false
// when the answer is refused or needs one more step (the reason for "not
// applicable", a second enter for an empty multi answer, a second enter
// to replace a measured answer), and a nil answer when there is nothing to
// store (enter on an empty field skips).
func (q *question) draft() (*answers.Answer, bool) {
	s, w := q.sh.s, q.sh.s.w
	e := answers.Entry{NA: q.onNA(), Unknown: q.onUnknown(), Note: q.noteText(), Estimate: q.mark()}
	old := s.f.Get(q.qn.ID)
	switch {
	case e.NA:
		if e.Note == "" && q.focus != onNote {
			// Chosen: show it so, and ask for the reason right there.
			q.naPending = true
			// The label above the field asks for the reason; "optional"
			// in the field would say the opposite.
			q.note.Placeholder = ""
			if q.isChoice {
				q.choice.pick(q.choice.cursor)
			}
			q.sh.say(statusInfo, w.T("na.reason"))
			q.focusNote()
			return nil, false
		}
	case e.Unknown:
	case q.isChoice && q.choice.multi:
		e.Choices = q.choice.chosen()
		if len(e.Choices) == 0 && !q.emptyOK {
			q.emptyOK = true
			q.sh.say(statusInfo, w.T("multi.empty"))
			return nil, false
		}
	case q.isChoice:
		e.Choices = []string{q.choice.items[q.choice.cursor].value}
	case !q.typed.edited() && old != nil && old.Value.Set:
		// Confirmed as it stands: keep the value as written, not as the
		// field shows it (made safe to print).
		e.Kept = true
	default:
		e.Text = q.typed.value()
	}
	a, err := s.f.Enter(q.qn, e, s.lang)
	if err != nil {
		if q.isChoice {
			q.sh.say(statusErr, refusal(w, q.qn, err))
		} else {
			q.typed.err = refusal(w, q.qn, err)
			_ = q.focusAnswer()
		}
		return nil, false
	}
	return a, q.confirmMeasured(a)
}

// mark is what the respondent said about an estimate on this screen: the
// e key's mark, or nothing, when the mark on file goes with its value.
func (q *question) mark() answers.Estimate {
	switch {
	case !q.estimateMarked:
		return answers.EstimateAsOnFile
	case q.estimate:
		return answers.EstimateYes
	}
	return answers.EstimateNo
}

// confirmMeasured asks before a measured answer is replaced by hand: the
// first enter says what would be lost, the second replaces it, dropping
// the measured record. An answer that keeps what was measured keeps its
// record (answers.File.Enter). It reports whether the answer may be
// saved now.
func (q *question) confirmMeasured(a *answers.Answer) bool {
	old := q.sh.s.f.Get(q.qn.ID)
	if a == nil || old == nil || old.Measured == nil || a.Measured != nil {
		return true
	}
	if !q.replaceOK {
		q.replaceOK = true
		w := q.sh.s.w
		q.sh.say(statusInfo, w.T("measured.replace", measuredtext.Of(w, old, q.qn)))
		return false
	}
	return true
}

// blank reports whether an answer holds nothing worth a file entry: no
// value, not "not applicable" nor "don't know", no note and no evidence.
func blank(a *answers.Answer) bool {
	return !a.NA && !a.Unknown && !a.Value.Set && a.Note == "" && len(a.Evidence) == 0
}

// keepTyped saves what was typed but not confirmed when the respondent
// leaves the question (back, overview): nothing typed is lost by looking
// elsewhere.
func (q *question) keepTyped() {
	if a := q.keepOnQuit(); a != nil {
		q.sh.saved(q.sh.s.put(q.qn, a))
	}
}

// keepOnQuit is the answer to save when the respondent quits on this
// question: their typed but unconfirmed note, typed value or multi
// choices, when valid; nil when nothing was typed. A single choice they
// only moved the cursor to is never saved: that was not an answer.
func (q *question) keepOnQuit() *answers.Answer {
	if q.qn == nil {
		return nil
	}
	var a answers.Answer
	s := q.sh.s
	old := s.f.Get(q.qn.ID)
	if old != nil {
		a = *old
	}
	changed := false
	if q.note.Value() != q.noteLoaded {
		a.Note = strings.TrimSpace(q.note.Value())
		changed = true
	}
	switch {
	case q.naPending && a.Note != "":
		// "Not applicable" chosen and its reason typed: that is the
		// answer, short of the enter.
		a.Value, a.NA, a.Unknown, a.Estimate, changed = answers.Value{}, true, false, false, true
	case q.isChoice && q.choice.multi:
		chosen := q.choice.chosen()
		if len(chosen) > 0 && (old == nil || !slices.Equal(chosen, old.Value.Choices)) {
			if entered, err := s.f.Enter(q.qn, answers.Entry{Choices: chosen, Estimate: q.mark()}, s.lang); err == nil {
				a.Value, a.NA, a.Unknown, a.Estimate, changed = entered.Value, false, false, entered.Estimate, true
			}
		}
	case !q.isChoice && q.row == rowField && q.typed.edited() && q.typed.value() != "" && (old == nil || old.Measured == nil):
		// a measured answer is replaced only when confirmed twice
		if entered, err := s.f.Enter(q.qn, answers.Entry{Text: q.typed.value(), Estimate: q.mark()}, s.lang); err == nil {
			a.Value, a.NA, a.Unknown, a.Estimate, changed = entered.Value, false, false, entered.Estimate, true
		}
	}
	if !changed {
		return nil
	}
	return &a
}

// clear removes the saved answer and shows the question afresh.
func (q question) clear() (question, tea.Cmd) {
	s := q.sh.s
	if !s.f.Get(q.qn.ID).Answered() {
		q.sh.say(statusInfo, s.w.T("nothing.to.clear"))
		return q, nil
	}
	err := s.clear(q.qn)
	if err != nil {
		q.sh.saved(err)
	} else {
		q.sh.say(statusOK, s.w.T("cleared"))
	}
	cmd := q.load(q.idx)
	return q, cmd
}

// estimateFor reports whether v, a value the controls hold, is to be
// saved (and shown) as an estimate: by the respondent's mark on this
// screen, or else by the mark on file when v is the value on file
// (answers.Estimate.Of).
func (q *question) estimateFor(v answers.Value) bool {
	return q.mark().Of(q.qn.Type, q.sh.s.f.Get(q.qn.ID), v)
}

// shownEstimate reports whether the value the controls hold now is to be
// saved as an estimate, for the "est." mark.
func (q *question) shownEstimate() bool {
	v, ok := q.shownValue()
	return ok && q.estimateFor(v)
}

// toggleEstimate is the e key: mark the value as an estimate, or not. When
// the control shows the value on file it is saved at once; a value being
// changed carries the mark when it is confirmed. It turns over what the
// screen shows: a new value over an estimated one shows no mark, and e
// puts one on it.
func (q *question) toggleEstimate() {
	s, w := q.sh.s, q.sh.s.w
	v, ok := q.shownValue()
	if !ok {
		q.sh.say(statusInfo, w.T("estimate.novalue"))
		return
	}
	q.estimate, q.estimateMarked = !q.estimateFor(v), true
	said := w.T("estimate.on")
	if !q.estimate {
		said = w.T("estimate.off")
	}
	old := s.f.Get(q.qn.ID)
	if old != nil && old.Measured != nil && old.Value.Set && old.Value.Same(q.qn.Type, v) {
		q.estimate, q.estimateMarked = false, false
		q.sh.say(statusInfo, w.T("measured.noestimate"))
		return
	}
	if old == nil || !old.Value.Set || !old.Value.Same(q.qn.Type, v) {
		q.sh.say(statusInfo, said+" "+w.T("estimate.pending"))
		return
	}
	if err := s.markEstimate(q.qn, q.estimate); err != nil {
		q.sh.saved(err)
		return
	}
	q.sh.say(statusOK, said+" "+w.T("saved", s.shownPath()))
}

// shownValue is the value the control holds now, as enter would save it;
// ok is false when it holds none (a row without a value under the
// cursor, an empty field, nothing chosen).
func (q *question) shownValue() (answers.Value, bool) {
	if q.onNA() || q.onUnknown() {
		return answers.Value{}, false
	}
	if q.isChoice {
		if q.choice.multi {
			chosen := q.choice.chosen()
			if len(chosen) == 0 {
				return answers.Value{}, false
			}
			return answers.Value{Set: true, Choices: chosen}, true
		}
		it := q.choice.items[q.choice.cursor]
		if it.unknownOpt {
			return answers.Value{}, false
		}
		return answers.Value{Set: true, Choice: it.value}, true
	}
	old := q.sh.s.f.Get(q.qn.ID)
	if !q.typed.edited() && old != nil && old.Value.Set {
		return old.Value, true
	}
	if q.typed.value() == "" {
		return answers.Value{}, false
	}
	v, err := q.sh.s.f.ParseInput(q.qn, q.typed.value(), q.sh.s.lang)
	return v, err == nil
}
