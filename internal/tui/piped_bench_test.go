package tui

import (
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// pipedQuestionnaire is n questions in sections of 20, every fifth a
// single choice shown only after a yes to the one before.
func pipedQuestionnaire(tb testing.TB, n int) *questionnaire.Questionnaire {
	tb.Helper()
	var y strings.Builder
	y.WriteString("format: dutycheck/v1\nid: big\nversion: 1.0.0\ntitle: Big\nsections:\n")
	for i := 0; i < n; i++ {
		if i%20 == 0 {
			fmt.Fprintf(&y, "  - id: s%d\n    title: Section %d\n    questions:\n", i/20, i/20)
		}
		fmt.Fprintf(&y, "      - id: q%d\n        text: \"Question %d: does the service do the thing?\"\n", i, i)
		if i%5 == 1 {
			fmt.Fprintf(&y, "        type: single\n        options:\n          - {value: a, label: A, score: 0}\n          - {value: b, label: B, score: 1}\n        when: {question: q%d, equals: \"yes\"}\n", i-1)
		} else {
			y.WriteString("        type: yesno\n")
		}
	}
	q, err := questionnaire.Parse("big.yaml", []byte(y.String()))
	if err != nil {
		tb.Fatal(err)
	}
	return q
}

// pipedWalk answers every question of q through plain mode, as
// `dutycheck run < answers.txt` does, and returns how many bytes were saved.
func pipedWalk(tb testing.TB, q *questionnaire.Questionnaire) int {
	tb.Helper()
	in := "Acme\n" + strings.Repeat("1\n", len(q.Questions))
	saved := 0
	cfg := Config{Questionnaire: q, Answers: answers.New(q, assessed), Path: "big.yaml", New: true,
		Save: func(b []byte) error { saved += len(b); return nil }}
	if err := RunAccessible(cfg, strings.NewReader(in), io.Discard); err != nil {
		tb.Fatal(err)
	}
	return saved
}

// BenchmarkPipedWalk4000 is issue 11's 4,000 piped answers: each one is
// saved, so the walk is n saves of a file that grows to n answers.
func BenchmarkPipedWalk4000(b *testing.B) {
	q := pipedQuestionnaire(b, 4000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pipedWalk(b, q)
	}
}

// TestPipedWalkTakesSeconds: every answer is saved, so a walk of n
// answers encodes n files of up to n answers; that must cost copying bytes,
// not encoding every answer again. 2,000 piped answers took about 45 s on
// a loaded two-core machine when each save encoded the whole file, and
// take about one now; the bound is loose for a slow, shared CI machine.
func TestPipedWalkTakesSeconds(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("times a long walk")
	}
	q := pipedQuestionnaire(t, 2000)
	d := timeIt(func() { pipedWalk(t, q) })
	t.Logf("2,000 piped answers: %v", d)
	if d > 10*time.Second {
		t.Errorf("2,000 piped answers took %v; each save must not encode the whole file again", d)
	}
}

func timeIt(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
