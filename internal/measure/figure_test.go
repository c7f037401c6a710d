package measure

import (
	"testing"
	"time"
)

func mins(ms ...float64) []int64 {
	out := make([]int64, len(ms))
	for i, m := range ms {
		out[i] = int64(m * float64(time.Minute))
	}
	return out
}

// TestQuantile checks the median, p90 and p95 against figures worked out
// by hand: odd and even n, the mean before the rounding, rounding up to
// the minute, nearest rank at the edges, and an open case under the rank.
func TestQuantile(t *testing.T) {
	tests := []struct {
		name   string
		m      Metric
		closed []int64
		n      int
		want   int64
		ok     bool
	}{
		{"median odd", Median, mins(1, 5, 9), 3, 5, true},
		{"median even mean", Median, mins(1, 5, 9, 10), 4, 7, true},
		{"median even mean rounds up", Median, mins(1, 2), 2, 2, true},         // 1.5 → 2
		{"median mean then round", Median, mins(1.25, 1.25), 2, 2, true},       // 1.25 → 2
		{"median zero", Median, mins(0, 0, 0), 3, 0, true},                     // 0 stays 0
		{"median one second", Median, []int64{int64(time.Second)}, 1, 1, true}, // 1 s → 1 min
		{"median exact minute", Median, mins(60), 1, 60, true},
		{"median single", Median, mins(42), 1, 42, true},
		{"median on open (odd)", Median, mins(1), 3, 0, false},          // 2nd of 3 is open
		{"median half open even", Median, mins(1, 2), 4, 0, false},      // 3rd is open
		{"median open above middle", Median, mins(1, 2, 3), 4, 3, true}, // (2+3)/2=2.5 → 3
		{"median all open", Median, nil, 2, 0, false},
		{"p90 of 10 is 9th", P90, mins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 10, 9, true},
		{"p90 of 11 is 10th", P90, mins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 11, 10, true},
		{"p90 of 1", P90, mins(3), 1, 3, true},
		{"p90 of 10 with one open", P90, mins(1, 2, 3, 4, 5, 6, 7, 8, 9), 10, 9, true},
		{"p90 of 10 with two open", P90, mins(1, 2, 3, 4, 5, 6, 7, 8), 10, 0, false},
		{"p95 of 20 is 19th", P95, mins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20), 20, 19, true},
		{"p95 of 21 is 20th", P95, mins(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21), 21, 20, true},
		{"p95 of 2 is 2nd", P95, mins(1, 2), 2, 2, true},
		{"p95 rounds up seconds", P95, []int64{int64(61 * time.Second)}, 1, 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Quantile(tt.m, tt.closed, tt.n)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("Quantile(%s, n=%d) = %d, %v; want %d, %v", tt.m, tt.n, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestSharePercent checks one decimal with halves rounded up.
func TestSharePercent(t *testing.T) {
	tests := []struct {
		part, n int
		want    float64
	}{
		{1, 8, 12.5}, {1, 3, 33.3}, {2, 3, 66.7}, {0, 5, 0}, {5, 5, 100},
		{1, 16, 6.3},                         // 6.25 → 6.3 (half up)
		{1, 2000, 0.1},                       // 0.05 → 0.1
		{1, 2001, 0},                         // 0.04997… → 0.0
		{999, 1000, 99.9}, {1999, 2000, 100}, // 99.95 → 100.0
		{7, 9, 77.8},
	}
	for _, tt := range tests {
		if got := SharePercent(tt.part, tt.n); got != tt.want {
			t.Errorf("SharePercent(%d, %d) = %v, want %v", tt.part, tt.n, got, tt.want)
		}
	}
}
