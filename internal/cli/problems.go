package cli

import (
	"errors"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// problemsIn says a file's problems in the output's language: each
// problem's format and arguments through l10n.Problem, which keeps English
// for a problem it has no words for. In English, or a language without
// words for problems, the list is said as the readers made it. An argument that is an
// error (a value, an action or a target refused) is worded by errorIn,
// by its kind.
func problemsIn(lang string, el *yamlsrc.ErrorList) *yamlsrc.ErrorList {
	if l10n.ProblemFormats(l10n.Lang(lang)) == nil {
		return el // English, as the readers said it
	}
	p := l10n.For(lang)
	return el.Localize(func(format string, args []any) string {
		said := make([]any, len(args))
		for i, a := range args {
			said[i] = a
			if err, ok := a.(error); ok {
				said[i] = problemErrorIn(p, err)
			}
		}
		return l10n.Problem(l10n.Lang(lang), format, said)
	})
}

// problemErrorIn words an error inside a file's problem as errorIn does,
// except an option the question does not have: the file's English lists
// the options to choose from, and so does every language.
func problemErrorIn(p *l10n.Printer, err error) string {
	var ce *answers.ChoiceError
	if errors.As(err, &ce) && ce.Kind == answers.ChoiceUnknown && ce.Known != "" {
		key := l10n.Key("cli.choice.unknown.one")
		if ce.Multi {
			key = "cli.choice.unknown.multi"
		}
		return p.T(key, inert.Line(yamlsrc.Clip(ce.Choice)), inert.Line(ce.Known))
	}
	return errorIn(p, err)
}

// presetProblem is a problem with the map a --preset gives, which has no
// file to name: it is said as "measure: --preset jira: …", its message
// through the problem catalogue as a map file's is.
type presetProblem struct {
	preset string
	said   yamlsrc.Message
}

func (e *presetProblem) Error() string {
	return "measure: --preset " + e.preset + ": " + e.said.String()
}

// in says the problem in lang.
func (e *presetProblem) in(lang string) string {
	return "measure: --preset " + e.preset + ": " + l10n.Problem(l10n.Lang(lang), e.said.Format, e.said.Args)
}
