package measure

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"time"
)

// genCase is one generated case, as the truth the CSV is written from.
type genCase struct {
	id      string
	recv    time.Time
	removed *time.Time
	tags    []string
	source  string
}

// TestRunAgainstNaive writes random exports (every timestamp form with an
// offset, quoted text with separators and line breaks, open cases, clock
// errors, repeated ids, cases either side of the period) and checks every
// metric against a plain reading of the rules computed from the generated
// cases themselves, not from the CSV.
func TestRunAgainstNaive(t *testing.T) {
	start := time.Date(2026, 6, 25, 0, 0, 0, 0, time.UTC)
	period := Period{From: DateOf(time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)), To: DateOf(time.Date(2026, 7, 31, 0, 0, 0, 0, time.UTC))}
	m, err := ParseMap("m.yaml", []byte(testMap))
	if err != nil {
		t.Fatal(err)
	}
	forms := []func(time.Time) string{
		func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05") },
		func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		func(t time.Time) string { return t.In(time.FixedZone("", 2*3600)).Format("2006-01-02T15:04:05-07:00") },
		func(t time.Time) string { return t.In(time.FixedZone("", -5*3600)).Format("2006-01-02 15:04:05 -0700") },
		func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") },
	}
	for seed := uint64(1); seed <= 40; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		n := 1 + r.IntN(60)
		var cases []genCase
		var b strings.Builder
		b.WriteString("Id,Subject,Created at,Content removed at,Tags,Via\n")
		for i := 0; i < n; i++ {
			c := genCase{id: fmt.Sprint(i)}
			if i > 0 && r.IntN(5) == 0 {
				c.id = cases[r.IntN(i)].id
			}
			c.recv = start.Add(time.Duration(r.IntN(45*86400)) * time.Second)
			switch k := r.IntN(10); {
			case k == 0: // open
			case k == 1: // clock error
				d := c.recv.Add(-time.Duration(1+r.IntN(3600)) * time.Second)
				c.removed = &d
			default:
				d := c.recv.Add(time.Duration(r.IntN(3*86400)) * time.Second)
				c.removed = &d
			}
			c.tags = []string{[]string{"csam", "spam", "grooming", "x"}[r.IntN(4)]}
			if r.IntN(3) == 0 {
				c.tags = append(c.tags, "csam")
			}
			c.source = []string{"api_scanner", "hash_match", "web_form"}[r.IntN(3)]
			removed := ""
			if c.removed != nil {
				removed = forms[r.IntN(len(forms))](*c.removed)
			}
			subject := []string{"plain", "\"comma, inside\"", "\"two\nlines\"", "\"a \"\"quote\"\"\""}[r.IntN(4)]
			fmt.Fprintf(&b, "%s,%s,%s,%s,%s,%s\n", c.id, subject, forms[r.IntN(len(forms))](c.recv), removed, strings.Join(c.tags, " "), c.source)
			cases = append(cases, c)
		}
		specs := []Spec{
			{Question: "median", Metric: Median, From: "received", To: "removed", Where: csea()},
			{Question: "p90", Metric: P90, From: "received", To: "removed"},
			{Question: "p95", Metric: P95, From: "received", To: "removed", Where: csea()},
			{Question: "within", Metric: ShareWithin, Within: 6 * time.Hour, From: "received", To: "removed", Where: csea()},
			{Question: "share", Metric: Share, Where: csea(), Match: map[string][]string{"source": {"proactive", "hash"}}},
			{Question: "count", Metric: Count, Where: csea()},
		}
		out, err := Run(specs, []Export{{"x.csv", strings.NewReader(b.String())}}, Options{Map: m, Period: &period})
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		// the rules, read plainly: period, then first row of each id
		seen := map[string]bool{}
		var kept []genCase
		repeated := 0
		for _, c := range cases {
			d := DateOf(c.recv)
			if d < period.From || d > period.To {
				continue
			}
			if seen[c.id] {
				repeated++
				continue
			}
			seen[c.id] = true
			kept = append(kept, c)
		}
		if out.Repeated != repeated || out.Cases != len(kept) {
			t.Fatalf("seed %d: repeated %d cases %d; want %d, %d", seed, out.Repeated, out.Cases, repeated, len(kept))
		}
		isCSEA := func(c genCase) bool {
			for _, tag := range c.tags {
				if tag == "csam" || tag == "grooming" {
					return true
				}
			}
			return false
		}
		for i, s := range specs {
			got := out.Results[i]
			var times []float64 // minutes, +Inf for open
			inScope, excluded, matched := 0, 0, 0
			for _, c := range kept {
				if s.Where != nil && !isCSEA(c) {
					continue
				}
				inScope++
				if c.source == "api_scanner" || c.source == "hash_match" {
					matched++
				}
				switch {
				case c.removed == nil:
					times = append(times, math.Inf(1))
				case c.removed.Before(c.recv):
					excluded++
				default:
					times = append(times, c.removed.Sub(c.recv).Minutes())
				}
			}
			sort.Float64s(times)
			want := Result{InScope: inScope}
			switch s.Metric {
			case Count:
				want.Cases, want.Number = inScope, float64(inScope)
			case Share:
				want.Cases = inScope
				if inScope > 0 {
					want.Number = math.Floor(1000*float64(matched)/float64(inScope)+0.5) / 10
				}
			default:
				want.Cases, want.Excluded = len(times), excluded
				for _, x := range times {
					if math.IsInf(x, 1) {
						want.Open++
					}
				}
				nn := len(times)
				var v float64
				switch s.Metric {
				case Median:
					if nn%2 == 1 {
						v = times[nn/2]
					} else if nn > 0 {
						v = (times[nn/2-1] + times[nn/2]) / 2
					}
				case P90:
					if nn > 0 {
						v = times[int(math.Ceil(0.9*float64(nn)))-1]
					}
				case P95:
					if nn > 0 {
						v = times[int(math.Ceil(0.95*float64(nn)))-1]
					}
				case ShareWithin:
					in := 0
					for _, x := range times {
						if x <= 360 {
							in++
						}
					}
					if nn > 0 {
						want.Number = math.Floor(1000*float64(in)/float64(nn)+0.5) / 10
					}
				}
				if s.Metric.Quantile() {
					want.Unknown = math.IsInf(v, 1)
					if !want.Unknown {
						want.Minutes = int64(math.Ceil(v - 1e-9))
					}
				}
			}
			want.NoCases = want.Cases == 0
			if want.NoCases {
				want.Unknown, want.Minutes, want.Number = false, 0, 0
			}
			if got.Cases != want.Cases || got.Open != want.Open || got.Excluded != want.Excluded || got.NoCases != want.NoCases ||
				got.Unknown != want.Unknown || got.Minutes != want.Minutes || got.Number != want.Number {
				t.Errorf("seed %d %s: got cases %d open %d excl %d none %v unknown %v min %d num %v; want %d %d %d %v %v %d %v",
					seed, s.Question, got.Cases, got.Open, got.Excluded, got.NoCases, got.Unknown, got.Minutes, got.Number,
					want.Cases, want.Open, want.Excluded, want.NoCases, want.Unknown, want.Minutes, want.Number)
			}
		}
	}
}
