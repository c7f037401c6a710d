package tui

import (
	"fmt"
	"github.com/dutycheck/dutycheck/internal/inert"
	"io"
	"strings"
)

// writeSummary prints the scored assessment as plain sentences, without
// bars or drawing characters, so a screen reader reads it well and a
// script can log it. It follows the end screen: the overall score and
// rating (provisional, when it is), the must-have duties not met with the
// cap they cause, the regimes that apply with their readiness, why the
// rating is provisional, what the result rests on, and each section.
func writeSummary(out io.Writer, s *session) {
	w, r, sum := s.w, s.score(), s.summary()
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
	if len(r.Regimes) > 0 {
		fmt.Fprintln(out, w.T("end.regimes"))
		binding, other, notApplying := splitRegimes(r)
		var not []string
		for _, rr := range notApplying {
			not = append(not, s.text(rr.Regime.Title))
		}
		// With no law or code applying, the regimes that do not apply are
		// named under the duties heading, not under the frameworks.
		notFirst := len(binding) == 0
		if notFirst && len(other) == 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.none"))
		}
		if notFirst && len(not) > 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.not", strings.Join(not, "; ")))
		}
		for i, rr := range append(binding, other...) {
			title := s.text(rr.Regime.Title)
			if i == len(binding) {
				fmt.Fprintln(out, w.T("pdf.notDuties"))
			}
			switch {
			case !rr.Scored:
				fmt.Fprintln(out, "  "+w.T("summary.section", title, w.T("end.regime.unscored")))
			case rr.CriticalGaps > 0:
				fmt.Fprintln(out, "  "+w.T("summary.section.critical", title, w.Score(rr.Score), w.N("musthave", rr.CriticalGaps)))
			default:
				fmt.Fprintln(out, "  "+w.T("summary.section", title, w.Score(rr.Score)))
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
