package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// ScoreText writes the summary a person reads in a terminal or a CI log,
// in lang (the catalogue's "score." keys).
func ScoreText(w io.Writer, r *scoring.Result, lang string) error {
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
	fmt.Fprintf(&b, "%s %s\n", pad(labels[0], lw), p.T("score.overall.value", p.Score(r.Overall), inert.Line(r.RatingLabel(lang))))
	if r.Capped {
		fmt.Fprintf(&b, "%s %s\n", strings.Repeat(" ", lw), p.T("score.capped", p.N("critical", r.CriticalGaps), inert.Line(r.BandLabel(lang))))
	}
	fmt.Fprintf(&b, "%s %s\n", pad(labels[1], lw), p.T("score.completion.value", p.Percent(r.Completion), r.Answered, r.Applicable))
	if r.Provisional {
		fmt.Fprintf(&b, "%s %s\n", strings.Repeat(" ", lw), provisional(p, r.Reason))
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
				line += "  " + p.N("critical", sr.CriticalGaps)
			}
			fmt.Fprintln(&b, line)
		}
	}
	if len(r.Gaps) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("score.gaps", p.N("score.gaps", len(r.Gaps)), p.N("critical", r.CriticalGaps)))
		for i, g := range r.Gaps {
			if i == 10 {
				fmt.Fprintf(&b, "  %s\n", p.T("score.gaps.more", len(r.Gaps)-10))
				break
			}
			mark := " "
			if g.Critical {
				mark = "!"
			}
			fmt.Fprintf(&b, "  %s %s %s\n", mark, pad(l10n.Minus+p.Score(g.PointsLost), 5), clip(inert.Line(g.Question.Text.In(lang)), 90))
		}
		if r.CriticalGaps > 0 {
			fmt.Fprintf(&b, "  %s\n", p.T("score.critical.mark"))
		}
	}
	if n := len(r.Unknowns); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.unknowns", n))
	}
	if n := len(r.Unanswered); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.N("score.unanswered", n))
	}
	if n := len(r.Orphans); n > 0 {
		fmt.Fprintf(&b, "%s\n", p.N("score.orphans", n, strings.Join(r.Orphans, ", ")))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// provisional says why the rating is provisional, from the reason's
// values: the completion short of the questionnaire's minimum, too many
// answers "don't know", or both.
func provisional(p *l10n.Printer, why scoring.ProvisionalReason) string {
	var parts []string
	if why.LowCompletion {
		got, want := percentsApart(p, why.Completion, why.MinCompletion)
		parts = append(parts, p.T("score.provisional.completion", got, want))
	}
	if why.TooManyUnknown && why.Scored > 0 {
		share, limit := percentsApart(p, float64(why.Unknown)/float64(why.Scored), scoring.MaxUnknownShare)
		parts = append(parts, p.T("score.provisional.unknown", why.Unknown, why.Scored, share, limit))
	}
	return p.T("score.provisional", strings.Join(parts, "; "))
}

// percentsApart writes two shares as percentages with as few decimals as
// keep them apart, so that 79.6 % below 80 % never reads "80 % is below
// 80 %".
func percentsApart(p *l10n.Printer, a, b float64) (string, string) {
	for places := 0; ; places++ {
		x, y := p.Decimal(100*a, places), p.Decimal(100*b, places)
		if x != y || places == 4 {
			return p.WithUnit(x, "%"), p.WithUnit(y, "%")
		}
	}
}

func bar(score float64, width int) string {
	full := int(score/100*float64(width) + 0.5)
	full = max(0, min(width, full))
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}
