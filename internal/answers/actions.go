package answers

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

var actionFields = []string{"owner", "due", "status", "done_when", "approved_by"}

// ParseStatus reads an action status; ok is false for anything but the
// four of docs/answers-format.md.
func ParseStatus(s string) (ActionStatus, bool) {
	for _, st := range ActionStatuses {
		if string(st) == s {
			return st, true
		}
	}
	return "", false
}

// statusList is the statuses as a message lists them.
func statusList() string {
	var s []string
	for _, st := range ActionStatuses {
		s = append(s, string(st))
	}
	return strings.Join(s, ", ")
}

// CheckAction checks an action as a whole, whatever it was read from (a
// file, `plan set`, the plan screen): a known status, and an accepted
// risk says who accepted it. The due date needs no check here: a Time is
// a date already, and Decode refuses one before Earliest.
func CheckAction(a *Action) error {
	// an action made in code without a status is open, as Encode writes it
	if _, ok := ParseStatus(string(a.Status)); !ok && a.Status != "" {
		return &ActionError{Kind: ActionBadStatus, Status: string(a.Status)}
	}
	if a.Status == ActionRiskAccepted && strings.TrimSpace(a.ApprovedBy) == "" {
		return &ActionError{Kind: ActionNoApprover, Status: string(a.Status)}
	}
	return nil
}

// actions reads the tracked plan. An action for an id the questionnaire
// does not have is read and kept like any other (an orphan, as answers
// are), never dropped; OrphanActions lists them.
func (d *decoder) actions(n *yaml.Node) {
	w := d.w
	am, ok := w.Mapping(n, "actions")
	if !ok {
		return
	}
	for _, id := range am.Order {
		if w.Stopped {
			return
		}
		what := fmt.Sprintf("action for %q", id)
		f, ok := w.Mapping(am.Val[id], what)
		if !ok {
			continue
		}
		w.Known(f, what, actionFields, nil)
		a := &Action{Status: ActionOpen, Pos: yamlsrc.PosOf(am.Key[id])}
		for key, dst := range map[string]*string{"owner": &a.Owner, "done_when": &a.DoneWhen, "approved_by": &a.ApprovedBy} {
			if nn, ok := f.Val[key]; ok && !isNull(w.Resolve(nn)) {
				*dst, _ = w.Str(nn, what+" "+key)
			}
		}
		if nn, ok := f.Val["due"]; ok && !isNull(w.Resolve(nn)) {
			if due, ok := readDate(w, nn, what+" due"); ok {
				if due.Before(Earliest) {
					w.Errorf(nn, "%s due: %s is before %s", what, due.Format(questionnaire.DateLayout), Earliest.Format(questionnaire.DateLayout))
				}
				a.Due = due
			}
		}
		at := f.Node
		if nn, ok := f.Val["status"]; ok {
			at = nn
			if s, ok := w.Str(nn, what+" status"); ok {
				a.Status = ActionStatus(s)
			}
		}
		if err := CheckAction(a); err != nil {
			w.Errorf(at, "%s: %v", what, err)
		}
		d.file.SetAction(id, a)
	}
}

// SetAction stores the action on question id, replacing any earlier one;
// nil removes it.
func (f *File) SetAction(id string, a *Action) {
	if a == nil {
		delete(f.Actions, id)
		return
	}
	if f.Actions == nil {
		f.Actions = map[string]*Action{}
	}
	if _, ok := f.Actions[id]; !ok {
		f.actionOrder = append(f.actionOrder, id)
	}
	f.Actions[id] = a
}

// OrphanActions lists the ids of actions the questionnaire has no question
// for, in the order they appear in the file, then any set since, sorted.
func (f *File) OrphanActions(q *questionnaire.Questionnaire) []string {
	var out []string
	for _, id := range keysInOrder(f.actionOrder, f.Actions) {
		if q.Question(id) == nil {
			out = append(out, id)
		}
	}
	return out
}

// ActionIDs lists the ids of every action: in the order the file has
// them, then any set since, sorted.
func (f *File) ActionIDs() []string { return keysInOrder(f.actionOrder, f.Actions) }
