// Package measuredtext words what a measured answer rests on, the same in
// every output (walk-through, score, plan, diff, exports, PDF): "measured:
// median of 1,234 cases, 1 Jul–30 Sep 2026; 12 open, 3 excluded". It is
// pure: an answer's measured record and its question in, a line out.
package measuredtext

import (
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Line says what a measured answer rests on; "" for a typed one (m nil).
// qn may be nil (an orphan): share_within then names no limit.
func Line(p *l10n.Printer, m *answers.Measured, qn *questionnaire.Question) string {
	if m == nil {
		return ""
	}
	var within time.Duration
	if qn != nil && qn.Measure != nil {
		within = qn.Measure.Within
	}
	s := p.MeasuredLine(m.Metric, within, m.Cases, m.From, m.To)
	var parts []string
	if m.Open > 0 {
		parts = append(parts, p.N("measured.open", m.Open))
	}
	if m.Excluded > 0 {
		parts = append(parts, p.N("measured.excluded", m.Excluded))
	}
	if len(parts) > 0 {
		s += "; " + strings.Join(parts, ", ")
	}
	return s
}

// Of is Line for an answer, "" when it is not measured.
func Of(p *l10n.Printer, a *answers.Answer, qn *questionnaire.Question) string {
	if a == nil {
		return ""
	}
	return Line(p, a.Measured, qn)
}
