package answers_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestDecodeResumingDroppedOption: a choice the questionnaire no longer
// offers is an error for Decode (validate, score), but DecodeOptions.Resuming keeps
// the answer as written, unanswered, with its old value as an orphaned
// value; encoding writes it back unchanged, with a note typed since.
func TestDecodeResumingDroppedOption(t *testing.T) {
	q := sampleQ(t)
	data := []byte("format: dutycheck-answers/v1\nquestionnaire: {id: sample, version: 0.9.0}\norganization: X\ndate: 2026-11-26\nanswers:\n  hash-matching: {value: most, note: old note}\n  regions: {value: [eu, mars]}\n  uploads: {value: yes}\n")
	if _, err := answers.Decode("a.yaml", data, q); err == nil || !strings.Contains(err.Error(), `"most" is not an option`) {
		t.Fatalf("Decode = %v, want the dropped option refused", err)
	}
	f, err := answers.DecodeWith("a.yaml", data, q, answers.DecodeOptions{Resuming: true})
	if err != nil {
		t.Fatalf("DecodeResuming: %v", err)
	}
	for id, want := range map[string]string{"hash-matching": "most", "regions": "eu, mars"} {
		a := f.Get(id)
		if a.Answered() {
			t.Errorf("%s counts as answered; it must be asked again", id)
		}
		if got := a.OrphanValue(); got != want {
			t.Errorf("%s orphaned value %q, want %q", id, got, want)
		}
	}
	out := answers.Encode(f, q)
	for _, want := range []string{"value: most", "note: old note", "mars"} {
		if !bytes.Contains(out, []byte(want)) {
			t.Errorf("encoded file lost %q:\n%s", want, out)
		}
	}
	var e answers.Encoder
	if got := e.Encode(f, q); !bytes.Equal(got, out) {
		t.Errorf("Encoder differs from Encode:\n%s\n%s", got, out)
	}
	f.Get("hash-matching").Note = "typed since"
	out = answers.Encode(f, q)
	if !bytes.Contains(out, []byte("note: typed since")) || !bytes.Contains(out, []byte("value: most")) {
		t.Errorf("a note typed since was lost:\n%s", out)
	}
	if got := e.Encode(f, q); !bytes.Equal(got, out) {
		t.Errorf("Encoder differs from Encode after a note:\n%s\n%s", got, out)
	}
}
