package questionnaire

import (
	"fmt"
	"strings"
	"unicode"
)

// Inert makes text from a file safe to print: control characters, escape
// sequences and bidirectional overrides could otherwise recolour or rewrite
// a terminal, or hide text in a report. They are shown as visible escapes
// (ESC becomes "\x1b") instead of being acted on. Newlines and tabs become
// spaces unless keepNewlines is set, in which case newlines stay.
func Inert(s string, keepNewlines bool) string {
	clean := true
	for _, r := range s {
		if isUnsafe(r) || r == '\t' || (r == '\n' && !keepNewlines) || r == '\r' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' && keepNewlines:
			b.WriteRune(r)
		case r == '\n', r == '\t':
			b.WriteByte(' ')
		case r == '\r':
		case isUnsafe(r):
			if r < 0x100 {
				fmt.Fprintf(&b, "\\x%02x", r)
			} else {
				fmt.Fprintf(&b, "\\u%04x", r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isUnsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t' || r == '\r':
		return false
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F:
		return true
	}
	return false
}
