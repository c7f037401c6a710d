package summary

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// TargetProblem says why a target was refused, in p's language, from the
// error's kind and arguments (never its English text): "no section or
// question "x"; did you mean "y"?". The field the problem is in is left
// to the caller, which names it as its medium does (the walk-through's
// "At least", the command line's --min). An error that is not a target's
// says itself.
func TargetProblem(p *l10n.Printer, err error) string {
	te, ok := err.(*answers.TargetError)
	if !ok {
		return err.Error()
	}
	if strings.HasPrefix(te.Kind, "unknown") {
		text := p.T(l10n.Key("target.err."+te.Kind), te.Args[0])
		if sug, _ := te.Args[1].(string); sug != "" {
			text += p.T("target.err.suggest", sug)
		}
		return text
	}
	return p.T(l10n.Key("target.err."+te.Kind), te.Args...)
}
