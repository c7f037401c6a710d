package answers_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// errLine is one line of a Decode error: the file, then line:col when the
// place is known, then the message.
var errLine = regexp.MustCompile(`^fuzz\.yaml:(?:[1-9][0-9]*:[1-9][0-9]*:)? \S.*$`)

// FuzzDecode feeds arbitrary bytes to Decode (seed corpus in
// testdata/fuzz/FuzzDecode). It must never panic; every error is one line
// per problem with its place; and whatever it accepts must encode to a
// file that decodes to the same assessment and encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	q := sample11(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := answers.Decode("fuzz.yaml", data, q)
		if err != nil {
			if file != nil {
				t.Errorf("a file came back with an error")
			}
			msg := err.Error()
			if msg == "" {
				t.Fatal("empty error")
			}
			for _, line := range strings.Split(msg, "\n") {
				if !errLine.MatchString(line) {
					t.Errorf("error line %q is not path:line:col: message", line)
				}
			}
			return
		}
		out := answers.Encode(file, q)
		again, err := answers.Decode("fuzz.yaml", out, q)
		if err != nil {
			t.Fatalf("accepted\n%s\nbut its encoding does not decode: %v\n%s", data, err, out)
		}
		if out2 := answers.Encode(again, q); !bytes.Equal(out, out2) {
			t.Fatalf("encoding is not stable:\n%s\nthen\n%s", out, out2)
		}
		sameAnswers(t, q, file, again)
	})
}

// FuzzParseText feeds arbitrary text to ParseText, as typed in the
// walk-through, for each type of question. It must never panic; an
// accepted answer, with the same text as its note, must save and read
// back the same; and written with Format it must parse to itself.
func FuzzParseText(f *testing.F) {
	q := sampleQ(f)
	for _, s := range []string{"yes", "no", "eu, us", "none", "120000", "1,5", "1,000", "90m", "1.5h", "1d", "2025-11-26", "hello", " 7 ", "0x1p-2", "1e400", "",
		"24h", "1,5 h", "1,5 tim", "1 h 30 min", "2 dagar", "0", "00.50h", "1,000h", ".h", "3 år"} {
		for i := range q.Questions {
			f.Add(i, s)
		}
	}
	f.Fuzz(func(t *testing.T, i int, s string) {
		if i < 0 || i >= len(q.Questions) {
			return
		}
		qn := q.Questions[i]
		v, err := answers.ParseText(qn, s)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q spans lines", err)
			}
			return
		}
		if !v.Set {
			t.Fatalf("accepted %q without a value", s)
		}
		// what is typed is saved: the file must encode and read back
		file := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
		file.Put(qn, &answers.Answer{Value: v, Note: s})
		out := answers.Encode(file, q)
		back, err := answers.Decode("fuzz.yaml", out, q)
		if err != nil {
			t.Fatalf("%s: %q saved as\n%s\ndoes not read back: %v", qn.Type, s, out, err)
		}
		sameAnswers(t, q, file, back)
		text := v.Format(qn.Type)
		w, err := answers.ParseText(qn, text)
		if qn.Type == questionnaire.FreeText {
			if err != nil || w.Text != s {
				t.Fatalf("text %q read back as %q, %v", s, w.Text, err)
			}
			return
		}
		if err != nil {
			t.Fatalf("%s: %q read as %q, which does not read back: %v", qn.Type, s, text, err)
		}
		if back := w.Format(qn.Type); back != text {
			t.Fatalf("%s: %q → %q → %q", qn.Type, s, text, back)
		}
	})
}
