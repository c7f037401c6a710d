package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/columns"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// ScoreText writes the summary a person reads in a terminal or a CI log,
// in lang: the overall score and rating (provisional, with the reason,
// when it is), the sections, the regimes with whether they apply and
// their readiness, the must-have duties not met with the cap and their
// actions (never weighed in points), the other gaps by points lost, and
// what the result rests on. The facts and their words come from one
// summary.Summary, as on every other output; this only lays them out.
//
// opt carries what the summary needs beyond the result (the sign-off
// state, score's gate: a score below it never shows rounded up to meet
// it); without it, the summary of the result alone.
func ScoreText(w io.Writer, r *scoring.Result, lang string, opt ...summary.Options) error {
	var o summary.Options
	if len(opt) > 0 {
		o = opt[0]
	}
	s := summary.Build(r, lang, o)
	p := s.P
	var b strings.Builder
	q, f := r.Questionnaire, r.Answers
	head := fmt.Sprintf("%s %s", inert.Line(q.Title.In(lang)), q.Version)
	if f.Organization != "" {
		head += " · " + inert.Line(f.Organization)
	}
	fmt.Fprintf(&b, "%s · %s\n\n", head, p.Date(f.Date))
	labels := []string{p.T("score.overall"), p.T("score.completion")}
	lw := max(columns.Width(labels[0]), columns.Width(labels[1]))
	if s.SignOff != nil {
		lw = max(lw, columns.Width(p.T("score.signoff")))
	}
	indent := strings.Repeat(" ", lw)
	pos := s.Position
	fmt.Fprintf(&b, "%s %s\n", columns.Pad(labels[0], lw), inert.Line(pos.Headline))
	if pos.Cap != "" {
		fmt.Fprintf(&b, "%s %s\n", indent, inert.Line(pos.Cap))
	}
	fmt.Fprintf(&b, "%s %s\n", columns.Pad(labels[1], lw), pos.CompletionText)
	if s.Provisional != nil {
		fmt.Fprintf(&b, "%s %s\n", indent, s.Provisional.Line)
	}
	if so := s.SignOff; so != nil {
		fmt.Fprintf(&b, "%s %s\n", columns.Pad(p.T("score.signoff"), lw), inert.Line(so.Line))
	}
	b.WriteString("\n")
	width := 0
	for _, sec := range s.Sections {
		width = max(width, columns.Width(inert.Line(sec.Title)))
	}
	width = min(width, 40)
	for _, sec := range s.Sections {
		title := columns.Pad(columns.Clip(inert.Line(sec.Title), width), width)
		if !sec.Scored {
			fmt.Fprintf(&b, "  %s   %s\n", title, sec.State)
			continue
		}
		line := fmt.Sprintf("  %s  %s  %s", title, columns.PadLeft(sec.ScoreText, 5), bar(sec.Score, 20))
		if sec.MustText != "" {
			line += "  " + sec.MustText
		}
		fmt.Fprintln(&b, line)
	}
	writeTargets(&b, s)
	scoreRegimes(&b, s)
	scoreMustHaves(&b, s)
	if len(s.Others) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("score.others", len(s.Others)))
		for i, g := range s.Others {
			if i == 10 {
				fmt.Fprintf(&b, "  %s\n", p.T("score.gaps.more", len(s.Others)-10))
				break
			}
			fmt.Fprintf(&b, "  %s %s\n", columns.Pad(g.PointsText, 6), columns.Clip(inert.Line(g.Text), 90))
		}
	}
	rests := s.RestsOn
	if rests.Line != "" {
		fmt.Fprintf(&b, "\n%s: %s\n", rests.Heading, rests.Line)
		for _, k := range rests.Kinds {
			if len(k.IDs) > 0 {
				fmt.Fprintf(&b, "  %s: %s\n", k.Phrase, inert.Line(strings.Join(k.IDs, ", ")))
			}
		}
	}
	if m := s.Measured; m != nil {
		fmt.Fprintf(&b, "\n%s\n", m.Line)
		for _, it := range m.Items {
			fmt.Fprintf(&b, "  %s: %s\n", inert.Line(it.ID), inert.Line(it.Line))
		}
	}
	if rests.Unanswered != "" {
		fmt.Fprintf(&b, "\n%s\n", rests.Unanswered)
	}
	if rests.Orphans != "" {
		fmt.Fprintf(&b, "%s\n", inert.Line(rests.Orphans))
	}
	if rests.Stale != "" {
		fmt.Fprintf(&b, "\n%s\n", inert.Line(rests.Stale))
	}
	if len(r.Gaps) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("score.see.plan"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// scoreRegimes lists the regimes as the summary groups and words them:
// the laws and codes that apply with their readiness; then guidance and
// voluntary frameworks under a heading that says they are not duties;
// then proposals and lapsed laws, neither a duty and so without
// readiness; then those that do not apply. A legal status beside each
// title keeps a code from reading as a law.
func scoreRegimes(b *strings.Builder, s *summary.Summary) {
	g := s.Regimes
	if !g.Any() {
		return
	}
	named := func(reg summary.Regime) string { return columns.Clip(inert.Line(reg.Named), 60) }
	width := 0
	for _, part := range [][]summary.Regime{g.Duties, g.NotDuties, g.NotApplying} {
		for _, reg := range part {
			width = max(width, columns.Width(named(reg)))
		}
	}
	// A proposal's or a lapsed law's state says what its status would:
	// its title goes without it.
	for _, reg := range g.NotInForce {
		width = max(width, columns.Width(columns.Clip(inert.Line(reg.Title), 60)))
	}
	readiness := func(reg summary.Regime) {
		state := reg.State
		if reg.Scored {
			state = fmt.Sprintf("%s  %s", columns.PadLeft(reg.ScoreText, 5), bar(reg.Score, 20))
			if reg.MustText != "" {
				state += "  " + reg.MustText
			}
		}
		fmt.Fprintf(b, "  %s  %s\n", columns.Pad(named(reg), width), state)
	}
	fmt.Fprintf(b, "\n%s\n", g.Heading)
	if g.None != "" {
		fmt.Fprintf(b, "  %s\n", g.None)
	}
	for _, reg := range g.Duties {
		readiness(reg)
	}
	if len(g.NotDuties) > 0 {
		fmt.Fprintf(b, "%s\n", g.NotDutiesHeading)
		for _, reg := range g.NotDuties {
			readiness(reg)
		}
	}
	if len(g.NotInForce) > 0 {
		fmt.Fprintf(b, "%s\n", g.NotInForceHeading)
		for _, reg := range g.NotInForce {
			fmt.Fprintf(b, "  %s  %s\n", columns.Pad(columns.Clip(inert.Line(reg.Title), 60), width), reg.State)
		}
	}
	if len(g.NotApplying) > 0 {
		fmt.Fprintf(b, "%s\n", g.NotApplyingHeading)
		for _, reg := range g.NotApplying {
			fmt.Fprintf(b, "  %s\n", named(reg))
		}
	}
}

// scoreMustHaves lists the must-have duties not met with their
// consequence and action, before any other gap and without points.
func scoreMustHaves(b *strings.Builder, s *summary.Summary) {
	m := s.MustHaves
	if len(m.Gaps) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", m.Heading)
	if m.Consequence != "" {
		fmt.Fprintf(b, "  %s\n", inert.Line(m.Consequence))
	}
	for _, g := range m.Gaps {
		fmt.Fprintf(b, "  ! %s\n", columns.Clip(inert.Line(g.Text), 90))
		line := inert.Line(g.Action.Line)
		if g.Unknown {
			line += " · " + g.UnknownText
		}
		fmt.Fprintf(b, "      %s\n", line)
	}
}

func bar(score float64, width int) string {
	full := int(score/100*float64(width) + 0.5)
	full = max(0, min(width, full))
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}
