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

// PlanText writes the action plan for a terminal: the must-have duties
// not met first, with their consequence and no points; then the other
// gaps by points lost; each with its action (owner, due date, status,
// done when, approved by), overdue and unowned marked, unknown answers
// "measure this"; then the actions on questions without a gap. The facts
// and their words come from one summary.Summary, as on every other
// output; this only lays them out.
func PlanText(w io.Writer, r *scoring.Result, lang string) error {
	s := summary.Build(r, lang, summary.Options{})
	p := s.P
	q, f := r.Questionnaire, r.Answers
	pl := summary.NewPlan(r, lang)
	var b strings.Builder
	head := []string{p.T("plan.heading"), inert.Line(q.Title.In(lang)) + " " + q.Version}
	if f.Organization != "" {
		head = append(head, inert.Line(f.Organization))
	}
	head = append(head, p.Date(f.Date))
	fmt.Fprintf(&b, "%s\n", strings.Join(head, " · "))
	fmt.Fprintf(&b, "%s %s\n", p.T("score.overall"), inert.Line(s.Position.Headline))
	if s.Position.Cap != "" {
		fmt.Fprintf(&b, "%s\n", inert.Line(s.Position.Cap))
	}
	if s.Provisional != nil {
		fmt.Fprintf(&b, "%s\n", s.Provisional.Line)
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
	writeTargets(&b, s)
	if len(r.Gaps) == 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("plan.none"))
	}
	if m := s.MustHaves; len(m.Gaps) > 0 {
		fmt.Fprintf(&b, "\n%s\n", m.Heading)
		if m.Consequence != "" {
			fmt.Fprintf(&b, "  %s\n", inert.Line(m.Consequence))
		}
		for _, g := range m.Gaps {
			planGap(&b, s, g, "  ! ")
		}
	}
	if n := len(s.Others); n > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.T("plan.others", n))
		for _, g := range s.Others {
			planGap(&b, s, g, "  "+columns.Pad(g.PointsText, 6)+" ")
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
			fmt.Fprintf(&b, "  %s\n      %s\n", text, inert.Line(summary.ClosedLine(p, c)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// planGap writes one gap: its question after the lead (a must-have mark or
// the points lost), then its lines indented under the question.
func planGap(b *strings.Builder, s *summary.Summary, g summary.Gap, lead string) {
	p, r, lang := s.P, s.Result, s.Lang
	indent := strings.Repeat(" ", columns.Width(lead))
	fmt.Fprintf(b, "%s%s [%s]\n", lead, inert.Line(g.Text), inert.Line(g.ID))
	line := func(s string) { fmt.Fprintf(b, "%s%s\n", indent, s) }
	line(inert.Line(g.Action.Line))
	if g.Action.DoneWhen != "" {
		line(inert.Line(g.Action.DoneWhen))
	}
	switch {
	case g.Unknown:
		line(g.UnknownText)
	case g.Gap.Status == scoring.Unanswered:
		line(p.T("act.unanswered"))
	default:
		if qr := r.Question(g.ID); qr != nil && qr.Answer != nil && qr.Answer.Value.Set {
			ans := inert.Line(summary.ShowAnswer(g.Gap.Question, qr.Answer.Value, lang) + summary.AnswerMark(p, qr.Answer, g.Gap.Question))
			line(p.T("act.answer", ans))
		}
	}
	if rec := inert.Line(g.Gap.Recommendation.In(lang)); rec != "" {
		line(p.T("act.to.do", rec))
	}
	if refs := g.Gap.References; len(refs) > 0 {
		out := make([]string, len(refs))
		for i, id := range refs {
			out[i] = inert.Line(summary.RefText(p, r, id, lang))
		}
		line(p.T("act.sources", strings.Join(out, "; ")))
	}
}
