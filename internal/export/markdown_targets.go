package export

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/targettext"
)

// targets writes the board's targets as a table: what each is set on, its
// limit and date, the figure now and its state; who set them above it.
func (m *mdWriter) targets(r *scoring.Result) {
	if len(r.Targets) == 0 {
		return
	}
	p, q := m.p, r.Questionnaire
	fmt.Fprintf(&m.b, "## %s\n\n", p.T("target.title"))
	if s := targettext.SetBy(p, r.Answers); s != "" {
		fmt.Fprintf(&m.b, "%s\n\n", mdText(s))
	}
	fmt.Fprintf(&m.b, "| %s | %s | %s | %s |\n| --- | --- | --- | --- |\n",
		p.T("md.col.target"), p.T("md.col.targetLimit"), p.T("md.col.targetNow"), p.T("md.col.targetState"))
	for _, tr := range r.Targets {
		what := mdText(targettext.What(p, q, tr, m.lang))
		if tr.ID != "" {
			what += " " + code(tr.ID)
		}
		state := mdText(targettext.State(p, tr.State))
		if tr.State == scoring.TargetMissed {
			state = "**" + state + "**"
		}
		now := p.T("target.no.figure")
		if tr.Known {
			now = targettext.Actual(p, q, tr, m.lang)
		}
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s |\n", what, mdText(targettext.Limit(p, q, tr, m.lang)), mdText(now), state)
	}
	m.b.WriteString("\n")
}
