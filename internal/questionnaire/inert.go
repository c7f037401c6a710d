package questionnaire

import "github.com/dutycheck/dutycheck/internal/inert"

// Inert makes text from a file safe to print; it is inert.Block when
// keepNewlines is set, else inert.Line.
//
// Deprecated: call inert.Line or inert.Block; this stays while other
// branches still call it.
func Inert(s string, keepNewlines bool) string {
	if keepNewlines {
		return inert.Block(s)
	}
	return inert.Line(s)
}
