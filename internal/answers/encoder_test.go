package answers_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestEncoderMatchesEncode: through a walk of edits (new answers, changed
// values and notes, lists changed in place, long and multi-line notes that
// fold, answers removed, the organization renamed, orphans kept), the
// Encoder's bytes are Encode's bytes after every step.
func TestEncoderMatchesEncode(t *testing.T) {
	q := sampleQ(t)
	data, err := os.ReadFile("testdata/messy.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("messy.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	var e answers.Encoder
	long := strings.Repeat("a long note that the encoder folds at eighty columns ", 4)
	steps := []struct {
		name string
		edit func()
	}{
		{"as read", func() {}},
		{"adopt", func() { f.Adopt(q) }},
		{"new note on uploads", func() {
			f.Put(q.Question("uploads"), &answers.Answer{Value: f.Get("uploads").Value, Note: long})
		}},
		{"note changed in place", func() { f.Get("uploads").Note = "short" }},
		{"multi list changed in place", func() { f.Get("regions").Value.Choices[0] = "eu" }},
		{"multi-line note", func() { f.Get("escalation").Note = "line one\nline two: with colon\n" }},
		{"removed", func() { delete(f.Answers, "classifier") }},
		{"organization renamed", func() { f.Organization = "Nytt namn AB" }},
		{"note with tabs and a line separator", func() { f.Get("users").Note = "\ttab\u2028sep" }},
		{"emptied", func() {
			for id := range f.Answers {
				delete(f.Answers, id)
			}
		}},
		{"one again", func() {
			f.Put(q.Question("uploads"), &answers.Answer{Note: long + long})
		}},
	}
	for _, st := range steps {
		st.edit()
		want := answers.Encode(f, q)
		got := e.Encode(f, q)
		if !bytes.Equal(got, want) {
			t.Fatalf("after %s:\nEncoder:\n%s\nEncode:\n%s", st.name, got, want)
		}
	}
}

// BenchmarkEncoderOneChange is the cost of a save after one answer in a
// file of 4,000: it must not grow with the number of answers beyond
// copying bytes.
func BenchmarkEncoderOneChange(b *testing.B) {
	q := sampleQ(b)
	f := answers.New(q, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	f.Organization = "Bench AB"
	for _, qn := range q.Questions {
		f.Put(qn, &answers.Answer{Note: "n"})
	}
	for i := 0; i < 4000; i++ {
		f.Set("orphan-"+strings.Repeat("x", i%7)+string(rune('a'+i%26))+itoaB(i), &answers.Answer{Note: "kept"})
	}
	var e answers.Encoder
	e.Encode(f, q)
	qn := q.Questions[0]
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.Put(qn, &answers.Answer{Note: itoaB(i)})
		_ = e.Encode(f, q)
	}
}

func itoaB(i int) string {
	s := ""
	for {
		s = string(rune('0'+i%10)) + s
		i /= 10
		if i == 0 {
			return s
		}
	}
}
