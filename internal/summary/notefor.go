package summary

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// NoteForMark is what every output puts before a note (or evidence) kept
// when its answer changed, until the respondent keeps, edits or drops it:
// "written for the earlier answer “No”". "" when the note was written for
// the answer as it is. No output shows a note against an answer it was
// not written for without saying so.
func NoteForMark(p *l10n.Printer, a *answers.Answer) string {
	if !a.NoteStale() {
		return ""
	}
	return p.T("notefor.mark", a.NoteFor)
}
