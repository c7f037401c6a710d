// Package columns lays out plain text in the fixed-width columns of a
// terminal or a CI log, counting characters (runes), not bytes: padding
// to a width on either side and clipping with an ellipsis. The text
// outputs of score, plan and diff share it; the walk-through measures with
// its own, ANSI-aware functions, for its lines carry colours.
package columns

import (
	"strings"
	"unicode/utf8"
)

// Width is the number of characters in s.
func Width(s string) int { return utf8.RuneCountInString(s) }

// Pad fills s with spaces on the right to width n.
func Pad(s string, n int) string {
	if w := Width(s); w < n {
		return s + strings.Repeat(" ", n-w)
	}
	return s
}

// PadLeft fills s with spaces on the left to width n, for numbers.
func PadLeft(s string, n int) string {
	if w := Width(s); w < n {
		return strings.Repeat(" ", n-w) + s
	}
	return s
}

// Clip shortens s to n characters, its last an ellipsis when it was cut.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if n < 1 {
		return ""
	}
	return string(r[:n-1]) + "…"
}
