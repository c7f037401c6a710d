package answers_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

// TestEncodeGolden writes a hand-edited file in canonical form: header
// fields in a fixed order, answers in questionnaire order, durations and
// numbers canonical, comments gone, orphans last and kept whole.
func TestEncodeGolden(t *testing.T) {
	q := sampleQ(t)
	data, err := os.ReadFile("testdata/messy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("messy.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	out := answers.Encode(f, q)
	golden(t, "testdata/messy.golden.yaml", out)

	t.Run("round trip", func(t *testing.T) {
		f2, err := answers.Decode("golden.yaml", out, q)
		if err != nil {
			t.Fatalf("the encoded file does not decode: %v\n%s", err, out)
		}
		if again := answers.Encode(f2, q); !bytes.Equal(again, out) {
			t.Errorf("encoding is not stable:\n%s\nthen\n%s", out, again)
		}
		sameAnswers(t, q, f, f2)
	})
	t.Run("key order", func(t *testing.T) {
		var want []string
		for _, qn := range q.Questions {
			if f.Get(qn.ID) != nil {
				want = append(want, qn.ID)
			}
		}
		want = append(want, "zz-removed", "old-question", "yes", "literal-orphan")
		if got := answerKeys(t, out); strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("keys %v, want %v", got, want)
		}
	})
	t.Run("orphans kept", func(t *testing.T) {
		// the orphan's alias to an anchor in a known answer is expanded:
		// the anchor is not written back, so the alias would dangle
		for _, want := range []string{"zz-removed:", "value: [a, b]", "old-question:", "value: some", "nested: [1, 2]"} {
			if !bytes.Contains(out, []byte(want)) {
				t.Errorf("encoded file lacks %q:\n%s", want, out)
			}
		}
	})
}

// answerKeys lists the keys under answers: in an encoded file.
func answerKeys(t *testing.T, data []byte) []string {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	top := doc.Content[0]
	for i := 0; i < len(top.Content); i += 2 {
		if top.Content[i].Value == "answers" {
			var keys []string
			m := top.Content[i+1]
			for j := 0; j < len(m.Content); j += 2 {
				keys = append(keys, m.Content[j].Value)
			}
			return keys
		}
	}
	t.Fatal("no answers")
	return nil
}

// sameAnswers checks that two files hold the same assessment.
func sameAnswers(t *testing.T, q *questionnaire.Questionnaire, a, b *answers.File) {
	t.Helper()
	if a.Organization != b.Organization || a.Service != b.Service || a.Respondent != b.Respondent ||
		a.DateSet != b.DateSet || !a.Date.Equal(b.Date) || a.Questionnaire.ID != b.Questionnaire.ID ||
		a.Questionnaire.Version != b.Questionnaire.Version || a.Questionnaire.SHA256 != b.Questionnaire.SHA256 {
		t.Errorf("header differs:\n%+v\n%+v", a, b)
	}
	if len(a.Questionnaire.Fingerprints) != len(b.Questionnaire.Fingerprints) {
		t.Errorf("fingerprints differ: %v vs %v", a.Questionnaire.Fingerprints, b.Questionnaire.Fingerprints)
	}
	for id, fp := range a.Questionnaire.Fingerprints {
		if b.Questionnaire.Fingerprints[id] != fp {
			t.Errorf("fingerprint of %s: %q vs %q", id, fp, b.Questionnaire.Fingerprints[id])
		}
	}
	if len(a.Answers) != len(b.Answers) {
		t.Errorf("%d answers vs %d", len(a.Answers), len(b.Answers))
	}
	for id, x := range a.Answers {
		y := b.Answers[id]
		if y == nil {
			t.Errorf("%s: lost", id)
			continue
		}
		qn := q.Question(id)
		if qn == nil {
			// an orphan is kept as YAML; only its note and na are read
			if x.NA != y.NA || x.Note != y.Note {
				t.Errorf("orphan %s: %+v vs %+v", id, x, y)
			}
			continue
		}
		typ := qn.Type
		if x.NA != y.NA || x.Unknown != y.Unknown || x.Estimate != y.Estimate || x.Note != y.Note ||
			x.Value.Set != y.Value.Set || x.Value.Format(typ) != y.Value.Format(typ) {
			t.Errorf("%s: %+v vs %+v", id, x, y)
		}
		if typ == questionnaire.Number && x.Value.Number != y.Value.Number {
			t.Errorf("%s: number %v vs %v", id, x.Value.Number, y.Value.Number)
		}
	}
	if strings.Join(a.Orphans(q), " ") != strings.Join(b.Orphans(q), " ") {
		t.Errorf("orphans %v vs %v", a.Orphans(q), b.Orphans(q))
	}
	sameEvidence(t, a, b)
	sameActions(t, q, a, b)
	if (a.From == nil) != (b.From == nil) || a.From != nil && (a.From.Path != b.From.Path || a.From.SHA256 != b.From.SHA256 || !a.From.Date.Equal(b.From.Date)) {
		t.Errorf("from %+v vs %+v", a.From, b.From)
	}
}

// sameEvidence checks that every answer, orphans included, has the same
// evidence in the same order.
func sameEvidence(t *testing.T, a, b *answers.File) {
	t.Helper()
	for id, x := range a.Answers {
		y := b.Answers[id]
		if y == nil {
			continue
		}
		if len(x.Evidence) != len(y.Evidence) {
			t.Errorf("%s: evidence %+v vs %+v", id, x.Evidence, y.Evidence)
			continue
		}
		for i, e := range x.Evidence {
			f := y.Evidence[i]
			if e.URL != f.URL || e.File != f.File || e.SHA256 != f.SHA256 || !e.Date.Equal(f.Date) {
				t.Errorf("%s: evidence %d: %+v vs %+v", id, i, e, f)
			}
		}
	}
}

// sameActions checks that both files hold the same plan.
func sameActions(t *testing.T, q *questionnaire.Questionnaire, a, b *answers.File) {
	t.Helper()
	if len(a.Actions) != len(b.Actions) {
		t.Errorf("%d actions vs %d", len(a.Actions), len(b.Actions))
	}
	for id, x := range a.Actions {
		y := b.Actions[id]
		if y == nil {
			t.Errorf("action %s: lost", id)
			continue
		}
		status := x.Status
		if status == "" {
			status = answers.ActionOpen
		}
		if x.Owner != y.Owner || !x.Due.Equal(y.Due) || status != y.Status || x.DoneWhen != y.DoneWhen || x.ApprovedBy != y.ApprovedBy {
			t.Errorf("action %s: %+v vs %+v", id, x, y)
		}
	}
	if strings.Join(a.OrphanActions(q), " ") != strings.Join(b.OrphanActions(q), " ") {
		t.Errorf("orphaned actions %v vs %v", a.OrphanActions(q), b.OrphanActions(q))
	}
}

// TestEncodeDurations: durations are written back in normal form, in the
// units the user chose (docs/answers-format.md).
func TestEncodeDurations(t *testing.T) {
	q := sampleQ(t)
	tests := []struct{ in, want string }{
		{"90m", "90m"},
		{"1.5h", "1.5h"},
		{"24h", "24h"},
		{"1440m", "1440m"},
		{"8d", "8d"},
		{"0.5d", "0.5d"},
		{"0", "0m"},
		{"1w2d3h4m", "1w2d3h4m"},
		{"30s", "30s"},
		{"1y", "1y"},
		{"1,5 h", "1.5h"},
		{"1,5 tim", "1.5h"},
		{"2 dagar 3 timmar", "2d3h"},
		{"1.50h", "1.5h"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			f, err := answers.Decode("a.yaml", []byte(header+"  report-time: {value: \""+tc.in+"\"}\n"), q)
			if err != nil {
				t.Fatal(err)
			}
			out := answers.Encode(f, q)
			if want := "  report-time:\n    value: " + tc.want + "\n"; !bytes.Contains(out, []byte(want)) {
				t.Errorf("no %q in\n%s", want, out)
			}
		})
	}
}

// TestEncodeValues: every type of value survives Encode and Decode, values
// YAML would read as other types included ("yes", "1.0", "2026-01-01" as
// text, a note that is a number).
func TestEncodeValues(t *testing.T) {
	q := sampleQ(t)
	date := time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		id string
		a  answers.Answer
	}{
		{"uploads", answers.Answer{Value: answers.Value{Set: true, Choice: "no"}}},
		{"regions", answers.Answer{Value: answers.Value{Set: true, Choices: []string{"us", "eu"}}}},
		{"regions", answers.Answer{Value: answers.Value{Set: true, Choices: []string{}}}},
		{"users", answers.Answer{Value: answers.Value{Set: true, Number: 0.1}}},
		{"users", answers.Answer{Value: answers.Value{Set: true, Number: 1e21}}},
		{"users", answers.Answer{Value: answers.Value{Set: true, Number: 12345678901234567}}},
		{"reviewed-share", answers.Answer{Value: answers.Value{Set: true, Number: 99.99}}},
		{"report-time", answers.Answer{Value: answers.Value{Set: true, Duration: 25 * time.Hour}}},
		{"risk-date", answers.Answer{Value: answers.Value{Set: true, Date: date}}},
		{"classifier", answers.Answer{NA: true, Note: "123"}},
		{"comments", answers.Answer{Value: answers.Value{Set: true, Text: "yes"}}},
		{"comments", answers.Answer{Value: answers.Value{Set: true, Text: "2026-01-01"}}},
		{"comments", answers.Answer{Value: answers.Value{Set: true, Text: "- a\n- b: c\n"}}},
		{"comments", answers.Answer{Value: answers.Value{Set: true, Text: "tab\there, esc \x1b[31m, nul \x00"}}},
		{"comments", answers.Answer{Value: answers.Value{Set: true, Text: ""}}},
		{"escalation", answers.Answer{Note: "only a note: # not a comment"}},
	}
	for _, tc := range tests {
		t.Run(tc.id+"/"+tc.a.Value.Format(q.Question(tc.id).Type), func(t *testing.T) {
			f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
			a := tc.a
			f.Put(q.Question(tc.id), &a)
			out := answers.Encode(f, q)
			f2, err := answers.Decode("a.yaml", out, q)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			sameAnswers(t, q, f, f2)
		})
	}
}

// TestNew: a new assessment records the questionnaire with its sha256 and
// a fingerprint per question, and writes a file that reads back.
func TestNew(t *testing.T) {
	q := sampleQ(t)
	f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	f.Organization = "Org"
	out := answers.Encode(f, q)
	for _, want := range []string{"format: dutycheck-answers/v1\n", "  id: sample\n", "  sha256: " + q.SHA256 + "\n",
		"    uploads: ", "    comments: ", "organization: Org\n", "date: 2026-11-26\n", "answers: {}\n"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	f2, err := answers.Decode("a.yaml", out, q)
	if err != nil {
		t.Fatal(err)
	}
	sameAnswers(t, q, f, f2)
	if c := answers.Compare(f2, q); !c.Known || c.Any() {
		t.Errorf("a new file compares as changed: %+v", c)
	}
}
