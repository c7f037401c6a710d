package output

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/targettext"
)

// writeTargets lists the board's targets, each with its limit, date, the
// figure now and its state (score and plan text), and who set them.
func writeTargets(b *strings.Builder, p *l10n.Printer, r *scoring.Result, lang string) {
	if len(r.Targets) == 0 {
		return
	}
	q := r.Questionnaire
	fmt.Fprintf(b, "\n%s\n", p.T("target.title"))
	if s := targettext.SetBy(p, r.Answers); s != "" {
		fmt.Fprintf(b, "  %s\n", inert.Line(s))
	}
	width := 0
	for _, tr := range r.Targets {
		width = max(width, runes(clip(inert.Line(targettext.What(p, q, tr, lang)), 40)))
	}
	for _, tr := range r.Targets {
		what := pad(clip(inert.Line(targettext.What(p, q, tr, lang)), 40), width)
		fmt.Fprintf(b, "  %s  %s\n", what, inert.Line(targettext.Line(p, q, tr, lang)))
	}
}
