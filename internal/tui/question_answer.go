package tui

// This file turns what the respondent did on a question screen into an
// answer: confirming (enter), keeping what was typed when leaving or
// quitting, and clearing.

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
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
	return q.typedNA
}

// confirm is enter: check the answer, save it, and go on to the next
// question that applies. A refused answer stays with its reason.
func (q question) confirm() (question, tea.Cmd) {
	a, ok := q.draft()
	if !ok {
		return q, nil
	}
	s := q.sh.s
	if a != nil && !a.NA && !a.Value.Set && a.Note == "" {
		// Nothing left to keep (a value deleted, no note): the question
		// is unanswered again, and the file holds no empty entry for it.
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
		err := s.put(q.qn, a)
		q.sh.saved(err)
		if err != nil {
			return q, nil // stay: the respondent must see it is not saved
		}
	}
	return q, q.sh.goTo(s.next(q.idx))
}

// draft builds the answer from the controls. It returns ok false when the
// answer is refused or needs one more step (the reason for "not
// applicable", a second enter for an empty multi answer), and a nil answer
// when there is nothing to store (enter on an empty field skips).
func (q *question) draft() (*answers.Answer, bool) {
	w := q.sh.s.w
	note := q.noteText()
	old := q.sh.s.f.Get(q.qn.ID)
	if q.onNA() {
		if note == "" && q.focus != onNote {
			q.sh.say(statusInfo, w.T("na.reason"))
			q.focusNote()
			return nil, false
		}
		return &answers.Answer{NA: true, Note: note}, true
	}
	if q.isChoice {
		if q.choice.multi {
			chosen := q.choice.chosen()
			if len(chosen) == 0 && !q.emptyOK {
				q.emptyOK = true
				q.sh.say(statusInfo, w.T("multi.empty"))
				return nil, false
			}
			v, err := answers.CheckChoices(q.qn, chosen)
			if err != nil {
				q.sh.say(statusErr, err.Error())
				return nil, false
			}
			return &answers.Answer{Value: v, Note: note}, true
		}
		it := q.choice.items[q.choice.cursor]
		return &answers.Answer{Value: answers.Value{Set: true, Choice: it.value}, Note: note}, true
	}
	if !q.typed.edited() && old != nil && old.Value.Set {
		// Confirmed as it stands: keep the value as written, not as the
		// field shows it (made safe to print).
		return &answers.Answer{Value: old.Value, Note: note}, true
	}
	typed := q.typed.value()
	if typed == "" {
		switch {
		case old != nil && old.Value.Set: // the value was deleted: keep only the note
			return &answers.Answer{Note: note}, true
		case old != nil && note != old.Note:
			kept := *old
			kept.Note = note
			return &kept, true
		case old == nil && note != "":
			return &answers.Answer{Note: note}, true
		}
		return nil, true
	}
	v, err := q.sh.s.f.ParseText(q.qn, typed)
	if err != nil {
		q.typed.err = reason(w, q.qn, typed, err)
		_ = q.focusAnswer()
		return nil, false
	}
	return &answers.Answer{Value: v, Note: note}, true
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
	old := q.sh.s.f.Get(q.qn.ID)
	if old != nil {
		a = *old
	}
	changed := false
	if q.note.Value() != q.noteLoaded {
		a.Note = strings.TrimSpace(q.note.Value())
		changed = true
	}
	switch {
	case q.isChoice && q.choice.multi:
		chosen := q.choice.chosen()
		if len(chosen) > 0 && (old == nil || !sameStrings(chosen, old.Value.Choices)) {
			if v, err := answers.CheckChoices(q.qn, chosen); err == nil {
				a.Value, a.NA, changed = v, false, true
			}
		}
	case !q.isChoice && q.typed.edited() && q.typed.value() != "":
		if v, err := q.sh.s.f.ParseText(q.qn, q.typed.value()); err == nil {
			a.Value, a.NA, changed = v, false, true
		}
	}
	if !changed {
		return nil
	}
	return &a
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
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
