package tui

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// answerShown is an answer as people read it, in the session's language:
// option labels, "not applicable", "don't know".
func (s *session) answerShown(qn *questionnaire.Question, a *answers.Answer) string {
	switch {
	case a == nil:
		return ""
	case a.NA:
		return s.w.T("na")
	case a.Unknown:
		return s.w.T("unknown")
	}
	return inert.Line(summary.ShowAnswer(qn, a.Value, s.lang))
}

// noteForLine is the warning a question shows while its note or evidence
// were written for an earlier answer; "" when they were not.
func (s *session) noteForLine(qn *questionnaire.Question) string {
	return s.noteForIn(qn, "notefor.note", "notefor.evidence")
}

// noteForIn is noteForLine in the words of one interface: the key for a
// note, and the key for evidence alone (the full screen says "enter keeps
// it, tab edits it"; plain mode has no tab, and says its own keys).
func (s *session) noteForIn(qn *questionnaire.Question, note, evidence l10n.Key) string {
	a := s.f.Get(qn.ID)
	if !a.NoteStale() {
		return ""
	}
	if a.Note == "" {
		return s.w.T(evidence, inert.Line(a.NoteFor))
	}
	return s.w.T(note, inert.Line(a.NoteFor))
}
