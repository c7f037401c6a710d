package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
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
	lw := max(runes(labels[0]), runes(labels[1]))
	if s.SignOff != nil {
		lw = max(lw, runes(p.T("score.signoff")))
	}
	indent := strings.Repeat(" ", lw)
	pos := s.Position
	fmt.Fprintf(&b, "%s %s\n", pad(labels[0], lw), inert.Line(pos.Headline))
	if pos.Cap != "" {
		fmt.Fprintf(&b, "%s %s\n", indent, inert.Line(pos.Cap))
	}
	fmt.Fprintf(&b, "%s %s\n", pad(labels[1], lw), pos.CompletionText)
	if s.Provisional != nil {
		fmt.Fprintf(&b, "%s %s\n", indent, s.Provisional.Line)
	}
	if so := s.SignOff; so != nil {
		fmt.Fprintf(&b, "%s %s\n", pad(p.T("score.signoff"), lw), inert.Line(so.Line))
	}
	b.WriteString("\n")
	width := 0
	for _, sec := range s.Sections {
		width = max(width, runes(inert.Line(sec.Title)))
	}
	width = min(width, 40)
	for _, sec := range s.Sections {
		title := pad(clip(inert.Line(sec.Title), width), width)
		if !sec.Scored {
			fmt.Fprintf(&b, "  %s   %s\n", title, sec.State)
			continue
		}
		line := fmt.Sprintf("  %s  %s  %s", title, padLeft(sec.ScoreText, 5), bar(sec.Score, 20))
		if sec.MustText != "" {
			line += "  " + sec.MustText
		}
		fmt.Fprintln(&b, line)
	}
	writeTargets(&b, s)
	scoreRegimes(&b, p, r, lang)
	scoreMustHaves(&b, s)
	if len(s.Others) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("score.others", len(s.Others)))
		for i, g := range s.Others {
			if i == 10 {
				fmt.Fprintf(&b, "  %s\n", p.T("score.gaps.more", len(s.Others)-10))
				break
			}
			fmt.Fprintf(&b, "  %s %s\n", pad(g.PointsText, 6), clip(inert.Line(g.Text), 90))
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
	if n := len(r.StaleEvidence); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.stale", n, inert.Line(strings.Join(r.StaleEvidence, ", "))))
	}
	if len(r.Gaps) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("score.see.plan"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// scoreRegimes lists the regimes in the order every output uses
// (scoring.GroupRegimes), as the PDF brief and the walk-through's end
// screen do: the laws and codes that apply with their readiness; then
// guidance and voluntary frameworks under a heading that says they are
// not duties; then proposals, which would apply if adopted, and lapsed
// laws, no longer in force, neither a duty and so without readiness; then
// those that do not apply. A legal status beside each title keeps a code
// from reading as a law.
func scoreRegimes(b *strings.Builder, p *l10n.Printer, r *scoring.Result, lang string) {
	if len(r.Regimes) == 0 {
		return
	}
	g := r.GroupRegimes()
	title := func(rr *scoring.RegimeResult, status bool) string {
		t := clip(inert.Line(rr.Regime.Title.In(lang)), 48)
		if st := p.LegalStatus(string(rr.Regime.Status)); status && st != "" {
			t += " (" + st + ")"
		}
		return t
	}
	width := 0
	for _, rr := range append(append(append([]*scoring.RegimeResult{}, g.Duties...), g.NotDuties...), g.NotApplying...) {
		width = max(width, runes(title(rr, true)))
	}
	for _, rr := range g.NotInForce {
		width = max(width, runes(title(rr, false)))
	}
	readiness := func(rr *scoring.RegimeResult) {
		state := p.T("score.regime.none")
		if rr.Scored {
			state = fmt.Sprintf("%s  %s", padLeft(p.Score(rr.Score), 5), bar(rr.Score, 20))
			if rr.CriticalGaps > 0 {
				state += "  " + p.N("must", rr.CriticalGaps)
			}
		}
		fmt.Fprintf(b, "  %s  %s\n", pad(title(rr, true), width), state)
	}
	fmt.Fprintf(b, "\n%s\n", p.T("end.regimes"))
	if len(g.Duties) == 0 {
		fmt.Fprintf(b, "  %s\n", p.T("score.regimes.none"))
	}
	for _, rr := range g.Duties {
		readiness(rr)
	}
	if len(g.NotDuties) > 0 {
		fmt.Fprintf(b, "%s\n", p.T("pdf.notDuties"))
		for _, rr := range g.NotDuties {
			readiness(rr)
		}
	}
	if len(g.NotInForce) > 0 {
		fmt.Fprintf(b, "%s\n", p.T("score.regimes.notInForce"))
		for _, rr := range g.NotInForce {
			verdict := p.T("score.regime.would")
			if rr.Regime.Status == questionnaire.StatusLapsed {
				verdict = p.LegalStatus(string(questionnaire.StatusLapsed))
			}
			fmt.Fprintf(b, "  %s  %s\n", pad(title(rr, false), width), verdict)
		}
	}
	if len(g.NotApplying) > 0 {
		fmt.Fprintf(b, "%s\n", p.T("score.regimes.not"))
		for _, rr := range g.NotApplying {
			fmt.Fprintf(b, "  %s\n", title(rr, true))
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
		fmt.Fprintf(b, "  ! %s\n", clip(inert.Line(g.Text), 90))
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
