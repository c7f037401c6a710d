package report

import (
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// measuredTrend is a measured figure's trend for the details, when the
// report is asked for one (report --trend or --history): "Over time: 31
// Mar 2026: 4 h; 30 Jun 2026: 192 min (1,234 cases)", each version's
// figure, the measured ones with the cases they count, so the reader sees
// whether the figure moves and how much it rests on. "" when no trend was
// asked for, or no version measured this question.
func (d *doc) measuredTrend(qr *scoring.QuestionResult) string {
	t := d.in.Trend
	if t == nil || len(t.Points) < 2 || qr.Question == nil || !slices.Contains(t.MeasuredIDs(), qr.Question.ID) {
		return ""
	}
	var parts []string
	for _, pt := range t.Points {
		a := pt.Result.Answers.Get(qr.Question.ID)
		if a == nil || !a.Value.Set || a.NA {
			continue
		}
		v := strings.Join(d.choices(qr.Question, a.Value), ", ")
		if a.Measured != nil {
			v = d.w.T("pdf.measuredTrendCnt", v, d.w.N("trend.cases", a.Measured.Cases))
		} else if a.Estimate {
			v += " (" + d.w.T("pdf.est") + ")"
		}
		parts = append(parts, d.w.T("pdf.measuredTrendPt", d.w.Date(pt.Result.Answers.Date), v))
	}
	if len(parts) < 2 {
		return ""
	}
	return d.w.T("pdf.measuredTrend", strings.Join(parts, "; "))
}
