package diff_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/diff"
)

// TestMultipleChoiceShownAsOptions: a multiple-choice answer that swapped
// an option is given as the options added and removed, in JSON by value
// and in the text by label, never as two lists cut to the same text.
func TestMultipleChoiceShownAsOptions(t *testing.T) {
	d := compare(t, 4)
	var got *diff.AnswerDiff
	for i := range d.Answers {
		if d.Answers[i].Question == "classifier" {
			got = &d.Answers[i]
		}
	}
	if got == nil {
		t.Fatalf("classifier not among the changed answers: %+v", d.Answers)
	}
	if len(got.OptionsAdded) != 0 || !slices.Equal(got.OptionsRemoved, []string{"images"}) {
		t.Errorf("classifier options added %v, removed %v; want none added, images removed", got.OptionsAdded, got.OptionsRemoved)
	}
	var text bytes.Buffer
	diff.WriteText(&text, d, "en")
	if !strings.Contains(text.String(), "options: 0 added, 1 removed") || !strings.Contains(text.String(), "− Images") {
		t.Errorf("text does not list the removed option:\n%s", text.String())
	}
}

// TestActionsChanged: owner, due date, status, done-when and approval
// changes are listed per action, must-haves first; an action only one
// side has is added or removed; an action the same on both is left out.
func TestActionsChanged(t *testing.T) {
	d := compare(t, 4)
	want := map[string][]string{
		"hash-matching":  {"owner", "due", "status", "done_when"},
		"reviewed-share": {"status"},
		"report-time":    {"owner", "status", "approved_by"},
		"escalation":     {"owner", "status"},
	}
	var order []string
	for _, a := range d.Actions {
		order = append(order, a.Question)
		if !slices.Equal(a.Changed, want[a.Question]) {
			t.Errorf("%s changed %v, want %v", a.Question, a.Changed, want[a.Question])
		}
	}
	if !slices.Equal(order, []string{"hash-matching", "report-time", "reviewed-share", "escalation"}) {
		t.Errorf("actions in order %v", order)
	}
	for _, a := range d.Actions {
		if a.Question == "escalation" && (a.Before == nil || a.After != nil) {
			t.Errorf("escalation: want removed, got %+v → %+v", a.Before, a.After)
		}
		if a.Question == "report-time" && (a.Before != nil || a.After == nil || a.After.ApprovedBy == "") {
			t.Errorf("report-time: want added, got %+v → %+v", a.Before, a.After)
		}
	}
	if same := compare(t, 0); len(same.Actions) != 0 {
		t.Errorf("files without actions: %+v", same.Actions)
	}
}
