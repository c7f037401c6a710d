package questionnaire

import (
	"time"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// MeasureMetrics lists the metrics a question's `measure` may name, in the
// order the documentation gives them: the three duration quantiles, then
// the three numbers.
var MeasureMetrics = []string{"median", "p90", "p95", "share_within", "share", "count"}

// Measure says how a question's figure is computed from a case export
// (1.2, `dutycheck measure`): the metric, the roles of the two times, and
// the conditions on the cases. Roles are names a map file gives columns.
type Measure struct {
	Metric string
	// From and To are the roles of the times a duration runs between
	// (median, p90, p95, share_within); "" for the others.
	From, To string
	// Within is share_within's limit.
	Within time.Duration
	// Where limits the cases in scope; Match is share's test. Each maps a
	// role to the values it may hold (any of them), in file order.
	Where, Match []MeasureCond
	Pos          yamlsrc.Pos
}

// MeasureCond is one condition: the role holds one of Values.
type MeasureCond struct {
	Role   string
	Values []string
}

// Roles lists the roles the measure reads, in the order written.
func (m *Measure) Roles() []string {
	var out []string
	seen := map[string]bool{}
	add := func(r string) {
		if r != "" && !seen[r] {
			seen[r] = true
			out = append(out, r)
		}
	}
	add(m.From)
	add(m.To)
	for _, c := range m.Where {
		add(c.Role)
	}
	for _, c := range m.Match {
		add(c.Role)
	}
	return out
}
