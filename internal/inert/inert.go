// Package inert makes text from files and keyboards safe to show: text is
// shown, never executed (docs/walk-through.md). A questionnaire, an answers file
// or a line piped into accessible mode can carry terminal escape sequences
// (an OSC 52 clipboard write, a clear-screen), C1 controls that some
// terminals obey as escapes (U+009B is CSI), bidirectional controls that
// reorder what a reader sees (U+202E), and invisible characters that hide
// text or split words (U+200B, U+FEFF, U+2028). Each is made visible as an
// escape ("\x1b", "\u202e") instead.
//
// Line is for text on one line, Block for text that keeps its line breaks;
// JSON makes encoded JSON inert without changing what it decodes to; Strip
// is for text a person types, which is stored without them.
package inert

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Unsafe reports whether r must not reach a terminal or a document as it
// is: a control character (C0, DEL, C1) other than line feed, tab and
// carriage return, a bidirectional control, or an invisible separator.
func Unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t' || r == '\r':
		return false
	case unicode.IsControl(r): // C0, DEL and C1 (U+0080–U+009F)
		return true
	case r >= 0x202A && r <= 0x202E, // embeddings and overrides
		r >= 0x2066 && r <= 0x2069,            // isolates
		r == 0x061C, r == 0x200E, r == 0x200F, // Arabic letter mark, LRM, RLM
		r == 0x200B,              // zero width space
		r == 0x2028, r == 0x2029, // line and paragraph separators
		r == 0xFEFF,         // zero width no-break space, byte-order mark
		r == utf8.RuneError: // invalid UTF-8 is shown as U+FFFD, never passed on
		return true
	case r == 0x115F || r == 0x1160 || r == 0x3164 || r == 0xFFA0,
		// Hangul fillers: letters by category, drawn as nothing, so
		// "Exempel\u3164AB" reads as "Exempel AB".
		r == 0x034F,                // combining grapheme joiner: an invisible mark
		r == 0x17B4 || r == 0x17B5: // Khmer inherent vowels, invisible by design
		return true
	case r == 0x200C || r == 0x200D:
		// Zero-width non-joiner and joiner: Persian, Indic scripts and
		// emoji sequences need them, and they hide no text.
		return false
	case unicode.Is(unicode.Cf, r):
		// Every other invisible format character (U+110BD, the Kaithi
		// number sign, among them: fonts draw it as nothing): the word joiner and
		// invisible operators (U+2060–2064), the Mongolian vowel
		// separator, the soft hyphen, interlinear annotation
		// (U+FFF9–FFFB), and the tag characters U+E0000–E007F that
		// spell ASCII nobody sees. Except the few that are visible
		// signs (the Arabic number signs and their kin).
		return !visibleFormat(r)
	}
	return false
}

// visibleFormat reports the format characters (category Cf) that are
// drawn as a sign of their own: prepended number and abbreviation marks.
func visibleFormat(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x0605, r == 0x06DD, r == 0x070F,
		r == 0x0890, r == 0x0891, r == 0x08E2, r == 0x110CD:
		return true
	}
	return false
}

// Line makes s safe to print on one line: line breaks and tabs become
// spaces, carriage returns go, and unsafe characters become visible
// escapes.
func Line(s string) string { return convert(s, false) }

// Block is Line for text that keeps its line breaks (help, descriptions,
// notes): a line feed stays, a line or paragraph separator becomes one.
func Block(s string) string { return convert(s, true) }

// maxMarks is how many combining marks in a row are shown as they are.
// Real text stacks a few (Vietnamese two, Hebrew with cantillation four);
// a flood of them (Zalgo text) draws over the lines above and below, so
// the rest are shown as escapes.
const maxMarks = 8

func isMark(r rune) bool { return r >= 0x300 && unicode.In(r, unicode.Mn, unicode.Me) }

func convert(s string, keepNewlines bool) string {
	clean := utf8.ValidString(s)
	marks := 0
	for i, r := range s {
		if c := s[i]; c >= ' ' && c < 0x7f {
			marks = 0 // printable ASCII: never a mark, never unsafe
			continue
		}
		if isMark(r) {
			marks++
		} else {
			marks = 0
		}
		if !clean || marks > maxMarks || Unsafe(r) || r == '\t' || r == '\r' || (r == '\n' && !keepNewlines) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	marks = 0
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		if isMark(r) {
			marks++
		} else {
			marks = 0
		}
		switch {
		case marks > maxMarks && r <= 0xFFFF:
			fmt.Fprintf(&b, "\\u%04x", r)
		case marks > maxMarks:
			fmt.Fprintf(&b, "\\U%08x", r)
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r == '\n' && keepNewlines:
			b.WriteByte('\n')
		case (r == 0x2028 || r == 0x2029) && keepNewlines:
			b.WriteByte('\n')
		case r == '\n', r == '\t':
			b.WriteByte(' ')
		case r == '\r':
		case Unsafe(r):
			switch {
			case r < 0x100:
				fmt.Fprintf(&b, "\\x%02x", r)
			case r <= 0xFFFF:
				fmt.Fprintf(&b, "\\u%04x", r)
			default:
				fmt.Fprintf(&b, "\\U%08x", r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Strip removes the unsafe characters from text a person typed (an
// organization's name, a note), keeping line breaks and tabs; a line or
// paragraph separator becomes a line break. What is stored then shows the
// same everywhere, with nothing hidden or reordered.
func Strip(s string) string {
	clean := utf8.ValidString(s)
	for _, r := range s {
		if !clean || Unsafe(r) || r == '\r' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ToValidUTF8(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == 0x2028 || r == 0x2029:
			return '\n'
		case r == '\r' || Unsafe(r):
			return -1
		}
		return r
	}, s)
}

// JSON makes encoded JSON inert: each unsafe character inside a string
// (C1 controls and the characters above pass through encoding/json as
// they are) is written as a \uXXXX escape. The JSON decodes to exactly the
// same values; only what a terminal or a viewer would act on changes.
// Outside strings, JSON holds only ASCII, so every such character is in a
// string.
func JSON(data []byte) []byte {
	i := 0
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r >= utf8.RuneSelf && Unsafe(r) && !(r == utf8.RuneError && size == 1) {
			break
		}
		i += size
	}
	if i == len(data) {
		return data
	}
	out := make([]byte, 0, len(data)+32)
	out = append(out, data[:i]...)
	for i < len(data) {
		r, size := utf8.DecodeRune(data[i:])
		if r >= utf8.RuneSelf && Unsafe(r) && !(r == utf8.RuneError && size == 1) {
			if r > 0xFFFF {
				// JSON escapes only 16-bit units: a surrogate pair.
				hi, lo := utf16.EncodeRune(r)
				out = fmt.Appendf(out, `\u%04x\u%04x`, hi, lo)
			} else {
				out = fmt.Appendf(out, `\u%04x`, r)
			}
		} else {
			out = append(out, data[i:i+size]...)
		}
		i += size
	}
	return out
}
