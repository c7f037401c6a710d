package answers_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// header is the start of every inline answers file: the answers begin on
// line 6, indented by two spaces.
const header = "format: dutycheck-answers/v1\nquestionnaire: {id: sample}\norganization: Org\ndate: 2026-11-26\nanswers:\n"

// TestDecodeErrors: every answer the question cannot have is refused at
// its line and column, with a message that says what to write instead.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		want string
	}{
		{"not an option of a yesno", header + "  uploads: {value: true}\n",
			`a.yaml:6:20: answer to "uploads": "true" is not an option; choose one of yes, no`},
		{"unknown option of a single", header + "  hash-matching: {value: most}\n",
			`a.yaml:6:26: answer to "hash-matching": "most" is not an option; choose one of none, some, all`},
		{"unknown option of a multi", header + "  regions: {value: [eu, asia]}\n",
			`a.yaml:6:25: answer to "regions": "asia" is not an option; choose from eu, us, none`},
		{"an option chosen twice", header + "  regions: {value: [eu, eu]}\n",
			`a.yaml:6:25: answer to "regions": "eu" is chosen twice`},
		{"an exclusive option with others", header + "  regions: {value: [eu, none]}\n",
			`a.yaml:6:25: answer to "regions": "none" cannot be chosen with other options`},
		{"a scalar for a multi", header + "  regions: {value: eu}\n",
			`a.yaml:6:20: answer to "regions": a multiple-choice answer is a list, e.g. [eu, us]`},
		{"a list for a single", header + "  hash-matching: {value: [some]}\n",
			`a.yaml:6:26: answer to "hash-matching": this question takes one value, not a list; choose one of none, some, all`},
		{"a list for a number", header + "  users: {value: [1, 2]}\n",
			`a.yaml:6:18: answer to "users": expected a single value, got a list`},
		{"a mapping for a text", header + "  comments: {value: {a: b}}\n",
			`a.yaml:6:21: answer to "comments": expected a single value, got a mapping`},
		{"not a number", header + "  users: {value: many}\n",
			`a.yaml:6:18: answer to "users": "many" is not a number`},
		{"a number below the minimum", header + "  users: {value: -1}\n",
			`a.yaml:6:18: answer to "users": -1 is below the minimum 0`},
		{"a number above the maximum", header + "  reviewed-share: {value: 100.5}\n",
			`a.yaml:6:27: answer to "reviewed-share": 100.5 is above the maximum 100`},
		{"a number grouped in thousands is ambiguous", header + "  users: {value: \"1,000\"}\n",
			`a.yaml:6:18: answer to "users": "1,000" is ambiguous: write 1000 for a thousand, or 1.0 for a decimal`},
		{"not a finite number", header + "  users: {value: .nan}\n",
			`a.yaml:6:18: answer to "users": ".nan" is not a number`},
		// The wording of duration and date problems belongs to the
		// questionnaire package; here what matters is the place and that
		// its reason is passed on whole.
		{"a bad duration", header + "  report-time: {value: 4 fortnights}\n",
			`a.yaml:6:24: answer to "report-time": ` + durationErr("4 fortnights")},
		// Since 1.1 durations count whole seconds (30s and 0.5m are
		// fine); part of a second is still refused.
		{"a duration of part of a second", header + "  report-time: {value: 1.5s}\n",
			`a.yaml:6:24: answer to "report-time": ` + durationErr("1.5s")},
		{"a duration of part of a minute that is no whole second", header + "  report-time: {value: 0.001m}\n",
			`a.yaml:6:24: answer to "report-time": ` + durationErr("0.001m")},
		{"a bad date", header + "  risk-date: {value: 2025-02-30}\n",
			`a.yaml:6:22: answer to "risk-date": ` + dateErr("2025-02-30")},
		{"a date with a time", header + "  risk-date: {value: \"2025-02-03T10:00:00Z\"}\n",
			`a.yaml:6:22: answer to "risk-date": ` + dateErr("2025-02-03T10:00:00Z")},
		{"na where it is not allowed", header + "  uploads: {na: true}\n",
			`a.yaml:6:17: answer to "uploads": this question does not allow "not applicable"`},
		{"value and na together", header + "  classifier: {value: [images], na: true}\n",
			`a.yaml:6:23: answer to "classifier": give a value or na: true, not both`},
		{"na not a bool", header + "  classifier: {na: maybe}\n",
			`a.yaml:6:20: answer to "classifier" na: expected true or false, got the text "maybe"`},
		{"an unknown field with a typo", header + "  uploads: {vaule: yes}\n",
			`a.yaml:6:13: unknown field "vaule" in answer to "uploads"; did you mean "value"?`},
		{"an unknown field far from any", header + "  uploads: {value: yes, attachment: x}\n",
			`a.yaml:6:25: unknown field "attachment" in answer to "uploads"; known fields: value, na, unknown, estimate, measured, note, note_for, evidence`},
		{"an answer that is not a mapping", header + "  uploads: yes\n",
			`a.yaml:6:12: answer to "uploads": expected a mapping of fields, got the text "yes"`},
		{"an answer given twice", header + "  uploads: {value: yes}\n  uploads: {value: no}\n",
			`a.yaml:7:3: answers: field "uploads" given twice (first at line 6)`},
		{"wrong questionnaire id", strings.Replace(header, "{id: sample}", "{id: csea-duties}", 1),
			`a.yaml:2:16: these answers are for questionnaire "csea-duties", not "sample"`},
		{"questionnaire without id", strings.Replace(header, "{id: sample}", "{version: 1.0.0}", 1),
			`a.yaml:2:16: questionnaire: missing required field "id"`},
		{"an unknown top-level field", header + "  uploads: {value: yes}\norganisation: Org\n",
			`a.yaml:7:1: unknown field "organisation" in the answers file; did you mean "organization"?`},
		{"a missing format", strings.Replace(header, "format: dutycheck-answers/v1\n", "", 1),
			`a.yaml:1:1: the answers file: missing required field "format"`},
		{"a questionnaire instead of answers", strings.Replace(header, "dutycheck-answers/v1", "dutycheck/v1", 1),
			`a.yaml:1:9: format "dutycheck/v1" is a questionnaire, not an answers file`},
		{"a later format", strings.Replace(header, "dutycheck-answers/v1", "dutycheck-answers/v2", 1),
			`a.yaml:1:9: format "dutycheck-answers/v2" is not supported; this version reads "dutycheck-answers/v1"`},
		{"a bad assessment date", strings.Replace(header, "2026-11-26", "26.11.2026", 1),
			`a.yaml:4:7: date: ` + dateErr("26.11.2026")},
		{"an orphan that is not a mapping", header + "  old: maybe\n",
			`a.yaml:6:8: answer "old": expected a mapping of fields, got the text "maybe"`},
		{"an orphan's na not a bool", header + "  old: {na: 1}\n",
			`a.yaml:6:13: answer "old" na: expected true or false, got a number`},
		{"an unknown option in a block list", header + "  regions:\n    value:\n      - eu\n      - asia\n",
			`a.yaml:9:9: answer to "regions": "asia" is not an option; choose from eu, us, none`},
		{"a flow note with a question mark", header + "  uploads: {value: maybe, note: Varför?}\n",
			`a.yaml:6:20: answer to "uploads": "maybe" is not an option; choose one of yes, no`},
		{"binary data", header + "  comments: {value: !!binary SGVq}\n",
			`a.yaml:6:21: binary data (!!binary) is not supported; write plain text`},
		{"a list of lists for a multi", header + "  regions: {value: [[eu]]}\n",
			`a.yaml:6:21: answer to "regions": list items must be option values`},
		{"a long wrong value is clipped", header + "  uploads: {value: " + strings.Repeat("x", 60) + "}\n",
			`a.yaml:6:20: answer to "uploads": "` + strings.Repeat("x", 37) + `…" is not an option; choose one of yes, no`},
		{"an orphan nested too deep", header + "  old: {value: " + strings.Repeat("[", 70) + strings.Repeat("]", 70) + "}\n",
			`a.yaml:6:80: answer nested deeper than 64 levels`},
		{"a YAML syntax error", header + "  uploads: {value: yes\n",
			`a.yaml:6:3: YAML syntax: did not find expected ',' or '}'`},
		{"an alias bomb in an orphan", header + bomb,
			`a.yaml:13:14: aliases expand past a sane size (more than 200000 nodes)`},
		{"several problems, all reported in order", header + "  uploads: {value: maybe}\n  users: {value: -5}\n  risk-date: {value: soon}\n",
			`a.yaml:6:20: answer to "uploads": "maybe" is not an option; choose one of yes, no` + "\n" +
				`a.yaml:7:18: answer to "users": -5 is below the minimum 0` + "\n" +
				`a.yaml:8:22: answer to "risk-date": ` + dateErr("soon")},
	}
	q := sampleQ(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := answers.Decode("a.yaml", []byte(tc.file), q)
			if err == nil {
				t.Fatalf("decoded without error: %+v", f)
			}
			if f != nil {
				t.Errorf("a file came back with the error")
			}
			if err.Error() != tc.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tc.want)
			}
		})
	}
}

func durationErr(s string) string {
	_, err := questionnaire.ParseDuration(s)
	if err == nil {
		panic(s + " is a duration")
	}
	return err.Error()
}

func dateErr(s string) string {
	_, err := questionnaire.ParseDate(s)
	if err == nil {
		panic(s + " is a date")
	}
	return err.Error()
}

// bomb is an orphaned answer whose aliases expand to 10^9 nodes.
var bomb = `  old:
    value:
      a: &a [x, x, x, x, x, x, x, x, x, x]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
      f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
      g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
      h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
      i: [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
`

// TestDecode reads a good file: the header, every type of value, not
// applicable with its reason, notes, and orphans.
func TestDecode(t *testing.T) {
	q := sampleQ(t)
	file := header + `  uploads: {value: yes}
  regions: {value: [us, eu]}
  users: {value: 120000}
  hash-matching: {value: some, note: "PDQ on profile images"}
  classifier: {na: true, note: No video}
  report-time: {value: 90m}
  reviewed-share: {value: "70,5"}
  risk-date: {value: 2025-11-26}
  escalation: {note: ask on-call lead}
  comments: {value: "multi\nline"}
  old-question: {value: maybe, note: kept}
`
	f, err := answers.Decode("a.yaml", []byte(file), q)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id, want string
	}{
		{"uploads", "yes"},
		{"regions", "us, eu"},
		{"users", "120000"},
		{"hash-matching", "some"},
		{"report-time", "90m"},
		{"reviewed-share", "70.5"},
		{"risk-date", "2025-11-26"},
		{"comments", "multi\nline"},
	}
	for _, tc := range tests {
		t.Run(tc.id, func(t *testing.T) {
			a := f.Get(tc.id)
			if !a.Answered() || a.NA {
				t.Fatalf("not answered with a value: %+v", a)
			}
			if got := a.Value.Format(q.Question(tc.id).Type); got != tc.want {
				t.Errorf("value %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("header", func(t *testing.T) {
		if f.Organization != "Org" || f.Questionnaire.ID != "sample" || !f.DateSet || f.Date.Format("2006-01-02") != "2026-11-26" {
			t.Errorf("header %+v", f)
		}
	})
	t.Run("not applicable", func(t *testing.T) {
		a := f.Get("classifier")
		if !a.Answered() || !a.NA || a.Note != "No video" || a.Value.Set {
			t.Errorf("classifier %+v", a)
		}
	})
	t.Run("a note alone is no answer", func(t *testing.T) {
		if a := f.Get("escalation"); a.Answered() || a.Note != "ask on-call lead" {
			t.Errorf("escalation %+v", a)
		}
	})
	t.Run("positions", func(t *testing.T) {
		if p := f.Get("users").Pos; p.Line != 8 || p.Col != 3 {
			t.Errorf("users at %d:%d, want 8:3", p.Line, p.Col)
		}
	})
	t.Run("orphans", func(t *testing.T) {
		if got := f.Orphans(q); len(got) != 1 || got[0] != "old-question" {
			t.Errorf("orphans %v", got)
		}
		if a := f.Get("old-question"); a.Note != "kept" {
			t.Errorf("orphan %+v", a)
		}
	})
}

// TestDecodeOptional: a hand-written file may leave out sha256, date,
// answers and any single answer; null values are no answer.
func TestDecodeOptional(t *testing.T) {
	q := sampleQ(t)
	tests := []struct {
		name, file string
		answered   int
	}{
		{"no date, no answers", "format: dutycheck-answers/v1\nquestionnaire: {id: sample}\n", 0},
		{"answers null", "format: dutycheck-answers/v1\nquestionnaire: {id: sample}\nanswers:\n", 0},
		{"null value and note", header + "  uploads: {value: ~, note: ~}\n  users: {value: 3}\n", 1},
		{"na false is no answer", header + "  classifier: {na: false}\n", 0},
		{"an empty multi is an answer", header + "  regions: {value: []}\n", 1},
		// an orphan reads like any answer: a null note is no note
		{"an orphan with a null note", header + "  old: {value: x, note: ~}\n", 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := answers.Decode("a.yaml", []byte(tc.file), q)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, qn := range q.Questions {
				if f.Get(qn.ID).Answered() {
					n++
				}
			}
			if n != tc.answered {
				t.Errorf("%d answered, want %d", n, tc.answered)
			}
		})
	}
}

// TestSourceRef reads only the header, without a questionnaire.
func TestSourceRef(t *testing.T) {
	ref, err := answers.Parse("a.yaml", []byte("format: dutycheck-answers/v1\nquestionnaire: {id: csea-duties, version: 1.2.0, sha256: "+digestA+"}\nanswers: {x: {value: whatever}}\n")).Ref()
	if err != nil || ref.ID != "csea-duties" || ref.Version != "1.2.0" || ref.SHA256 != digestA {
		t.Errorf("ref %+v, err %v", ref, err)
	}
	// (1.1) the header alone is enough to refuse a digest or version that is not one
	if _, err := answers.Parse("a.yaml", []byte("format: dutycheck-answers/v1\nquestionnaire: {id: x, version: x, sha256: zz}\n")).Ref(); err == nil ||
		err.Error() != "a.yaml:2:33: questionnaire version: \"x\" is not a version such as 1.0.0\n"+
			"a.yaml:2:44: questionnaire sha256: \"zz\" is not a SHA-256 digest (64 hexadecimal digits)" {
		t.Errorf("err %v", err)
	}
	if _, err := answers.Parse("a.yaml", []byte("format: dutycheck-answers/v1\n")).Ref(); err == nil ||
		err.Error() != `a.yaml:1:1: answers file: missing required field "questionnaire"` {
		t.Errorf("err %v", err)
	}
}

// TestIsAnswers tells answers files from questionnaires by their format.
func TestParseIfAnswers(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{header, true},
		{"format: dutycheck/v1\n", false},
		{"format: [", false},
		{"", false},
		// YAML 1.2 that yaml.v3 alone would refuse: a '?' in flow text
		{"{format: dutycheck-answers/v1, organization: Vem?}\n", true},
		{"description: dutycheck-answers/v1\nformat: dutycheck/v1\n", false},
	}
	for _, tc := range tests {
		if got := answers.ParseIfAnswers("a.yaml", []byte(tc.data)) != nil; got != tc.want {
			t.Errorf("ParseIfAnswers(%q) != nil is %v", tc.data, got)
		}
	}
}
