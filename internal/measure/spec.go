package measure

import (
	"fmt"
	"sort"
	"time"
)

// Metric is how a question's figure is computed from its cases.
type Metric string

// The metrics: three quantiles of a duration, and three numbers.
const (
	Median      Metric = "median"
	P90         Metric = "p90"
	P95         Metric = "p95"
	ShareWithin Metric = "share_within"
	Share       Metric = "share"
	Count       Metric = "count"
)

// Metrics lists every metric, in the order the documentation gives them.
var Metrics = []Metric{Median, P90, P95, ShareWithin, Share, Count}

// Timed reports whether the metric reads each case's time from `from` to
// `to`.
func (m Metric) Timed() bool { return m == Median || m == P90 || m == P95 || m == ShareWithin }

// Quantile reports whether the metric is a duration quantile.
func (m Metric) Quantile() bool { return m == Median || m == P90 || m == P95 }

// Spec is one question's measure.
type Spec struct {
	// Question is the question's id, for messages and results.
	Question string
	Metric   Metric
	// From and To are the roles of the two timestamps of a timed metric.
	From, To string
	// Within is share_within's limit.
	Within time.Duration
	// Where limits the cases in scope: each role must hold one of the
	// values listed (any of them). Match is share's test on those cases.
	Where, Match map[string][]string
}

// Roles lists every role the specs read, with id and received always
// first, the others sorted.
func Roles(specs []Spec) []string {
	seen := map[string]bool{"id": true, "received": true}
	var rest []string
	addRole := func(r string) {
		if r != "" && !seen[r] {
			seen[r] = true
			rest = append(rest, r)
		}
	}
	for _, s := range specs {
		addRole(s.From)
		addRole(s.To)
		for r := range s.Where {
			addRole(r)
		}
		for r := range s.Match {
			addRole(r)
		}
	}
	sort.Strings(rest)
	return append([]string{"id", "received"}, rest...)
}

// Date is a calendar date: days since 1970-01-01.
type Date int64

// DateOf is the date of a midnight-UTC time.
func DateOf(t time.Time) Date {
	return Date(floorDiv(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix(), 86400))
}

// Time is the date as midnight UTC, the form answers hold dates in.
func (d Date) Time() time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// String is YYYY-MM-DD.
func (d Date) String() string { return d.Time().Format("2006-01-02") }

// Period is a range of dates, both ends included.
type Period struct{ From, To Date }

// ParsePeriod reads FROM..TO, both YYYY-MM-DD. A period refused is a
// *PeriodError.
func ParsePeriod(s string) (Period, error) {
	var p Period
	a, b, ok := cut(s, "..")
	if !ok {
		return p, &PeriodError{Kind: PeriodSyntax, Input: clip(s)}
	}
	for i, part := range []string{a, b} {
		t, err := time.Parse("2006-01-02", part)
		if err != nil {
			return p, &PeriodError{Kind: PeriodDate, Input: clip(s), Part: clip(part)}
		}
		if i == 0 {
			p.From = DateOf(t)
		} else {
			p.To = DateOf(t)
		}
	}
	if p.To < p.From {
		return p, &PeriodError{Kind: PeriodOrder, Input: clip(s)}
	}
	return p, nil
}

// PeriodKind is what is wrong with a period.
type PeriodKind string

// The kinds of PeriodError.
const (
	PeriodSyntax PeriodKind = "syntax" // not FROM..TO
	PeriodDate   PeriodKind = "date"   // Part is not a date
	PeriodOrder  PeriodKind = "order"  // it ends before it starts
)

// PeriodError is a period refused, told apart by Kind so that the command
// line says it in its language; Error is the English.
type PeriodError struct {
	Kind        PeriodKind
	Input, Part string
}

func (e *PeriodError) Error() string {
	switch e.Kind {
	case PeriodDate:
		return fmt.Sprintf("%q is not a date YYYY-MM-DD in the period %q", e.Part, e.Input)
	case PeriodOrder:
		return fmt.Sprintf("the period %q ends before it starts", e.Input)
	}
	return fmt.Sprintf("%q is not a period: write FROM..TO, e.g. 2026-07-01..2026-09-30", e.Input)
}

func cut(s, sep string) (string, string, bool) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
