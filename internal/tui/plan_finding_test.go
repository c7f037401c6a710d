package tui

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestPlanRowsNameFindings: the plan screen lists a gap by its finding,
// as the end screen, score, plan and the brief do, not by the question
// (it once listed "Do you match uploads…" where every other output said
// the finding).
func TestPlanRowsNameFindings(t *testing.T) {
	st := &store{}
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	q.Question("hash-matching").Finding = questionnaire.NewText("en", map[string]string{"en": "Uploads not matched against known material"})
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter")
	d.keys("space", "enter")
	d.keys("enter")
	d.keys("down", "enter")
	d.keys("space", "enter")
	d.typeText("60").keys("enter")
	d.typeText("2026-06-01").keys("enter")
	d.keys("down", "enter", "enter")
	if d.m.screen != endScreen {
		t.Fatalf("not at the end:\n%s", d.view())
	}
	d.keys("p")
	d.contains("› ★ Uploads not matched against known material")
}
