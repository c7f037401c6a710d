package summary

import (
	"errors"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// ValueProblem says in p's language why a typed value was refused: the
// value parsers say what is wrong as a kind (questionnaire.ValueError,
// answers.DateAfterError) and the words come from the catalogue by that
// kind, so that the walk-through and the command line (plan set --due)
// say it alike. An error of another sort says itself.
func ValueProblem(p *l10n.Printer, err error) string {
	var after *answers.DateAfterError
	if errors.As(err, &after) {
		return p.T("value.date.after", p.Date(after.Date), p.Date(after.Assessed))
	}
	var ve *questionnaire.ValueError
	if !errors.As(err, &ve) {
		return err.Error()
	}
	key := ValueKey(ve)
	if !p.Has(key) {
		key = l10n.Key("value." + string(ve.Type) + ".syntax")
	}
	if ve.Kind == questionnaire.ValueEmpty {
		return p.T(key) // nothing typed: nothing to quote
	}
	return p.T(key, ve.Input, p.Number(ve.Limit), ve.Detail)
}

// ValueKey is the catalogue's key for a refused value: value.TYPE.KIND.
func ValueKey(ve *questionnaire.ValueError) l10n.Key {
	return l10n.Key("value." + string(ve.Type) + "." + string(ve.Kind))
}
