package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// TestMustHavesWhole80: at 80 columns the results show a must-have not
// met whole, wrapped when it must be, with its owner and status under it;
// "No complete written assessment of the CSEA risks on the service" was
// cut to "…of the CSEA ri…" beside "NO OWNER · no action recorded".
func TestMustHavesWhole80(t *testing.T) {
	b, _ := questionnaires.Get("csea-quick")
	q, err := questionnaire.Parse(b.Name, b.Data)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "companies", "quick-large.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("b.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	f.Put(q.Question("risk-assessment"), &answers.Answer{Value: answers.Value{Set: true, Choice: "partial"}})
	f.Actions = nil
	d := drive(t, Config{Questionnaire: q, Answers: f, Path: "b.yaml", Save: (&store{}).save, Today: assessed})
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
