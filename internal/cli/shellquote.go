package cli

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/inert"
)

// ansiCQuote quotes s for bash, zsh and ksh as $'…', spelling control,
// invisible and bidirectional characters as escapes: a command line that
// names a file with such characters is then safe to print and still runs
// when pasted.
func ansiCQuote(s string) string {
	var b strings.Builder
	b.WriteString("$'")
	for i, w := 0, 0; i < len(s); i += w {
		r, size := utf8.DecodeRuneInString(s[i:])
		w = size
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\\' || r == '\'':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case inert.Unsafe(r) && r <= 0xFFFF:
			fmt.Fprintf(&b, `\u%04x`, r)
		case inert.Unsafe(r):
			fmt.Fprintf(&b, `\U%08x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
