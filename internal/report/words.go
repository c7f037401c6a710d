package report

import "github.com/dutycheck/dutycheck/internal/l10n"

// words is the report's printer: its headings and labels, and the way it
// writes numbers, percentages, dates and durations, come from the message
// catalogue (internal/l10n, keys "pdf."), which the walk-through and the
// commands share. The questionnaire brings its own texts.
type words struct {
	*l10n.Printer
}

// wordsFor returns the report's words in lang, English when the catalogue
// does not speak it.
func wordsFor(lang string) *words { return &words{l10n.For(lang)} }
