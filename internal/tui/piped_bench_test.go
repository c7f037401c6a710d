package tui

import (
	"fmt"
	"io"
	"math"
	"runtime"
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
		// One line per question, so that 8,000 fit in the 1 MiB a
		// questionnaire may have.
		if i%5 == 1 {
			fmt.Fprintf(&y, "      - {id: q%d, text: \"Q%d?\", type: single, options: [{value: a, label: A, score: 0}, {value: b, label: B, score: 1}], when: {question: q%d, equals: \"yes\"}}\n", i, i, i-1)
		} else {
			fmt.Fprintf(&y, "      - {id: q%d, text: \"Does the service do thing %d?\", type: yesno}\n", i, i)
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

// BenchmarkPipedWalk4000 is issue 11's 4,000 piped answers.
func BenchmarkPipedWalk4000(b *testing.B) { benchPiped(b, 4000) }

// BenchmarkPipedWalk8000 is issue 24's 8,000 piped answers.
func BenchmarkPipedWalk8000(b *testing.B) { benchPiped(b, 8000) }

func benchPiped(b *testing.B, n int) {
	q := pipedQuestionnaire(b, n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		pipedWalk(b, q)
	}
}

// TestPipedWalkIsLinear: a piped walk of n answers costs O(n): 8,000
// answers allocate at most five times what 2,000 do (the steady gate:
// allocation does not depend on the machine's load) and take at most
// eight times their CPU time (best of three runs each; a quiet machine
// measures 3.9×, but the 2,000 walk's ~0.1 s of CPU is small enough that
// garbage collection and leftover goroutines of earlier tests have pushed
// the ratio past 6× on a fresh CI machine; O(n²) is sixteen times), and
// take seconds, not minutes. Saving after every answer and deciding every
// condition again after each made it O(n²): 8,000 took half a minute.
func TestPipedWalkIsLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("times long walks")
	}
	best := func(n int) (wall, cpu time.Duration, alloc uint64) {
		q := pipedQuestionnaire(t, n)
		wall, cpu, alloc = time.Hour, time.Hour, math.MaxUint64
		for range 3 {
			runtime.GC()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			c := cpuTime()
			w := timeIt(func() { pipedWalk(t, q) })
			runtime.ReadMemStats(&m1)
			wall, cpu, alloc = min(wall, w), min(cpu, cpuTime()-c), min(alloc, m1.TotalAlloc-m0.TotalAlloc)
		}
		return wall, cpu, alloc
	}
	w2, c2, a2 := best(2000)
	w8, c8, a8 := best(8000)
	t.Logf("piped answers: 2,000 %v (CPU %v, %d MB), 8,000 %v (CPU %v, %d MB): %.1f× CPU, %.1f× allocated",
		w2, c2, a2>>20, w8, c8, a8>>20, float64(c8)/float64(c2), float64(a8)/float64(a2))
	if w8 > 10*time.Second {
		t.Errorf("8,000 piped answers took %v", w8)
	}
	if a8 > 5*a2 {
		t.Errorf("8,000 piped answers allocated %d bytes, over five times the %d of 2,000", a8, a2)
	}
	if c8 > 8*c2 {
		t.Errorf("8,000 piped answers took %v of CPU, over eight times the %v of 2,000", c8, c2)
	}
}

func timeIt(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
