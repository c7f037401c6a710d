package tui

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// lockedStore is a store a walk in another goroutine saves to.
type lockedStore struct {
	mu sync.Mutex
	st store
}

func (l *lockedStore) save(b []byte) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.st.save(b)
}

func (l *lockedStore) last() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.st.last()
}

// lockedBuffer is output written by a walk in another goroutine.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// waitFor waits until the output holds want.
func waitFor(t *testing.T, out *lockedBuffer, want string) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(out.String(), want); {
		if time.Now().After(deadline) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
		time.Sleep(time.Millisecond)
	}
}

// TestPlainTypedAnswerSavedBeforeSaid: a person types one line at a time;
// each answer is on file before "Saved" shows and before the next prompt
// waits, as it always was.
func TestPlainTypedAnswerSavedBeforeSaid(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &lockedStore{}
	cfg := config(q, &st.st)
	cfg.Save = st.save
	in, typing := io.Pipe()
	out := &lockedBuffer{}
	done := make(chan error, 1)
	go func() { done <- RunAccessible(cfg, in, out) }()
	_, _ = io.WriteString(typing, "Example AB\n")
	waitFor(t, out, "Answer (1-2")
	if !strings.Contains(st.last(), "organization: Example AB") {
		t.Fatalf("the organization is not saved while the first question waits:\n%s", st.last())
	}
	_, _ = io.WriteString(typing, "1\n")
	waitFor(t, out, "Saved: Yes")
	if !strings.Contains(st.last(), "uploads:") {
		t.Fatalf("\"Saved: Yes\" shows, and the file lacks the answer:\n%s", st.last())
	}
	_ = typing.Close()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestPlainPipedSavesInBatches: piped answers are saved in batches, not
// once each, and the file at the end holds every one of them.
func TestPlainPipedSavesInBatches(t *testing.T) {
	q := pipedQuestionnaire(t, 2000)
	st := &store{}
	cfg := Config{Questionnaire: q, Answers: answers.New(q, assessed), Path: "big.yaml", New: true, Save: st.save}
	in := "Acme\n" + strings.Repeat("1\n", len(q.Questions))
	if err := RunAccessible(cfg, strings.NewReader(in), io.Discard); err != nil {
		t.Fatal(err)
	}
	if n := len(st.saves); n > 200 {
		t.Errorf("%d saves for 2,000 piped answers; they must be saved in batches", n)
	}
	if got := len(st.decode(t, q).Answers); got != 2000 {
		t.Errorf("%d answers on file, want 2,000", got)
	}
}

// TestPlainFailedSaveNotSaidSaved: when the save of a batch fails, no
// "Saved" line of that batch shows; the sitting ends saying why.
func TestPlainFailedSaveNotSaidSaved(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{fail: errors.New("disk full")}
	var out bytes.Buffer
	err := RunAccessible(config(q, st), strings.NewReader("Example AB\n1\n1\n"), &out)
	if err == nil {
		t.Fatal("no error from a walk whose saves failed")
	}
	if strings.Contains(out.String(), "Saved") {
		t.Errorf("a line says saved, and nothing was:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "NOT SAVED: disk full") {
		t.Errorf("the failure is not said:\n%s", out.String())
	}
}
