package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

const diffDir = "testdata/diff/"

func TestDiffText(t *testing.T) {
	code, out, errs := run(t, nil, "diff", "-q", diffDir+"sample-v2.yaml", "--old-q", diffDir+"sample-v1.yaml",
		diffDir+"old-v1.yaml", diffDir+"new-v2.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"Overall      50.0 → 82.5  (+32.5)",
		"Must-have duties not met: 1 → 1",
		"Questions changed from sample 1.0.0 to sample 2.0.0:",
		"  new:     transparency-report, board-review",
		"! transparency-report",
		"Gaps opened (1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestDiffDefaultQuestionnaire: without --old-q, OLD is scored against
// NEW's questionnaire, and the output says so.
func TestDiffDefaultQuestionnaire(t *testing.T) {
	code, out, errs := run(t, nil, "diff", diffDir+"old-v1.yaml", diffDir+"new-v2.yaml", "-q", diffDir+"sample-v2.yaml", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var d struct {
		Old struct {
			Questionnaire struct{ Version string }
			AnsweredTo    *struct{ Version string } `json:"answered_to"`
		}
		QuestionnaireChanges struct{ Basis string } `json:"questionnaire_changes"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatal(err)
	}
	if d.Old.Questionnaire.Version != "2.0.0" || d.Old.AnsweredTo == nil || d.Old.AnsweredTo.Version != "1.0.0" || d.QuestionnaireChanges.Basis != "fingerprints" {
		t.Errorf("diff = %+v", d)
	}
}

func TestDiffErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"diff", diffDir + "old-v1.yaml"}, 2, "name two answers files"},
		{[]string{"diff", "--format", "pdf", diffDir + "old-v1.yaml", diffDir + "new-v1.yaml"}, 2, "--format is text or json"},
		// escalation was a yes/no question in 1.0.0; its "no" is no option
		// of 2.0.0, so OLD needs its own questionnaire.
		{[]string{"diff", "-q", diffDir + "sample-v2.yaml", diffDir + "old-v1-escalation.yaml", diffDir + "new-v2.yaml"}, 1, "hint: if testdata/diff/old-v1-escalation.yaml was answered to another version"},
	} {
		code, _, errs := run(t, nil, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
	code, out, _ := run(t, nil, "diff", "-q", diffDir+"sample-v2.yaml", "--old-q", diffDir+"sample-v1.yaml",
		diffDir+"old-v1-escalation.yaml", diffDir+"new-v2.yaml")
	if code != 0 || !strings.Contains(out, "escalation") {
		t.Errorf("with --old-q the old answers load: exit %d", code)
	}
}

// TestHelpSaysMustHave: the help a user reads speaks of must-have duties,
// as the output does, not of "critical" gaps. The questionnaire field
// `critical` (named in changes' help, for authors) and the flag
// --fail-on-critical are contracts and may be named.
func TestHelpSaysMustHave(t *testing.T) {
	allowed := strings.NewReplacer("--fail-on-critical", "", "bands, critical, conditions", "")
	for _, c := range commands {
		_, out, errs := run(t, nil, c.Name, "-h")
		if help := out + errs; !strings.Contains(help, "Usage:") {
			t.Errorf("%s -h: no help:\n%s", c.Name, help)
		} else if strings.Contains(strings.ToLower(allowed.Replace(help)), "critical") {
			t.Errorf("%s: the help says critical:\n%s", c.Name, help)
		}
	}
}
