package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// ScoreText writes the summary a person reads in a terminal or a CI log,
// in lang (the catalogue's "score." keys): the overall score and rating
// (provisional, with the reason, when it is), the sections, the regimes
// with whether they apply and their readiness, the must-have duties not
// met with the cap and their owners and due dates (never weighed in
// points), the other gaps by points lost, and what the result rests on.
func ScoreText(w io.Writer, r *scoring.Result, lang string) error {
	return scoreTextGate(w, r, lang, 0)
}

// scoreTextGate is ScoreText with score's gate (0 for none): a score below it
// never shows rounded up to meet it.
func scoreTextGate(w io.Writer, r *scoring.Result, lang string, gate float64) error {
	p := l10n.For(lang)
	var b strings.Builder
	q, f := r.Questionnaire, r.Answers
	head := fmt.Sprintf("%s %s", inert.Line(q.Title.In(lang)), q.Version)
	if f.Organization != "" {
		head += " · " + inert.Line(f.Organization)
	}
	fmt.Fprintf(&b, "%s · %s\n\n", head, p.Date(f.Date))
	labels := []string{p.T("score.overall"), p.T("score.completion")}
	lw := max(runes(labels[0]), runes(labels[1]))
	rating := inert.Line(r.RatingLabel(lang))
	if r.Provisional {
		rating += " (" + p.T("provisional") + ")"
	}
	fmt.Fprintf(&b, "%s %s\n", pad(labels[0], lw), p.T("score.overall.value", p.ScoreBelow(r.Overall, gate), rating))
	if r.Capped {
		fmt.Fprintf(&b, "%s %s\n", strings.Repeat(" ", lw), p.T("score.capped", p.N("must", r.CriticalGaps), inert.Line(r.BandLabel(lang))))
	}
	fmt.Fprintf(&b, "%s %s\n", pad(labels[1], lw), p.T("score.completion.value", p.Percent(r.Completion), r.Answered, r.Applicable))
	if r.Provisional {
		fmt.Fprintf(&b, "%s %s\n", strings.Repeat(" ", lw), export.ProvisionalWhy(p, r.Reason))
	}
	b.WriteString("\n")
	width := 0
	for _, sr := range r.Sections {
		width = max(width, runes(inert.Line(sr.Section.Title.In(lang))))
	}
	width = min(width, 40)
	for _, sr := range r.Sections {
		title := pad(clip(inert.Line(sr.Section.Title.In(lang)), width), width)
		switch {
		case !sr.Applies:
			fmt.Fprintf(&b, "  %s   %s\n", title, p.T("score.does.not.apply"))
		case !sr.Scored:
			fmt.Fprintf(&b, "  %s   %s\n", title, p.T("score.not.scored"))
		default:
			line := fmt.Sprintf("  %s  %s  %s", title, padLeft(p.Score(sr.Score), 5), bar(sr.Score, 20))
			if sr.CriticalGaps > 0 {
				line += "  " + p.N("must", sr.CriticalGaps)
			}
			fmt.Fprintln(&b, line)
		}
	}
	scoreRegimes(&b, p, r, lang)
	scoreMustHaves(&b, p, r, lang)
	var others []scoring.Gap
	for _, g := range r.Gaps {
		if !g.Critical {
			others = append(others, g)
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("score.others", len(others)))
		for i, g := range others {
			if i == 10 {
				fmt.Fprintf(&b, "  %s\n", p.T("score.gaps.more", len(others)-10))
				break
			}
			fmt.Fprintf(&b, "  %s %s\n", pad(l10n.Minus+p.Score(g.PointsLost), 6), clip(inert.Line(g.Question.Text.In(lang)), 90))
		}
	}
	// What the result rests on: answers not known, estimates, and
	// questions not answered.
	if n := len(r.Unknowns); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.unknowns", n))
	}
	if n := len(r.Estimates); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.estimates", n, inert.Line(strings.Join(r.Estimates, ", "))))
	}
	if n := len(r.Unanswered); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.unanswered", n))
	}
	if n := len(r.StaleEvidence); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.stale", n, inert.Line(strings.Join(r.StaleEvidence, ", "))))
	}
	if n := len(r.Orphans); n > 0 {
		fmt.Fprintf(&b, "%s\n", p.N("score.orphans", n, inert.Line(strings.Join(r.Orphans, ", "))))
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
// consequence, owner and due date, before any other gap and without
// points (SPEC section 4, 1.1).
func scoreMustHaves(b *strings.Builder, p *l10n.Printer, r *scoring.Result, lang string) {
	if r.CriticalGaps == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", p.T("must.title", r.CriticalGaps))
	if r.Capped {
		fmt.Fprintf(b, "  %s\n", p.T("must.cap", inert.Line(r.RatingLabel(lang)), inert.Line(r.BandLabel(lang))))
	}
	for _, g := range r.Gaps {
		if !g.Critical {
			continue
		}
		fmt.Fprintf(b, "  ! %s\n", clip(inert.Line(g.Question.Text.In(lang)), 90))
		line := inert.Line(export.ActionLine(p, g))
		if g.Unknown {
			line += " · " + p.T("act.unknown")
		}
		fmt.Fprintf(b, "      %s\n", line)
	}
}

func bar(score float64, width int) string {
	full := int(score/100*float64(width) + 0.5)
	full = max(0, min(width, full))
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}
