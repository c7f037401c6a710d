package answers_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

const targetsHeader = header + "  uploads: {value: yes}\ntargets:\n"

// TestDecodeTargets: targets are read in their own units and written back
// in a stable form, sections and questions in the questionnaire's order.
func TestDecodeTargets(t *testing.T) {
	q := sampleQ(t)
	file := targetsHeader +
		"  set_by: \"Board, minute 2026-11-12 §5\"\n" +
		"  questions:\n" +
		"    reviewed-share: {min: 90%, by: 2027-06-30}\n" +
		"    report-time: {max: 1 h, by: 2027-03-31}\n" +
		"    risk-date: {max: 365d, by: 2027-03-31}\n" +
		"  sections: {response: {min: 80, by: 2027-03-31}}\n" +
		"  overall: {min: 70.5, by: 2027-06-30}\n"
	f, err := answers.DecodeWith("a.yaml", []byte(file), q, answers.DecodeOptions{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	ts := f.Targets
	if ts.SetBy != "Board, minute 2026-11-12 §5" || ts.Count() != 5 {
		t.Fatalf("targets = %+v", ts)
	}
	if got := ts.Questions["report-time"].Max; got.Value != 60 || got.Text != "1h" {
		t.Errorf("report-time max = %+v, want 60 minutes written 1h", got)
	}
	if got := ts.Questions["reviewed-share"].Min; got.Value != 90 || got.Text != "" {
		t.Errorf("reviewed-share min = %+v", got)
	}
	if got := ts.Questions["risk-date"].Max.Value; got != 365*24*60 {
		t.Errorf("risk-date max = %v minutes", got)
	}
	if ts.Overall.Min.Value != 70.5 || ts.Overall.By.Format("2006-01-02") != "2027-06-30" {
		t.Errorf("overall = %+v", ts.Overall)
	}
	out := string(answers.Encode(f, q))
	want := "targets:\n" +
		"  set_by: Board, minute 2026-11-12 §5\n" +
		"  overall: {min: 70.5, by: 2027-06-30}\n" +
		"  sections:\n    response: {min: 80, by: 2027-03-31}\n" +
		"  questions:\n" +
		"    report-time: {max: 1h, by: 2027-03-31}\n" +
		"    reviewed-share: {min: 90, by: 2027-06-30}\n" +
		"    risk-date: {max: 365d, by: 2027-03-31}\n"
	if !strings.HasSuffix(out, want) {
		t.Errorf("encoded:\n%s\nwant it to end with:\n%s", out, want)
	}
	again, err := answers.DecodeWith("a.yaml", []byte(out), q, answers.DecodeOptions{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if out2 := string(answers.Encode(again, q)); out2 != out {
		t.Errorf("not stable:\n%s\nthen\n%s", out, out2)
	}
}

// TestDecodeTargetErrors: every broken rule of a target is refused at the
// line and column of what breaks it.
func TestDecodeTargetErrors(t *testing.T) {
	q := sampleQ(t)
	tests := []struct{ name, body, want string }{
		{"date that does not exist", "  overall: {min: 70, by: 2027-02-30}\n",
			`a.yaml:8:26: target overall by: 2027-02-30 is not a day that exists`},
		{"date not a date", "  overall: {min: 70, by: soon}\n",
			`a.yaml:8:26: target overall by: "soon" is not a date: write YYYY-MM-DD, e.g. 2026-03-01`},
		{"by missing", "  overall: {min: 70}\n",
			`a.yaml:8:12: target overall: missing required field "by"`},
		{"no limit", "  overall: {by: 2027-01-01}\n",
			`a.yaml:8:12: target overall: give min or max: the figure the target holds to`},
		{"min above max", "  overall: {min: 80, max: 70, by: 2027-01-01}\n",
			`a.yaml:8:12: target overall: min 80 is above max 70`},
		{"score above 100", "  overall: {min: 120, by: 2027-01-01}\n",
			`a.yaml:8:18: target overall min: "120" is not a score from 0 to 100`},
		{"unknown field", "  overall: {mini: 70, by: 2027-01-01}\n",
			`a.yaml:8:13: unknown field "mini" in target overall; did you mean "min"?`},
		{"unknown section", "  sections: {respons: {min: 80, by: 2027-01-01}}\n",
			`a.yaml:8:14: target: sample has no section "respons"; did you mean "response"?`},
		{"section not scored", "  sections: {profile: {min: 80, by: 2027-01-01}}\n",
			`a.yaml:8:14: target: section "profile" is not scored (weight 0), so a target on it could never be met`},
		{"unknown question", "  questions: {report-tme: {max: 1h, by: 2027-01-01}}\n",
			`a.yaml:8:15: target: sample has no question "report-tme"; did you mean "report-time"?`},
		{"question without a figure", "  questions: {escalation: {min: 1, by: 2027-01-01}}\n",
			`a.yaml:8:15: target: question "escalation" is answered with yes or no, not a number, a duration or a date, so it has no figure for a min or max; set a target on its section instead`},
		{"question not scored", "  questions: {users: {min: 1000, by: 2027-01-01}}\n",
			`a.yaml:8:15: target: question "users" is not scored, so a target on it would count for nothing; set targets on scored questions`},
		{"duration not a duration", "  questions: {report-time: {max: 90, by: 2027-01-01}}\n",
			`a.yaml:8:34: target on question "report-time" max: "90" is not a duration such as 1h, 30m or 7d`},
		{"number outside the question", "  questions: {reviewed-share: {min: 150, by: 2027-01-01}}\n",
			`a.yaml:8:37: target on question "reviewed-share" min: 150 is outside what question "reviewed-share" can be answered (from 0 to 100)`},
		{"percent not a number", "  questions: {reviewed-share: {min: lots, by: 2027-01-01}}\n",
			`a.yaml:8:37: target on question "reviewed-share" min: "lots" is not a number`},
		{"before Earliest", "  overall: {min: 70, by: 1999-12-31}\n",
			`a.yaml:8:26: target overall by: 1999-12-31 is before 2000-01-01`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := answers.DecodeWith("a.yaml", []byte(targetsHeader+tc.body), q, answers.DecodeOptions{Today: today})
			if err == nil {
				t.Fatalf("accepted:\n%s", tc.body)
			}
			if err.Error() != tc.want {
				t.Errorf("got  %s\nwant %s", err, tc.want)
			}
		})
	}
}

// TestResolveTarget: the names `target set` takes.
func TestResolveTarget(t *testing.T) {
	q := sampleQ(t)
	tests := []struct{ in, scope, id, err string }{
		{"overall", "overall", "", ""},
		{"response", "section", "response", ""},
		{"report-time", "question", "report-time", ""},
		{"section:response", "section", "response", ""},
		{"question:report-time", "question", "report-time", ""},
		{"question:response", "", "", `sample has no question "response"`},
		{"sektion:response", "", "", `"sektion:response": write section:ID or question:ID`},
		{"report-tim", "", "", `sample has no section or question "report-tim"; did you mean "report-time"?`},
	}
	for _, tc := range tests {
		scope, id, err := answers.ResolveTarget(q, tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("%s: err = %v, want %s", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || string(scope) != tc.scope || id != tc.id {
			t.Errorf("%s: %s %s %v", tc.in, scope, id, err)
		}
	}
}

// TestCarryTargets: run --from carries the targets, unchanged.
func TestCarryTargets(t *testing.T) {
	q := sampleQ(t)
	f, err := answers.DecodeWith("a.yaml", []byte(targetsHeader+"  set_by: Board\n  overall: {min: 70, by: 2027-06-30}\n  questions: {report-time: {max: 1h, by: 2027-03-31}}\n"), q, answers.DecodeOptions{Today: today})
	if err != nil {
		t.Fatal(err)
	}
	nf, _ := answers.CarryForward(f, q, answers.Origin{Path: "a.yaml"}, today)
	out := string(answers.Encode(nf, q))
	if !strings.Contains(out, "targets:\n  set_by: Board\n  overall: {min: 70, by: 2027-06-30}\n  questions:\n    report-time: {max: 1h, by: 2027-03-31}\n") {
		t.Errorf("carried file:\n%s", out)
	}
	nf.Targets.Overall.Min.Value = 1
	if f.Targets.Overall.Min.Value != 70 {
		t.Error("the carried targets share memory with the old file's")
	}
}

// FuzzTargetInput feeds arbitrary text to a target as `target set` and the
// plan screen take it. It must never panic; an accepted target must be
// written to a file that reads back to the same target and the same bytes.
func FuzzTargetInput(f *testing.F) {
	for _, s := range [][4]string{
		{"overall", "70", "", "2027-06-30"}, {"response", "", "80", "2027-02-30"}, {"report-time", "", "1 h", "2027-03-31"},
		{"reviewed-share", "90%", "", "2027-01-01"}, {"risk-date", "", "365d", "2026-12-31"}, {"question:users", "1,000", "", "x"},
		{"section:profile", "1e3", "-1", "1999-12-31"}, {"escalation", "1", "", "2027-01-01"}, {"overall", "0x10", "", "2027-01-01"},
	} {
		f.Add(s[0], s[1], s[2], s[3])
	}
	q := sampleQ(f)
	f.Fuzz(func(t *testing.T, on, minV, maxV, by string) {
		scope, id, tg, err := answers.TargetInput{On: on, Min: minV, Max: maxV, By: by}.Parse(q)
		if err != nil {
			if err.Error() == "" || strings.Contains(err.Error(), "\n") {
				t.Fatalf("error %q is not one line", err)
			}
			return
		}
		file := answers.New(q, today)
		file.Organization = "Org"
		file.SetTarget(scope, id, tg)
		out := answers.Encode(file, q)
		back, err := answers.DecodeWith("a.yaml", out, q, answers.DecodeOptions{Today: today})
		if err != nil {
			t.Fatalf("accepted %q %q %q %q, but its file does not read back: %v\n%s", on, minV, maxV, by, err, out)
		}
		got := back.Targets.Get(scope, id)
		if got == nil || !got.By.Equal(tg.By) || (got.Min == nil) != (tg.Min == nil) || (got.Max == nil) != (tg.Max == nil) ||
			got.Min != nil && got.Min.Value != tg.Min.Value || got.Max != nil && got.Max.Value != tg.Max.Value {
			t.Fatalf("target %+v read back as %+v\n%s", tg, got, out)
		}
		if again := answers.Encode(back, q); string(again) != string(out) {
			t.Fatalf("not stable:\n%s\nthen\n%s", out, again)
		}
	})
}
