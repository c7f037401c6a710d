// Package mdtext escapes text from the files (titles, notes, owners) for
// Markdown, so that it shows as written in a rendered view and stays
// readable as plain text in a pull request or a terminal. Markdown is not
// HTML: only what Markdown would act on is escaped. The export, the plan
// and `dutycheck changes` share it.
package mdtext

import (
	"regexp"
	"strings"
)

// escaper turns what Markdown would act on into escapes that show it as
// written: | would end a table cell, < starts HTML, [ starts a link or an
// image (which a viewer would fetch), ` * _ mark code and emphasis, and \
// is escaped first so that an escape in the text stays literal. A plain
// & is left as it is: Markdown shows it as written.
var escaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`,
	"`", "\\`", "*", `\*`, "_", `\_`,
)

// entity matches what Markdown would read as an entity or character
// reference ("&amp;", "&#38;", "&#x26;"): the & of one is escaped, so
// that "&copy;" in a note shows as typed, not as ©.
var entity = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});`)

// Escape returns s escaped for Markdown text or a table cell. It does not
// make control characters visible nor handle newlines: callers run the
// text through package inert first and decide how lines are kept.
func Escape(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range entity.FindAllStringIndex(s, -1) {
		b.WriteString(escaper.Replace(s[last:m[0]]))
		b.WriteString(`\&`)
		last = m[0] + 1
	}
	b.WriteString(escaper.Replace(s[last:]))
	return b.String()
}
