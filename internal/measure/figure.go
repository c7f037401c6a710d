package measure

import (
	"slices"
	"time"
)

// figure computes spec i's figure over the cases kept.
func (c *cases) figure(i int, s Spec) Result {
	r := Result{Spec: s}
	whereBit := func(k int) bool { return c.bits[k*c.words+(2*i)/64]&(1<<((2*i)%64)) != 0 }
	matchBit := func(k int) bool { return c.bits[k*c.words+(2*i+1)/64]&(1<<((2*i+1)%64)) != 0 }
	if !s.Metric.Timed() {
		matched := 0
		for k := 0; k < c.n; k++ {
			if whereBit(k) {
				r.InScope++
				if matchBit(k) {
					matched++
				}
			}
		}
		r.Cases = r.InScope
		if r.Cases == 0 {
			r.NoCases = true
			return r
		}
		if s.Metric == Count {
			r.Number = float64(r.Cases)
		} else {
			r.Number = SharePercent(matched, r.Cases)
		}
		return r
	}
	from, to := c.times[s.From], c.times[s.To]
	var closed []int64
	for k := 0; k < c.n; k++ {
		if !whereBit(k) {
			continue
		}
		r.InScope++
		switch {
		case to[k] == noTime:
			r.Open++
		case from[k] == noTime || to[k] < from[k]:
			// no start to measure from, or a clock error: the time
			// cannot be known either way, so it is left out.
			r.Excluded++
		default:
			closed = append(closed, to[k]-from[k])
		}
	}
	r.Cases = r.InScope - r.Excluded
	if r.Cases == 0 {
		r.NoCases = true
		return r
	}
	if s.Metric == ShareWithin {
		within := 0
		limit := int64(s.Within)
		for _, d := range closed {
			if d <= limit {
				within++
			}
		}
		r.Number = SharePercent(within, r.Cases)
		return r
	}
	slices.Sort(closed)
	mins, ok := Quantile(s.Metric, closed, r.Cases)
	r.Minutes, r.Unknown = mins, !ok
	return r
}

// Quantile is the metric's figure in whole minutes (rounded up) over n
// cases of which the sorted closed times are given; the others are open
// and count as slower than every closed one. ok is false when the figure
// falls on an open case and cannot be known.
//
// The median is the middle time, or the mean of the two middle times when
// n is even (the mean first, then the rounding); p90 and p95 are the
// ⌈0.9·n⌉-th and ⌈0.95·n⌉-th smallest times (nearest rank).
func Quantile(m Metric, closed []int64, n int) (minutes int64, ok bool) {
	const minute = int64(time.Minute)
	rank := func(k int) (int64, bool) { // 1-based
		if k > len(closed) {
			return 0, false
		}
		return closed[k-1], true
	}
	switch m {
	case Median:
		if n%2 == 1 {
			v, ok := rank((n + 1) / 2)
			return ceilDiv(v, minute), ok
		}
		a, ok1 := rank(n / 2)
		b, ok2 := rank(n/2 + 1)
		if !ok1 || !ok2 {
			return 0, false
		}
		return ceilDiv(a+b, 2*minute), true
	case P90:
		v, ok := rank((9*n + 9) / 10)
		return ceilDiv(v, minute), ok
	case P95:
		v, ok := rank((19*n + 19) / 20)
		return ceilDiv(v, minute), ok
	}
	return 0, false
}

// SharePercent is part as a percentage of n with one decimal, halves
// rounded up: exact in integers, so 1 of 8 is 12.5 and 1 of 3 is 33.3.
func SharePercent(part, n int) float64 {
	permille := (2000*int64(part) + int64(n)) / (2 * int64(n))
	return float64(permille) / 10
}

// ceilDiv is ⌈a/b⌉ for a ≥ 0, b > 0.
func ceilDiv(a, b int64) int64 { return (a + b - 1) / b }
