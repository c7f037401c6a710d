package diff

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/columns"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// answerDetail is the lines under a changed answer that its one-line form
// cannot hold: the options added (+) and removed (−) of a multiple-choice
// answer by their labels, or both answers in full where the line cuts
// them. Nothing is cut here.
func (t *textWriter) answerDetail(a AnswerDiff) []string {
	var out []string
	if len(a.OptionsAdded)+len(a.OptionsRemoved) > 0 {
		for _, v := range a.addedShown {
			out = append(out, "+ "+inert.Line(v))
		}
		for _, v := range a.removedShown {
			out = append(out, l10n.Minus+" "+inert.Line(v))
		}
		return out
	}
	cut := func(s State) bool { return s.shown != "" && columns.Width(inert.Line(s.shown)) > 18 }
	// When the line reads "changed, in full below" both sides are given;
	// else only the side the line cuts.
	both := t.answerChange(a) == t.p.T("diff.answer.text.changed")
	for _, side := range []struct {
		key l10n.Key
		s   State
	}{{"diff.answer.was", a.Before}, {"diff.answer.now", a.After}} {
		if cut(side.s) || both {
			out = append(out, t.p.T(side.key, inert.Line(side.s.shown)))
		}
	}
	return out
}

// actions writes the "Actions changed" block: per action, the fields that
// changed, old → new, each on a line of its own.
func (t *textWriter) actions(d *Diff) {
	p := t.p
	if len(d.Actions) == 0 {
		t.printf("\n%s\n", p.T("diff.actions.none"))
		return
	}
	t.printf("\n%s\n", p.T("diff.actions.changed", len(d.Actions)))
	for _, a := range d.Actions {
		head := fmt.Sprintf("  %s %s", mark(a.Critical), a.Question)
		if a.Text != "" {
			head += "  " + columns.Clip(inert.Line(a.Text), 60)
		}
		switch {
		case a.Before == nil:
			head += "  " + p.T("diff.action.added")
		case a.After == nil:
			head += "  " + p.T("diff.action.removed")
		}
		t.printf("%s\n", head)
		lw := 0
		for _, f := range a.Changed {
			lw = max(lw, columns.Width(p.T(l10n.Key("diff.action."+f))))
		}
		for _, f := range a.Changed {
			t.printf("      %s  %s → %s\n", columns.Pad(p.T(l10n.Key("diff.action."+f)), lw),
				t.actionValue(f, a.Before), t.actionValue(f, a.After))
		}
	}
}

// actionValue is one field of an action for reading; – when not set.
func (t *textWriter) actionValue(field string, s *scoring.ActionSummary) string {
	v := actionField(s, field)
	switch {
	case v == "":
		return "–"
	case field == FieldStatus:
		return t.p.T(l10n.Key("action." + v))
	}
	return inert.Line(strings.TrimSpace(v))
}
