package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// shownValue writes a typed answer for reading, in the session's language:
// "1 800 000 användare", "85 %", "1,5 h", "24 h" (the unit the respondent
// typed, not "1 dygn"), "1 h 30 min". Text from the file is made inert.
func (s *session) shownValue(qn *questionnaire.Question, v answers.Value) string {
	w := s.w
	switch qn.Type {
	case questionnaire.Number:
		return w.WithUnit(w.Number(v.Number), s.text(qn.Unit))
	case questionnaire.Duration:
		return w.DurationAs(v.Duration, v.DurationText)
	}
	return inert.Line(v.Format(qn.Type))
}

// typedValue is a typed answer as the field shows it for editing: the
// number or duration in the session's language, as the respondent would
// type it again ("1 800 000", "1,5h").
func (s *session) typedValue(qn *questionnaire.Question, v answers.Value) string {
	switch qn.Type {
	case questionnaire.Number:
		return s.w.Number(v.Number)
	case questionnaire.Duration:
		form := v.Format(qn.Type)
		if s.w.Lang() == l10n.SV {
			form = strings.ReplaceAll(form, ".", ",")
		}
		return form
	}
	return v.Format(qn.Type)
}
