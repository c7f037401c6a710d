package tui

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestChangedAnswersCountAsToConfirm: an answer given to a question that
// changed since waits to be confirmed like a carried one, so the header
// and the overview count it "to confirm", not as done, and agree with the
// results' "still to answer or confirm". The header said "3/4 75%" with
// nothing to confirm while the results said 3 were still to do.
func TestChangedAnswersCountAsToConfirm(t *testing.T) {
	v2 := loadQ(t, "tui/quarter-v2.yaml")
	_, data := lastQuarter(t)
	f, err := answers.Decode("a.yaml", data, v2)
	if err != nil {
		t.Fatal(err)
	}
	// kept is unchanged; reworded changed; dropped is read as will-go
	// (renamed, so changed); added is new and unanswered.
	d := drive(t, Config{Questionnaire: v2, Answers: f, Path: "a.yaml", Save: (&store{}).save, Today: assessed})
	d.contains("1/4 · 2 to confirm")
	d.lacks("3/4")
	d.keys("down", "enter") // walk all: the first unanswered, added
	d.at("added")
	d.keys("esc")
	d.contains("1 of 4 answered (25%) · 2 to confirm")
	d.keys("f")
	d.contains("3 questions still to answer or confirm", "1/4 · 2 to confirm")
	d.keys("c")
	d.at("reworded")
	d.keys("enter") // confirmed: counts as done
	d.contains("2/4 · 1 to confirm")
}
