package diff

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/columns"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// Target fields, as TargetDiff.Changed names them.
const (
	FieldLimit = "limit"
	FieldState = "state"
)

// TargetDiff is one target of the board's that was set, cleared or moved
// between the two assessments, or whose state changed (open → met): the
// board's own measure of progress, which the answers alone do not show.
type TargetDiff struct {
	// Scope is "overall", "section" or "question"; ID the section's or
	// question's id, "" for the overall score.
	Scope string `json:"scope"`
	ID    string `json:"id,omitempty"`
	// What names what the target is set on, in the diff's language.
	What string `json:"what"`
	// Before and After are the target as each side holds it; null when
	// the side has none.
	Before *TargetSide `json:"before"`
	After  *TargetSide `json:"after"`
	// Changed names what differs: limit (the bound or its date), state.
	Changed []string `json:"changed"`
}

// TargetSide is a target on one side: its limit and date in words, the
// figure it was held against, and its state.
type TargetSide struct {
	Limit string `json:"limit"`
	Now   string `json:"now"`
	State string `json:"state"`
}

// targets lists the targets that differ between the sides: the overall
// score's first, then sections' and questions' in the new side's order,
// then those only the old side has.
func (c *comparer) targets() []TargetDiff {
	p := l10n.For(c.lang)
	type side struct {
		t    summary.Target
		what string
	}
	key := func(tr scoring.TargetResult) string { return string(tr.Scope) + "\x1f" + c.canon(tr.ID) }
	read := func(r *scoring.Result) (map[string]side, []string) {
		m, order := map[string]side{}, []string{}
		for _, tr := range r.Targets {
			t := summary.TargetOf(p, r.Questionnaire, tr, c.lang)
			k := key(tr)
			m[k] = side{t: t, what: t.What}
			order = append(order, k)
		}
		return m, order
	}
	before, oldOrder := read(c.old)
	after, newOrder := read(c.new)
	out := []TargetDiff{}
	seen := map[string]bool{}
	for _, k := range append(newOrder, oldOrder...) {
		if seen[k] {
			continue
		}
		seen[k] = true
		b, hasB := before[k]
		a, hasA := after[k]
		td := TargetDiff{}
		var changed []string
		switch {
		case hasA:
			td.Scope, td.ID, td.What = a.t.Scope, a.t.ID, a.what
		default:
			td.Scope, td.ID, td.What = b.t.Scope, c.canon(b.t.ID), b.what
		}
		if hasB {
			td.Before = &TargetSide{Limit: b.t.Limit, Now: b.t.Now, State: string(b.t.State)}
		}
		if hasA {
			td.After = &TargetSide{Limit: a.t.Limit, Now: a.t.Now, State: string(a.t.State)}
		}
		if !hasA || !hasB || a.t.Limit != b.t.Limit {
			changed = append(changed, FieldLimit)
		}
		if !hasA || !hasB || a.t.State != b.t.State {
			changed = append(changed, FieldState)
		}
		if hasA && hasB && len(changed) == 0 {
			continue
		}
		td.Changed = changed
		out = append(out, td)
	}
	return out
}

// targets writes the "Targets changed" block, after the actions: per
// target, its limit and its state, old → new. Nothing when neither side
// has a target, so a team that sets none is not told so every quarter.
func (t *textWriter) targets(d *Diff) {
	p := t.p
	if len(d.Targets) == 0 {
		if d.targetsAny {
			t.printf("\n%s\n", p.T("diff.targets.none"))
		}
		return
	}
	t.printf("\n%s\n", p.T("diff.targets.changed", len(d.Targets)))
	for _, td := range d.Targets {
		head := "  " + columns.Clip(inert.Line(td.What), 70)
		if td.ID != "" {
			head = fmt.Sprintf("  %s  %s", td.ID, columns.Clip(inert.Line(td.What), 60))
		}
		switch {
		case td.Before == nil:
			head += "  " + p.T("diff.target.added")
		case td.After == nil:
			head += "  " + p.T("diff.target.removed")
		}
		t.printf("%s\n", head)
		labels := []string{p.T("diff.target.limit"), p.T("diff.target.state")}
		lw := max(columns.Width(labels[0]), columns.Width(labels[1]))
		value := func(s *TargetSide, field string) string {
			switch {
			case s == nil:
				return "–"
			case field == FieldLimit:
				return inert.Line(s.Limit)
			}
			st := summary.TargetStateText(p, scoring.TargetState(s.State))
			if scoring.TargetState(s.State) != scoring.TargetNotKnown {
				st += " · " + p.T("target.now", inert.Line(s.Now))
			}
			return st
		}
		for _, f := range td.Changed {
			label := labels[0]
			if f == FieldState {
				label = labels[1]
			}
			t.printf("      %s  %s → %s\n", columns.Pad(label, lw), value(td.Before, f), value(td.After, f))
		}
	}
}
