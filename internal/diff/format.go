package diff

import (
	"strings"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

func refText(p *l10n.Printer, r scoring.QuestionnaireRef) string {
	if r.Version == "" {
		return p.T("diff.version.not.recorded", r.ID)
	}
	return r.ID + " " + r.Version
}

func mark(critical bool) string {
	if critical {
		return "!"
	}
	return " "
}

func width1(s string) int { return utf8.RuneCountInString(s) }

func pad(s string, n int) string {
	if l := len([]rune(s)); l < n {
		return s + strings.Repeat(" ", n-l)
	}
	return s
}

func padLeft(s string, n int) string {
	if l := len([]rune(s)); l < n {
		return strings.Repeat(" ", n-l) + s
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
