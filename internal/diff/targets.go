package diff

import (
	"reflect"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TargetDiff is a target of the board's whose limit, date or state is not
// the same on both sides: set, cleared, moved, or met now where it was
// open. Before and After are as score's JSON gives them; null on the side
// without it.
type TargetDiff struct {
	Scope  string                 `json:"scope"`
	ID     string                 `json:"id,omitempty"`
	Before *scoring.TargetSummary `json:"before"`
	After  *scoring.TargetSummary `json:"after"`

	// the sides' results, for the words of the text
	old, new *scoring.TargetResult
}

// targets compares the targets of the two sides, in the new side's order
// and then the old side's that are gone. It reports too whether either
// side sets any, so that the text says "none changed" only where there
// were targets to change.
func (c *comparer) targets() (out []TargetDiff, any bool) {
	key := func(tr scoring.TargetResult) string { return string(tr.Scope) + ":" + c.canon(tr.ID) }
	olds := map[string]int{}
	for i, tr := range c.old.Targets {
		olds[key(tr)] = i
	}
	oldSum, newSum := c.old.Summarize(c.lang).Targets, c.new.Summarize(c.lang).Targets
	seen := map[string]bool{}
	for i := range c.new.Targets {
		tr := &c.new.Targets[i]
		k := key(*tr)
		seen[k] = true
		d := TargetDiff{Scope: string(tr.Scope), ID: tr.ID, After: &newSum[i], new: tr}
		if j, ok := olds[k]; ok {
			d.Before, d.old = &oldSum[j], &c.old.Targets[j]
			if sameTarget(*d.Before, *d.After) {
				continue
			}
		}
		out = append(out, d)
	}
	for j := range c.old.Targets {
		tr := &c.old.Targets[j]
		if !seen[key(*tr)] {
			out = append(out, TargetDiff{Scope: string(tr.Scope), ID: c.canon(tr.ID), Before: &oldSum[j], old: tr})
		}
	}
	return out, len(c.old.Targets)+len(c.new.Targets) > 0
}

// sameTarget reports whether a target reads the same on both sides: its
// limits, date, figure and state.
func sameTarget(a, b scoring.TargetSummary) bool {
	a.ID, b.ID = "", "" // a renamed question keeps its target
	return reflect.DeepEqual(a, b)
}
