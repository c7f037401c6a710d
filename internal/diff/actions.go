package diff

import (
	"sort"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
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
	// Before and After are null when the side records no action.
	Before *ActionState `json:"before"`
	After  *ActionState `json:"after"`
	// Changed names the fields that differ, in the order owner, due,
	// status, done_when, approved_by.
	Changed []string `json:"changed"`
}

// ActionState is an action as one side records it; Due is YYYY-MM-DD or
// empty, Status one of open, in_progress, done, risk_accepted.
type ActionState struct {
	Owner      string `json:"owner,omitempty"`
	Due        string `json:"due,omitempty"`
	Status     string `json:"status"`
	DoneWhen   string `json:"done_when,omitempty"`
	ApprovedBy string `json:"approved_by,omitempty"`
}

func actionState(a *answers.Action) *ActionState {
	if a == nil {
		return nil
	}
	s := &ActionState{Owner: a.Owner, Status: string(a.Status), DoneWhen: a.DoneWhen, ApprovedBy: a.ApprovedBy}
	if s.Status == "" {
		s.Status = string(answers.ActionOpen)
	}
	if !a.Due.IsZero() {
		s.Due = a.Due.Format(questionnaire.DateLayout)
	}
	return s
}

// field returns the named field of s, or "" when s is nil.
func (s *ActionState) field(name string) string {
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
		before := actionState(c.old.Answers.Actions[c.oldID(id)])
		after := actionState(c.new.Answers.Actions[id])
		var changed []string
		for _, f := range actionFields {
			if (before == nil) != (after == nil) && before.field(f) == "" && after.field(f) == "" {
				continue
			}
			if before.field(f) != after.field(f) || f == FieldStatus && (before == nil) != (after == nil) {
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
