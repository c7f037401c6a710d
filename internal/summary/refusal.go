package summary

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Refusal says in the session's language why an answer, an action or an
// item of evidence was refused. The answers package says what is wrong as
// a kind (ChoiceError, ActionError, EvidenceError, EntryError, and the
// questionnaire's ValueError, see reason); the words come from the
// catalogue by that kind, never from the English of the error. qn, when given, names an
// option by its label. The walk-through and the command line (a
// problem in a file) say refusals alike.
func Refusal(w *l10n.Printer, qn *questionnaire.Question, err error) string {
	var ce *answers.ChoiceError
	var ae *answers.ActionError
	var ee *answers.EvidenceError
	var ne *answers.EntryError
	switch {
	case errors.As(err, &ne):
		if ne.Kind == answers.EntryNA {
			return w.T("acc.no.na")
		}
		return w.T("acc.no.unknown")
	case errors.As(err, &ce):
		label := inert.Line(ce.Choice)
		if qn != nil {
			if o, ok := qn.Option(ce.Choice); ok && !o.Label.IsZero() {
				label = inert.Line(o.Label.In(string(w.Lang())))
			}
		}
		if ce.Kind == answers.ChoiceExclusive {
			return w.T("acc.exclusive", label)
		}
		return w.T(l10n.Key("choice."+string(ce.Kind)), label)
	case errors.As(err, &ae):
		if ae.Kind == answers.ActionNoApprover {
			return w.T("plan.approvedby")
		}
		var st []string
		for _, s := range answers.ActionStatuses {
			st = append(st, w.ActionStatus(string(s)))
		}
		return w.T("action.badstatus", inert.Line(ae.Status), strings.Join(st, ", "))
	case errors.As(err, &ee):
		switch ee.Kind {
		case answers.EvidenceMaterial:
			how := ".name"
			if ee.ByContent {
				how = ".content"
			}
			if k := l10n.Key(fmt.Sprintf("evidence.kind.%d%s", ee.File.Class, how)); w.Has(k) {
				return w.T("evidence.material.kind", inert.Line(ee.Input), w.T(k, ee.File.Format))
			}
			return w.T("evidence.material", inert.Line(ee.Input))
		case answers.EvidenceEmptyPath:
			return w.T("evidence.empty-path")
		}
		return w.T(l10n.Key("evidence."+string(ee.Kind)), inert.Line(ee.Input))
	}
	return ValueProblem(w, err)
}
