package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
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
		if u, ok := singleUnit(v.DurationForm); ok {
			return w.DurationIn(v.Duration, u)
		}
		return w.Duration(v.Duration)
	}
	return questionnaire.Inert(v.Format(qn.Type), false)
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

// singleUnit reports the unit of a duration written in one unit ("24h",
// "1.5h"), the unit the respondent thinks in.
func singleUnit(form string) (l10n.Unit, bool) {
	if len(form) < 2 {
		return 0, false
	}
	u := form[len(form)-1]
	if strings.IndexFunc(form[:len(form)-1], func(r rune) bool { return (r < '0' || r > '9') && r != '.' }) >= 0 {
		return 0, false
	}
	return l10n.Unit(u), l10n.Unit(u).Size() > 0
}
