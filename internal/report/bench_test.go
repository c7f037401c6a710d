package report

import (
	"testing"
	"time"
)

// The report of a 2,000-question assessment should take under a second
// and grow linearly with the questions.
func BenchmarkRender200(b *testing.B)  { benchRender(b, 200) }
func BenchmarkRender2000(b *testing.B) { benchRender(b, 2000) }

// BenchmarkRenderBoard is the small 1.1 report with a baseline: regimes,
// actions and the brief's fitting.
func BenchmarkRenderBoard(b *testing.B) {
	in := boardInput(b, "en", true)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(in); err != nil {
			b.Fatal(err)
		}
	}
}

func benchRender(b *testing.B, n int) {
	in := genInput(b, n, "en")
	b.ReportAllocs()
	b.ResetTimer()
	size := 0
	cpu := cpuNow()
	for b.Loop() {
		data, err := Render(in)
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	reportCPU(b, cpu)
	b.ReportMetric(float64(size)/1024, "KiB/pdf")
}

// TestRenderTime keeps render time reasonable: a 2,000-question report
// renders in seconds, and ten times the questions takes no more than
// about ten times as long (the brief is fitted by bisection, tables are
// laid out once), so nothing quadratic creeps in. The best of three runs
// is taken, since the machine may be busy; -short skips it.
func TestRenderTime(t *testing.T) {
	if testing.Short() {
		t.Skip("timing")
	}
	best := func(n int) time.Duration {
		in := genInput(t, n, "en")
		var b time.Duration
		for i := range 3 {
			start := time.Now()
			if _, err := Render(in); err != nil {
				t.Fatal(err)
			}
			if d := time.Since(start); i == 0 || d < b {
				b = d
			}
		}
		return b
	}
	small, large := best(200), best(2000)
	t.Logf("200 questions: %v; 2,000 questions: %v", small, large)
	if large > 10*time.Second {
		t.Errorf("a 2,000-question report took %v; want well under 10s", large)
	}
	if large > 25*small {
		t.Errorf("2,000 questions took %.0f× as long as 200; want about 10× (linear)", float64(large)/float64(small))
	}
}
