package tui

import "github.com/dutycheck/dutycheck/internal/l10n"

// words is the walk-through's printer: every word it shows, and the way it
// writes numbers and percentages, come from the message catalogue
// (internal/l10n), which the report and the commands share. Swedish there
// follows docs/glossary-sv.md: "ni" for the company, the neutral
// imperative for instructions, capitals only on the first word.
type words = *l10n.Printer
