package report

import (
	"strings"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/inert"
	"golang.org/x/text/unicode/norm"
)

// cleanLine makes text from the questionnaire or the answers file safe to
// set on one line: control characters, line breaks and bidirectional
// overrides become visible escapes (inert.Line), so no text can hide or
// reorder other text.
func cleanLine(s string) string { return bmpOnly(inert.Line(composed(s))) }

// cleanBlock is cleanLine for text that may run over several lines (notes,
// guidance): its line breaks are kept (inert.Block).
func cleanBlock(s string) string { return bmpOnly(inert.Block(composed(s))) }

// composed is s as valid UTF-8 in composed form (NFC). Text typed on macOS,
// or copied from a file name there, writes "ö" as "o" and a combining
// diaeresis; the PDF fonts draw the mark as a box after the letter, so the
// report showed "Malmo□" for Malmö.
func composed(s string) string { return norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD")) }

// bmpOnly replaces characters outside the Basic Multilingual Plane, which
// fpdf's UTF-8 fonts cannot encode, with U+FFFD.
func bmpOnly(s string) string {
	for _, r := range s {
		if r > 0xFFFF {
			return strings.Map(func(r rune) rune {
				if r > 0xFFFF {
					return '\uFFFD'
				}
				return r
			}, s)
		}
	}
	return s
}

// wrap breaks s into lines no wider than w in st. It breaks at spaces and
// at newlines; a word wider than the line is hyphenated at a syllable
// (hyphenate), never elsewhere; other text wider than the line (a long
// URL) is broken after a '/', '-', '.' or '_' where it can be, else
// anywhere. A non-breaking space
// ("85 %") never breaks. An empty s is no lines.
func (d *doc) wrap(st style, s string, w float64) []string {
	lines := d.wrapUnits(st, s, w)
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.text
	}
	return out
}

// wline is a wrapped line and its width in font units, as wrap measured
// it (see measureUnits).
type wline struct {
	text  string
	units int
}

// wrapUnits is wrap with each line's width: measured once, word by word,
// for breaking, and not again where the line is drawn.
func (d *doc) wrapUnits(st style, s string, w float64) []wline {
	return d.wrapUnitsUpTo(st, s, w, 0)
}

// linesOver is whether s wrapped to w takes more than n lines. It stops
// wrapping at line n+1, so that asking it of a long list costs the lines
// that fit, not the list (namesLine asks it a dozen times per list).
func (d *doc) linesOver(st style, s string, w float64, n int) bool {
	return len(d.wrapUnitsUpTo(st, s, w, n+1)) > n
}

// wrapUnitsUpTo is wrapUnits stopped once it has limit lines; 0 is no
// limit. The lines it returns are the first lines of the whole wrap.
func (d *doc) wrapUnitsUpTo(st style, s string, w float64, limit int) []wline {
	if s == "" {
		return nil
	}
	spaceU := measureUnits(st, " ")
	space := unitsMM(st, spaceU)
	var out []wline
	full := func() bool { return limit > 0 && len(out) >= limit }
	for para := range strings.SplitSeq(s, "\n") {
		if full() {
			break
		}
		var line strings.Builder
		lineW, lineU := 0.0, 0
		for word := range strings.SplitSeq(para, " ") {
			if full() {
				return out[:limit]
			}
			if word == "" {
				continue
			}
			wu := measureUnits(st, word)
			ww := unitsMM(st, wu)
			if line.Len() > 0 && lineW+space+ww <= w {
				line.WriteByte(' ')
				line.WriteString(word)
				lineW += space + ww
				lineU += spaceU + wu
				continue
			}
			if line.Len() > 0 {
				out = append(out, wline{line.String(), lineU})
				line.Reset()
			}
			for ww > w {
				head, tail, isWord := d.hyphenate(st, word, w)
				if !isWord {
					head, tail = d.breakWord(st, word, w)
				}
				if tail == "" { // a word with no syllable to break at stays whole
					break
				}
				out = append(out, wline{head, measureUnits(st, head)})
				word = tail
				wu = measureUnits(st, word)
				ww = unitsMM(st, wu)
			}
			line.WriteString(word)
			lineW, lineU = ww, wu
		}
		out = append(out, wline{line.String(), lineU})
	}
	if full() {
		return out[:limit]
	}
	return out
}

// breakWord splits a word too wide for w into a head that fits and the
// rest, preferring a break after punctuation in the last two thirds.
func (d *doc) breakWord(st style, word string, w float64) (string, string) {
	fit, total := 0, 0.0 // bytes and width of the longest prefix that fits
	for i, r := range word {
		cw := measure(st, string(r))
		if total+cw > w {
			break
		}
		total += cw
		fit = i + utf8.RuneLen(r)
	}
	if fit == 0 { // not even one character fits: take one anyway
		_, n := utf8.DecodeRuneInString(word)
		fit = n
	}
	if i := strings.LastIndexAny(word[:fit], "/-._?&="); i+1 > fit/3 && i+1 < fit {
		fit = i + 1
	}
	return word[:fit], word[fit:]
}

// wrapMax is wrap limited to n lines, the last shortened with an ellipsis
// when there is more: for places with room for so much, like the cover.
func (d *doc) wrapMax(st style, s string, w float64, n int) []string {
	lines := d.wrap(st, s, w)
	if len(lines) <= n {
		return lines
	}
	return append(lines[:n-1], d.clip(st, strings.Join(lines[n-1:], " "), w))
}
