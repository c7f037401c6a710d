package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/summary"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// message is something the command line says, an error or a line on
// stderr, named by its key in the catalogue with its arguments, so that it
// is worded in the language of the command (--lang) when it is printed.
// At, when set, is the file it is about: the line starts with it, as a
// place, and not with "dutycheck:". Error words it in English, for logs
// and wrapping.
type message struct {
	at   string
	key  l10n.Key
	args []any
}

// worded is an argument of a message that has words of its own, such as
// a list joined with "or".
type worded interface{ in(p *l10n.Printer) string }

// say is a message about no file in particular.
func say(key l10n.Key, args ...any) *message { return &message{key: key, args: args} }

// sayAt is a message about the file at path.
func sayAt(path string, key l10n.Key, args ...any) *message {
	return &message{at: path, key: key, args: args}
}

func (m *message) Error() string { return m.in(l10n.For(string(l10n.EN))) }

// Unwrap is the first error among the arguments (a missing file, a
// message wrapped in another), so that errors.Is and errors.As see it.
func (m *message) Unwrap() error {
	for _, a := range m.args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// in words the message with p. An argument that is an error is worded
// too: a message in p's language, a missing file or a refused access in
// p's words, any other error as it says itself.
func (m *message) in(p *l10n.Printer) string {
	args := make([]any, len(m.args))
	for i, a := range m.args {
		switch a := a.(type) {
		case error:
			args[i] = errorIn(p, a)
		case worded:
			args[i] = a.in(p)
		default:
			args[i] = a
		}
	}
	// A message written as an English format rather than a key of the
	// catalogue (from code not yet moved to the catalogue) is said as it
	// is, in English, rather than shown as its key.
	var s string
	if p.Has(m.key) {
		s = p.T(m.key, args...)
	} else {
		s = fmt.Sprintf(string(m.key), args...)
	}
	if m.at != "" {
		s = m.at + ": " + s
	}
	return s
}

// withHint is an error with a hint of what to do, said after it.
type withHint struct {
	err  error
	hint *message
}

func (h *withHint) Error() string { return h.err.Error() + "\n" + h.hint.Error() }
func (h *withHint) Unwrap() error { return h.err }

// errorIn words an error in p's language where the program knows it: a
// message of its own, an action or a target refused (answers.ActionError,
// answers.TargetError, by their kinds), a missing file, a refused access
// or another refusal of the operating system (osRefusal), a value, a
// choice or evidence refused (summary.Refusal); any other error as it
// says itself.
func errorIn(p *l10n.Printer, err error) string {
	var m *message
	var ae *answers.ActionError
	var te *answers.TargetError
	switch {
	case errors.As(err, &m):
		return m.in(p)
	case errors.As(err, &te):
		return targetProblem(p, te)
	case errors.As(err, &ae) && ae.Kind == answers.ActionNoApprover:
		return p.T("cli.action.noapprover")
	case errors.As(err, &ae):
		var names []string
		for _, st := range answers.ActionStatuses {
			names = append(names, string(st))
		}
		return p.T("cli.action.badstatus", ae.Status, strings.Join(names, ", "))
	case isReason(err):
		// a reason the readers give as a format and its arguments
		r := err.(*yamlsrc.Reason)
		return l10n.Problem(p.Lang(), r.Format, r.Args)
	}
	if said, ok := osRefusal(p, err); ok {
		return said
	}
	return summary.Refusal(p, nil, err)
}

// peekLang is the --lang the arguments give, so that what the command
// line says before the command has read its flags (a mistake in them)
// is in that language too; "" when none is given.
func peekLang(args []string) string {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, ok := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !ok && i+1 < len(args) {
			value = args[i+1]
		}
		if l10n.Speaks(value) {
			return value
		}
	}
	return ""
}

// printer is the language the command line speaks in this run: --lang
// as Run found it, or as the command settled it.
func (env *Env) printer() *l10n.Printer { return l10n.For(env.lang) }

// targetProblem says a refused target as the command line does: the flag
// it is in first ("--min: …"), and the flags to give where one is
// missing.
func targetProblem(p *l10n.Printer, te *answers.TargetError) string {
	var text string
	switch te.Kind {
	case "nolimit", "noby", "order":
		text = p.T(l10n.Key("cli.target.err."+te.Kind), te.Args...)
	default:
		text = summary.TargetProblem(p, te)
	}
	if te.Field != "" {
		text = "--" + te.Field + ": " + text
	}
	return text
}

// isReason reports an error that is itself a yamlsrc.Reason (not one
// wrapped in other words, which would be lost).
func isReason(err error) bool {
	_, ok := err.(*yamlsrc.Reason)
	return ok
}
