package tui

import (
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// writeSummary prints the scored assessment as plain sentences, without
// bars or drawing characters, so a screen reader reads it well and a
// script can log it. It follows the end screen: the overall score and
// rating (provisional, when it is), the must-have duties not met with the
// cap they cause, the board's targets with their states, the regimes that apply with their readiness, why the
// rating is provisional, what the result rests on, and each section.
func writeSummary(out io.Writer, s *session) {
	w, sum := s.w, s.summary()
	pos := sum.Position
	fmt.Fprintln(out, w.T("score.overall")+" "+inert.Line(pos.Headline))
	fmt.Fprintln(out, w.T("score.completion")+" "+pos.CompletionText)
	if pos.Cap != "" {
		fmt.Fprintln(out, inert.Line(pos.Cap))
	}
	if so := sum.SignOff; so != nil {
		fmt.Fprintln(out, w.T("score.signoff")+" "+inert.Line(so.Line))
	}
	if m := sum.MustHaves; len(m.Gaps) > 0 {
		fmt.Fprintln(out, m.Heading)
		if m.Consequence != "" {
			fmt.Fprintln(out, inert.Line(m.Consequence))
		}
		for _, g := range m.Gaps {
			fmt.Fprintln(out, "  - "+inert.Line(g.Text)+" ("+inert.Line(g.Action.Line)+")")
		}
	}
	if len(sum.Targets) > 0 {
		fmt.Fprintln(out, w.T("target.title"))
		for _, t := range sum.Targets {
			fmt.Fprintln(out, "  - "+inert.Line(t.What+": "+t.Line))
		}
	}
	if g := sum.Regimes; g.Any() {
		fmt.Fprintln(out, g.Heading)
		var not []string
		for _, reg := range g.NotApplying {
			not = append(not, inert.Line(reg.Title))
		}
		if g.None != "" {
			fmt.Fprintln(out, "  "+g.None)
		}
		// With no law or code applying, the regimes that do not apply are
		// named under the duties heading, not under the frameworks.
		notFirst := len(g.Duties) == 0
		if notFirst && len(not) > 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.not", strings.Join(not, "; ")))
		}
		for i, reg := range append(append([]summary.Regime{}, g.Duties...), g.NotDuties...) {
			title := inert.Line(reg.Title)
			if i == len(g.Duties) {
				fmt.Fprintln(out, g.NotDutiesHeading)
			}
			switch {
			case !reg.Scored:
				fmt.Fprintln(out, "  "+w.T("summary.section", title, reg.State))
			case reg.MustText != "":
				fmt.Fprintln(out, "  "+w.T("summary.section.critical", title, reg.ScoreText, reg.MustText))
			default:
				fmt.Fprintln(out, "  "+w.T("summary.section", title, reg.ScoreText))
			}
		}
		if !notFirst && len(not) > 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.not", strings.Join(not, "; ")))
		}
	}
	if sum.Provisional != nil {
		fmt.Fprintln(out, sum.Provisional.Line)
	}
	if rests := sum.RestsOn; rests.Line != "" {
		fmt.Fprintln(out, rests.Heading+": "+rests.Line)
	}
	if m := sum.Measured; m != nil {
		fmt.Fprintln(out, m.Line)
	}
	fmt.Fprintln(out, w.T("summary.sections"))
	for _, sec := range sum.Sections {
		title := inert.Line(sec.Title)
		if sec.MustText != "" {
			fmt.Fprintln(out, "  "+w.T("summary.section.critical", title, sec.ScoreText, sec.MustText))
		} else {
			fmt.Fprintln(out, "  "+w.T("summary.section", title, sec.ScoreText))
		}
	}
}
