package diff

import (
	"sort"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// Action fields, as ActionDiff.Changed names them.
const (
	FieldOwner      = "owner"
	FieldDue        = "due"
	FieldStatus     = "status"
	FieldDoneWhen   = "done_when"
	FieldApprovedBy = "approved_by"
)

// ActionDiff is one tracked action that was added, removed or changed
// between the two assessments: a new owner, a due date moved, an action
// marked done. A quarter's progress on the plan shows here even where no
// answer changed.
type ActionDiff struct {
	Question string `json:"question"`
	Section  string `json:"section"`
	Text     string `json:"text"`
	Critical bool   `json:"critical"`
	// Before and After are the action as each side records it, as
	// `plan --format json` gives it (overdue on that side's assessment
	// date); null when the side records none.
	Before *scoring.ActionSummary `json:"before"`
	After  *scoring.ActionSummary `json:"after"`
	// Changed names the fields that differ, in the order owner, due,
	// status, done_when, approved_by.
	Changed []string `json:"changed"`
}

// actionField returns the named field of an action as one side records
// it, or "" when the side records none.
func actionField(s *scoring.ActionSummary, name string) string {
	if s == nil {
		return ""
	}
	switch name {
	case FieldOwner:
		return s.Owner
	case FieldDue:
		return s.Due
	case FieldStatus:
		return s.Status
	case FieldDoneWhen:
		return s.DoneWhen
	}
	return s.ApprovedBy
}

var actionFields = []string{FieldOwner, FieldDue, FieldStatus, FieldDoneWhen, FieldApprovedBy}

// actions lists the actions that differ between the sides, must-haves
// first, then in questionnaire order. An action on a question only one
// side has is keyed by the new id when the question was renamed.
func (c *comparer) actions() []ActionDiff {
	out := []ActionDiff{}
	seen := map[string]bool{}
	ids := append([]string{}, c.ids...)
	// Actions on ids neither questionnaire has (orphans) still count.
	for _, m := range []map[string]*answers.Action{c.new.Answers.Actions, c.old.Answers.Actions} {
		for id := range m {
			if _, ok := c.order[c.canon(id)]; !ok && !seen[c.canon(id)] {
				seen[c.canon(id)] = true
				ids = append(ids, c.canon(id))
			}
		}
	}
	order := map[string]int{}
	for i, id := range ids {
		order[id] = i
	}
	for _, id := range ids {
		before := sideAction(c.old, c.oldID(id))
		after := sideAction(c.new, id)
		var changed []string
		for _, f := range actionFields {
			if (before == nil) != (after == nil) && actionField(before, f) == "" && actionField(after, f) == "" {
				continue
			}
			if actionField(before, f) != actionField(after, f) || f == FieldStatus && (before == nil) != (after == nil) {
				changed = append(changed, f)
			}
		}
		if len(changed) == 0 {
			continue
		}
		ad := ActionDiff{Question: id, Critical: c.critical(id), Before: before, After: after, Changed: changed}
		if qn := c.question(id); qn != nil {
			ad.Section, ad.Text = qn.Section.ID, qn.Text.In(c.lang)
		}
		out = append(out, ad)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Critical != out[j].Critical {
			return out[i].Critical
		}
		return order[out[i].Question] < order[out[j].Question]
	})
	return out
}

// sideAction is the action on question id as side r records it, with
// whether it is overdue on r's assessment date; nil when there is none.
func sideAction(r *scoring.Result, id string) *scoring.ActionSummary {
	a := r.Answers.Actions[id]
	if a == nil {
		return nil
	}
	return summary.ActionSummary(a, a.Overdue(r.Answers.Date))
}
