package report

import (
	"math"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// minus is the typographic minus sign, wider than a hyphen so that a loss
// reads as a number.
const minus = "−"

// questionScore writes s in [0, 1] on the 0–100 scale of section scores:
// 100, 50, 62.5.
func (w *words) questionScore(s float64) string {
	x := 100 * s
	if math.Abs(x-math.Round(x)) < 1e-9 {
		return w.Decimal(math.Round(x), 0)
	}
	return w.Decimal(x, 1)
}

// isoDate is the date as YYYY-MM-DD, the unambiguous form for tables.
func isoDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(questionnaire.DateLayout)
}
