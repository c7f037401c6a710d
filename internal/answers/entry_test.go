package answers_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestEnter covers each rule by which both modes of the walk-through turn
// what a person entered into an answer: "don't know" (flag and option),
// "not applicable" with and without a reason, estimates, checked choices,
// values out of range, and entries without a value.
func TestEnter(t *testing.T) {
	sample := sampleQ(t)
	fields := parseFile(t, "../../testdata/questionnaires/valid/v11-fields.yaml")
	assessed := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	ev := []answers.Evidence{{URL: "https://wiki.example.com/x"}}
	measured := &answers.Measured{Metric: "first-response", Cases: 12}
	num := func(f float64) answers.Value { return answers.Value{Set: true, Number: f} }
	choice := func(c string) answers.Value { return answers.Value{Set: true, Choice: c} }
	choices := func(c ...string) answers.Value { return answers.Value{Set: true, Choices: append([]string{}, c...)} }
	tests := []struct {
		name string
		q    *questionnaire.Questionnaire
		id   string
		old  *answers.Answer // on file before; nil for none
		in   answers.Entry
		want *answers.Answer // nil: nothing to store, or refused
		err  string          // the kind of the refusal
	}{
		// "Don't know": the flag, or the question's own option.
		{"unknown flag", fields, "hashing", nil,
			answers.Entry{Unknown: true, Note: "not measured before Q1"},
			&answers.Answer{Unknown: true, Note: "not measured before Q1"}, ""},
		{"unknown option, single", fields, "coverage", nil,
			answers.Entry{Unknown: true}, &answers.Answer{Value: choice("dont-know")}, ""},
		{"unknown option, multi", fields, "channels", nil,
			answers.Entry{Unknown: true}, &answers.Answer{Value: choices("dont-know")}, ""},
		{"unknown not allowed", sample, "uploads", nil,
			answers.Entry{Unknown: true}, nil, "entry:unknown"},
		{"unknown keeps evidence", fields, "users", &answers.Answer{Value: num(3), Evidence: ev},
			answers.Entry{Unknown: true}, &answers.Answer{Unknown: true, Evidence: ev}, ""},

		// "Not applicable", with and without its reason.
		{"na with reason", sample, "classifier", nil,
			answers.Entry{NA: true, Note: "no video"}, &answers.Answer{NA: true, Note: "no video"}, ""},
		{"na without reason", sample, "classifier", nil,
			answers.Entry{NA: true}, &answers.Answer{NA: true}, ""},
		{"na over a value, estimate ignored", sample, "classifier",
			&answers.Answer{Value: choices("hash"), Estimate: true, Evidence: ev},
			answers.Entry{NA: true, Note: "no video", Estimate: answers.EstimateYes},
			&answers.Answer{NA: true, Note: "no video", Evidence: ev}, ""},
		{"na not allowed", sample, "uploads", nil,
			answers.Entry{NA: true, Note: "why"}, nil, "entry:na"},

		// Estimates belong to a value.
		{"estimate marked", fields, "users", nil,
			answers.Entry{Text: "1200", Estimate: answers.EstimateYes},
			&answers.Answer{Value: num(1200), Estimate: true}, ""},
		{"estimate on file, same value", fields, "users", &answers.Answer{Value: num(1200), Estimate: true},
			answers.Entry{Text: "1,200"}, &answers.Answer{Value: num(1200), Estimate: true}, ""},
		{"estimate on file, new value", fields, "users", &answers.Answer{Value: num(1200), Estimate: true},
			answers.Entry{Text: "1300"}, &answers.Answer{Value: num(1300)}, ""},
		{"estimate taken off", fields, "users", &answers.Answer{Value: num(1200), Estimate: true},
			answers.Entry{Text: "1200", Estimate: answers.EstimateNo}, &answers.Answer{Value: num(1200)}, ""},
		{"no estimate on a don't-know option", fields, "coverage", nil,
			answers.Entry{Choices: []string{"dont-know"}, Estimate: answers.EstimateYes},
			&answers.Answer{Value: choice("dont-know")}, ""},
		{"no estimate on don't know", fields, "users", nil,
			answers.Entry{Unknown: true, Estimate: answers.EstimateYes}, &answers.Answer{Unknown: true}, ""},

		// Choices are checked as the file checks them.
		{"single choice", sample, "hash-matching", nil,
			answers.Entry{Choices: []string{"some"}}, &answers.Answer{Value: choice("some")}, ""},
		{"single, no such option", sample, "hash-matching", nil,
			answers.Entry{Choices: []string{"maybe"}}, nil, "choice:unknown"},
		{"single, two options", sample, "hash-matching", nil,
			answers.Entry{Choices: []string{"some", "all"}}, nil, "choice:unknown"},
		{"multi", sample, "regions", nil,
			answers.Entry{Choices: []string{"eu", "us"}}, &answers.Answer{Value: choices("eu", "us")}, ""},
		{"exclusive with others", sample, "regions", nil,
			answers.Entry{Choices: []string{"eu", "none"}}, nil, "choice:exclusive"},
		{"exclusive alone", sample, "regions", nil,
			answers.Entry{Choices: []string{"none"}}, &answers.Answer{Value: choices("none")}, ""},
		{"multi, none chosen", sample, "regions", nil,
			answers.Entry{Choices: []string{}}, &answers.Answer{Value: choices()}, ""},

		// Typed values: read as a person types them, checked.
		{"below the minimum", sample, "users", nil,
			answers.Entry{Text: "-3"}, nil, "value:below-min"},
		{"above the maximum", sample, "reviewed-share", nil,
			answers.Entry{Text: "101"}, nil, "value:above-max"},
		{"not a number", sample, "users", nil,
			answers.Entry{Text: "many"}, nil, "value:syntax"},
		{"in the language", sample, "users", nil,
			answers.Entry{Text: "1.8M"}, &answers.Answer{Value: num(1800000)}, ""},
		{"date after the assessment", sample, "risk-date", nil,
			answers.Entry{Text: "2027-01-01"}, nil, "date-after"},
		{"kept as written", sample, "comments", &answers.Answer{Value: answers.Value{Set: true, Text: " as\twritten "}},
			answers.Entry{Kept: true, Text: "as written"}, &answers.Answer{Value: answers.Value{Set: true, Text: " as\twritten "}}, ""},

		// Empty input: no value entered.
		{"empty, nothing on file", sample, "users", nil, answers.Entry{}, nil, ""},
		{"empty single choice", sample, "hash-matching", nil, answers.Entry{}, nil, ""},
		{"empty with a note", sample, "users", nil,
			answers.Entry{Note: "ask finance"}, &answers.Answer{Note: "ask finance"}, ""},
		{"value deleted", sample, "users", &answers.Answer{Value: num(7), Note: "n", Evidence: ev},
			answers.Entry{Note: "n"}, &answers.Answer{Note: "n", Evidence: ev}, ""},
		{"new note on a don't know", fields, "users", &answers.Answer{Unknown: true, Note: "old", Evidence: ev},
			answers.Entry{Note: "new"}, &answers.Answer{Unknown: true, Note: "new", Evidence: ev}, ""},
		{"empty, unchanged", fields, "users", &answers.Answer{Unknown: true, Note: "old"},
			answers.Entry{Note: "old"}, nil, ""},

		// A measured record stays only with what was measured.
		{"measured, same value", fields, "first-response",
			&answers.Answer{Value: answers.Value{Set: true, Duration: 20 * time.Second}, Measured: measured},
			answers.Entry{Text: "20s"},
			&answers.Answer{Value: answers.Value{Set: true, Duration: 20 * time.Second, DurationText: "20s"}, Measured: measured}, ""},
		{"measured, new value", fields, "first-response",
			&answers.Answer{Value: answers.Value{Set: true, Duration: 20 * time.Second}, Measured: measured},
			answers.Entry{Text: "40s"},
			&answers.Answer{Value: answers.Value{Set: true, Duration: 40 * time.Second, DurationText: "40s"}}, ""},
		{"measured, marked an estimate", fields, "first-response",
			&answers.Answer{Value: answers.Value{Set: true, Duration: 20 * time.Second}, Measured: measured},
			answers.Entry{Text: "20s", Estimate: answers.EstimateYes},
			&answers.Answer{Value: answers.Value{Set: true, Duration: 20 * time.Second, DurationText: "20s"}, Estimate: true}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := answers.New(tt.q, assessed)
			qn := tt.q.Question(tt.id)
			if qn == nil {
				t.Fatalf("no question %q", tt.id)
			}
			if tt.old != nil {
				f.Put(qn, tt.old)
			}
			got, err := f.Enter(qn, tt.in, "en")
			if kind := errKind(err); kind != tt.err {
				t.Fatalf("error %v (%s), want %s", err, kind, tt.err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// errKind names a refusal by its type and kind, "" for none.
func errKind(err error) string {
	var ee *answers.EntryError
	var ce *answers.ChoiceError
	var ve *questionnaire.ValueError
	var de *answers.DateAfterError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &ee):
		return "entry:" + string(ee.Kind)
	case errors.As(err, &ce):
		return "choice:" + string(ce.Kind)
	case errors.As(err, &ve):
		return "value:" + string(ve.Kind)
	case errors.As(err, &de):
		return "date-after"
	}
	return "other: " + err.Error()
}

// TestEntryErrorSaysWhich: the English of an EntryError names what the
// question does not allow.
func TestEntryErrorSaysWhich(t *testing.T) {
	for kind, want := range map[answers.EntryKind]string{
		answers.EntryNA:      `this question cannot be answered "not applicable"`,
		answers.EntryUnknown: `this question cannot be answered "don't know"`,
	} {
		if got := (&answers.EntryError{Kind: kind}).Error(); got != want {
			t.Errorf("%s: %q, want %q", kind, got, want)
		}
	}
}
