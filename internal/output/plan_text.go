package output

import (
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// PlanText writes the action plan for a terminal (SPEC section 5, 1.1):
// the must-have duties not met first, with their consequence and no
// points; then the other gaps by points lost; each with its action (owner,
// due date, status, done when, approved by), overdue and unowned marked,
// unknown answers "measure this"; then the actions on questions without a
// gap.
func PlanText(w io.Writer, r *scoring.Result, lang string) error {
	p := l10n.For(lang)
	q, f := r.Questionnaire, r.Answers
	pl := export.NewPlan(r, lang)
	var b strings.Builder
	head := []string{p.T("plan.heading"), inert.Line(q.Title.In(lang)) + " " + q.Version}
	if f.Organization != "" {
		head = append(head, inert.Line(f.Organization))
	}
	head = append(head, p.Date(f.Date))
	fmt.Fprintf(&b, "%s\n", strings.Join(head, " · "))
	rating := inert.Line(r.RatingLabel(lang))
	if r.Provisional {
		rating += " (" + p.T("provisional") + ")"
	}
	fmt.Fprintf(&b, "%s %s\n", p.T("score.overall"), p.T("score.overall.value", p.Score(r.Overall), rating))
	if r.Provisional {
		fmt.Fprintf(&b, "%s\n", export.ProvisionalWhy(p, r.Reason))
	}
	var flags []string
	if n := len(pl.Overdue); n > 0 {
		flags = append(flags, p.N("plan.n.overdue", n))
	}
	if n := len(pl.Unowned); n > 0 {
		flags = append(flags, p.N("plan.n.unowned", n))
	}
	if len(flags) > 0 {
		fmt.Fprintf(&b, "%s\n", strings.Join(flags, " · "))
	}
	writeTargets(&b, p, r, lang)
	if len(r.Gaps) == 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("plan.none"))
	}
	if len(pl.MustHaves) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("must.title", len(pl.MustHaves)))
		if r.Capped {
			fmt.Fprintf(&b, "  %s\n", upperFirst(p.T("must.cap", inert.Line(r.RatingLabel(lang)), inert.Line(r.BandLabel(lang)))))
		} else {
			fmt.Fprintf(&b, "  %s\n", p.T("must.nocap"))
		}
		for _, g := range r.Gaps {
			if g.Critical {
				planGap(&b, p, r, g, "  ! ", lang)
			}
		}
	}
	if n := len(pl.Gaps); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("plan.others", n))
		for _, g := range r.Gaps {
			if !g.Critical {
				planGap(&b, p, r, g, "  "+pad(l10n.Minus+p.Score(g.PointsLost), 6)+" ", lang)
			}
		}
	}
	if n := len(pl.Closed); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("plan.closed", n))
		for _, c := range pl.Closed {
			text := inert.Line(c.Text)
			if text == "" {
				text = inert.Line(c.Question)
			} else {
				text += " [" + inert.Line(c.Question) + "]"
			}
			fmt.Fprintf(&b, "  %s\n      %s\n", text, inert.Line(export.ClosedLine(p, c)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// planGap writes one gap: its question after the lead (a must-have mark or
// the points lost), then its lines indented under the question.
func planGap(b *strings.Builder, p *l10n.Printer, r *scoring.Result, g scoring.Gap, lead, lang string) {
	indent := strings.Repeat(" ", runes(lead))
	fmt.Fprintf(b, "%s%s [%s]\n", lead, inert.Line(g.Question.Text.In(lang)), inert.Line(g.Question.ID))
	line := func(s string) { fmt.Fprintf(b, "%s%s\n", indent, s) }
	line(inert.Line(export.ActionLine(p, g)))
	if g.Action != nil && g.Action.DoneWhen != "" {
		line(p.T("act.done.when", inert.Line(g.Action.DoneWhen)))
	}
	switch {
	case g.Unknown:
		line(p.T("act.unknown"))
	case g.Status == scoring.Unanswered:
		line(p.T("act.unanswered"))
	default:
		if qr := r.Question(g.Question.ID); qr != nil && qr.Answer != nil && qr.Answer.Value.Set {
			ans := inert.Line(export.ShowAnswer(g.Question, qr.Answer.Value, lang))
			if qr.Answer.Estimate {
				ans += " (" + p.T("act.estimate") + ")"
			}
			line(p.T("act.answer", ans))
		}
	}
	if rec := inert.Line(g.Recommendation.In(lang)); rec != "" {
		line(p.T("act.to.do", rec))
	}
	if len(g.References) > 0 {
		refs := make([]string, len(g.References))
		for i, id := range g.References {
			refs[i] = inert.Line(export.RefText(p, r, id, lang))
		}
		line(p.T("act.sources", strings.Join(refs, "; ")))
	}
}

// upperFirst capitalises a sentence's first letter.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}
