package export

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// ShowAnswer writes an answer for people to read in lang: options by their
// labels (not the values the file keeps), numbers with the language's
// grouping and the question's unit ("120 000 användare", "85 %"),
// durations in the unit they were typed in ("24 h"), dates as YYYY-MM-DD.
// The text is as the files have it: callers make it inert or escape it
// for their medium.
func ShowAnswer(qn *questionnaire.Question, v answers.Value, lang string) string {
	if !v.Set {
		return ""
	}
	p := l10n.For(lang)
	label := func(value string) string {
		if o, ok := qn.Option(value); ok && !o.Label.IsZero() {
			return o.Label.In(lang)
		}
		return value
	}
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		return label(v.Choice)
	case questionnaire.Multi:
		out := make([]string, len(v.Choices))
		for i, c := range v.Choices {
			out[i] = label(c)
		}
		return strings.Join(out, ", ")
	case questionnaire.Number:
		return p.WithUnit(p.Number(v.Number), qn.Unit.In(lang))
	case questionnaire.Duration:
		return p.DurationAs(v.Duration, v.DurationText)
	}
	return v.Format(qn.Type)
}
