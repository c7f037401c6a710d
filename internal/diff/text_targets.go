package diff

import (
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// targets lists the targets that changed, each as every output words it
// (summary.TargetOf) on the old side and on the new; said only when
// either side sets targets.
func (t *textWriter) targets(d *Diff) {
	p := t.p
	if !d.anyTargets {
		return
	}
	if len(d.Targets) == 0 {
		t.printf("\n%s\n", p.T("diff.targets.none"))
		return
	}
	t.printf("\n%s\n", p.T("diff.targets.changed", len(d.Targets)))
	side := func(tr *scoring.TargetResult, r *scoring.Result) (what, line string) {
		if tr == nil {
			return "", p.T("diff.target.none")
		}
		tg := summary.TargetOf(p, r.Questionnaire, *tr, string(p.Lang()))
		return tg.What, tg.Line
	}
	for _, td := range d.Targets {
		oldWhat, before := side(td.old, d.oldResult)
		what, after := side(td.new, d.newResult)
		if what == "" {
			what = oldWhat
		}
		t.printf("  %s\n      %s → %s\n", inert.Line(what), inert.Line(before), inert.Line(after))
	}
}
