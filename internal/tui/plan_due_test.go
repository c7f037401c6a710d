package tui

import "testing"

// TestPlanPastDueConfirmed: a due date before the assessment date is not
// stored on the first enter; the screen says why, and enter again on the
// same date keeps it.
func TestPlanPastDueConfirmed(t *testing.T) {
	st := &store{}
	d := finished(t, st)
	q := d.m.sh.s.q
	d.keys("p", "enter").typeText("CTO").keys("tab").typeText("2020-01-01").keys("enter")
	d.contains("2020-01-01 is before the assessment date", "Enter again keeps it")
	if len(st.decode(t, q).Actions) != 0 {
		t.Fatal("a past due date was stored without being confirmed")
	}
	d.keys("enter")
	a := st.decode(t, q).Actions["hash-matching"]
	if a == nil || a.Due.Format("2006-01-02") != "2020-01-01" {
		t.Fatalf("confirmed action saved as %+v", a)
	}
	// Once kept, the warning goes: it still said "Enter again keeps it"
	// under the saved action.
	d.contains("2020-01-01 · overdue")
	d.lacks("Enter again keeps it")
}
