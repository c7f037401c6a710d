package output

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/columns"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// writeTargets lists the board's targets, each with its limit, date, the
// figure now and its state (score and plan text), and who set them.
func writeTargets(b *strings.Builder, s *summary.Summary) {
	if len(s.Targets) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", s.P.T("target.title"))
	if s.TargetsSetBy != "" {
		fmt.Fprintf(b, "  %s\n", inert.Line(s.TargetsSetBy))
	}
	width := 0
	for _, t := range s.Targets {
		width = max(width, columns.Width(columns.Clip(inert.Line(t.What), 40)))
	}
	for _, t := range s.Targets {
		fmt.Fprintf(b, "  %s  %s\n", columns.Pad(columns.Clip(inert.Line(t.What), 40), width), inert.Line(t.Line))
	}
}
