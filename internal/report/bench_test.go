package report

import "testing"

// The report of a 2,000-question assessment should take under a second
// and grow linearly with the questions.
func BenchmarkRender200(b *testing.B)  { benchRender(b, 200) }
func BenchmarkRender2000(b *testing.B) { benchRender(b, 2000) }

func benchRender(b *testing.B, n int) {
	in := genInput(b, n, "en")
	b.ReportAllocs()
	b.ResetTimer()
	size := 0
	for b.Loop() {
		data, err := Render(in)
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size)/1024, "KiB/pdf")
}
