package changes

import (
	"strings"
	"testing"
)

// TestReorderNamesTheMovedQuestions: a reorder printed "order of
// questions: (none) → (none)". The change names the questions that moved,
// with their places before and after.
func TestReorderNamesTheMovedQuestions(t *testing.T) {
	comments := "      - id: comments\n        type: text\n        text: {en: Anything else?, sv: Något mer?}\n"
	old := parse(t, base)
	new := parse(t, edit(t, base, comments, "", "      - id: escalation\n", comments+"      - id: escalation\n"))
	var found bool
	for _, c := range Compare(old, new).Changes {
		if c.Field != "order of questions" {
			continue
		}
		found = true
		// Swapping two neighbours moves either: both are one move.
		moved := func(s string) bool {
			return strings.Contains(s, "comments at ") || strings.Contains(s, "escalation at ")
		}
		if !moved(c.Old) || !moved(c.New) {
			t.Errorf("order of questions: %q → %q, want the moved question named on both sides", c.Old, c.New)
		}
	}
	if !found {
		t.Fatal("no order change reported")
	}
}

func TestMovedQuestions(t *testing.T) {
	for _, tc := range []struct {
		old, new []string
		was, is  string
	}{
		{[]string{"a", "b", "c", "d"}, []string{"b", "c", "d", "a"}, "a at 1", "a at 4"},
		{[]string{"a", "b", "c", "d"}, []string{"d", "a", "b", "c"}, "d at 4", "d at 1"},
		{[]string{"a", "b", "c", "d", "e"}, []string{"a", "e", "c", "d", "b"}, "b at 2, e at 5", "e at 2, b at 5"},
	} {
		if was, is := movedQuestions(tc.old, tc.new); was != tc.was || is != tc.is {
			t.Errorf("movedQuestions(%v, %v) = %q, %q; want %q, %q", tc.old, tc.new, was, is, tc.was, tc.is)
		}
	}
}
