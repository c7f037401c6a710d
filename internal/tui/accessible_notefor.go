package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// reviewNote asks, after an answer changed while its note stayed as it
// was, whether the note still holds: keep it (an empty line), edit it, or
// drop it. The note was written for the old answer, and every output says
// so until this is settled. It returns false at the end of input, which
// leaves the note marked.
func (p *plain) reviewNote(qn *questionnaire.Question) (bool, error) {
	s, w := p.s, p.s.w
	a := s.f.Get(qn.ID)
	if !a.NoteStale() || a.Note == "" {
		return true, nil
	}
	for {
		line, ok := p.read(w.T("acc.notefor", a.NoteFor))
		if !ok {
			return false, nil
		}
		next := *a
		switch strings.ToLower(strings.TrimSpace(line)) {
		case "", "k", "keep", "b", "behåll":
			// the same answer and note again confirm the note
		case "e", "edit", "r", "redigera":
			text, ok := p.read(w.T("acc.notefor.new"))
			if !ok {
				return false, nil
			}
			next.Note = strings.TrimSpace(text)
		case "d", "drop", "t", "ta bort":
			next.Note = ""
		default:
			continue
		}
		if err := s.put(qn, &next); err != nil {
			return false, err
		}
		p.say("%s", w.T("acc.note.saved"))
		return true, nil
	}
}
