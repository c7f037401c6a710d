package inert

import (
	"fmt"
	"strings"
	"testing"
)

// TestBlankLettersAndInvisibleMarks: Hangul fillers (letters by category,
// drawn as nothing), the combining grapheme joiner, the Khmer inherent
// vowels and the Kaithi number sign passed raw into every output, so
// "Exempel\u3164AB" showed as "Exempel AB". Each must be escaped, and
// stripped from what a person types.
func TestBlankLettersAndInvisibleMarks(t *testing.T) {
	for _, r := range []rune{0x115F, 0x1160, 0x3164, 0xFFA0, 0x034F, 0x17B4, 0x17B5, 0x110BD} {
		in := "Exempel" + string(r) + "AB"
		esc := fmt.Sprintf("\\u%04x", r)
		if r > 0xFFFF {
			esc = fmt.Sprintf("\\U%08x", r)
		}
		if got := Line(in); got != "Exempel"+esc+"AB" {
			t.Errorf("Line(U+%04X) = %q, want it escaped", r, got)
		}
		if got := Strip(in); got != "ExempelAB" {
			t.Errorf("Strip(U+%04X) = %q, want it removed", r, got)
		}
		if got := string(JSON([]byte(`"` + in + `"`))); !strings.Contains(got, `\u`) {
			t.Errorf("JSON(U+%04X) = %q, want it escaped", r, got)
		}
	}
}
