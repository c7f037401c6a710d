package tui

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestMustHavesWhole80: at 80 columns the results show a must-have not
// met whole, wrapped when it must be, with its owner and status under it;
// "No complete written assessment of the CSEA risks on the service" was
// cut to "…of the CSEA ri…" beside "NO OWNER · no action recorded".
func TestMustHavesWhole80(t *testing.T) {
	cfg := company(t, "csea-quick", "quick-large.yaml")
	q, f := cfg.Questionnaire, cfg.Answers
	f.Put(q.Question("risk-assessment"), &answers.Answer{Value: answers.Value{Set: true, Choice: "partial"}})
	f.Actions = nil
	d := drive(t, cfg)
	d.keys("enter", "esc", "f")
	if d.m.screen != endScreen {
		t.Fatalf("not at the results:\n%s", d.view())
	}
	d.contains("★ No complete written assessment of the CSEA risks on the service", "NO OWNER · no action recorded")
	d.lacks("CSEA ri…")
	for _, l := range strings.Split(d.view(), "\n") {
		if width1(l) > 80 {
			t.Errorf("line wider than the screen: %q", l)
		}
	}
}
