package export

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/summary"
)

// targets writes the board's targets as a table: what each is set on, its
// limit and date, the figure now and its state; who set them above it.
func (m *mdWriter) targets() {
	s := m.s
	if len(s.Targets) == 0 {
		return
	}
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n\n", p.T("target.title"))
	if s.TargetsSetBy != "" {
		fmt.Fprintf(&m.b, "%s\n\n", mdText(s.TargetsSetBy))
	}
	fmt.Fprintf(&m.b, "| %s | %s | %s | %s |\n| --- | --- | --- | --- |\n",
		p.T("md.col.target"), p.T("md.col.targetLimit"), p.T("md.col.targetNow"), p.T("md.col.targetState"))
	for _, t := range s.Targets {
		what := mdText(t.What)
		if t.ID != "" {
			what += " " + code(t.ID)
		}
		state := mdText(t.StateText)
		if t.State == summary.TargetMissed {
			state = "**" + state + "**"
		}
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s |\n", what, mdText(t.Limit), mdText(t.Now), state)
	}
	m.b.WriteString("\n")
}
