package diff

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// inert makes text from a file safe to print (SPEC: text from a
// questionnaire is shown, never executed).
func inert(s string) string { return questionnaire.Inert(s, false) }

// signed writes a change with its sign, and a true minus sign for a fall,
// as the score command writes points lost.
func signed(f float64) string {
	switch s := fmt.Sprintf("%.1f", f); {
	case s == "0.0" || s == "-0.0":
		return "±0.0"
	case f < 0:
		return "−" + s[1:]
	default:
		return "+" + s
	}
}

func scoreText(f *float64) string {
	if f == nil {
		return "–"
	}
	return fmt.Sprintf("%.1f", *f)
}

// percent writes a question score s in [0, 1], or – when it does not count.
func percent(s *float64) string {
	if s == nil {
		return "–"
	}
	return strings.TrimSuffix(fmt.Sprintf("%.1f", 100**s), ".0") + "%"
}

func rating(label string, capped bool) string {
	if capped {
		return inert(label) + " (capped)"
	}
	return inert(label)
}

func refText(r scoring.QuestionnaireRef) string {
	if r.Version == "" {
		return r.ID + " (version not recorded)"
	}
	return r.ID + " " + r.Version
}

func mark(critical bool) string {
	if critical {
		return "!"
	}
	return " "
}

func pad(s string, n int) string {
	if l := len([]rune(s)); l < n {
		return s + strings.Repeat(" ", n-l)
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
