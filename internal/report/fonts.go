package report

import (
	"bytes"
	"sync/atomic"

	"codeberg.org/go-pdf/fpdf"
	"github.com/go-fonts/liberation/liberationmonoregular"
	"github.com/go-fonts/liberation/liberationsansbold"
	"github.com/go-fonts/liberation/liberationsansbolditalic"
	"github.com/go-fonts/liberation/liberationsansitalic"
	"github.com/go-fonts/liberation/liberationsansregular"
)

// addFonts embeds Liberation Sans (body) and Liberation Mono (digests) as
// UTF-8 (Unicode) fonts. Liberation Sans is a text face metric-compatible
// with Arial, so the report reads like an ordinary board paper: its hyphen
// reads as a hyphen, where the Go fonts, made for code, draw one that looks
// like a minus. Both cover Latin, Greek and Cyrillic (å ä ö é ł – “ ” ≥ −
// € §). They come with the binary (SIL Open Font License), and fpdf
// subsets them to the glyphs used, so no font files ship and the text
// stays searchable and copyable.
//
// fpdf writes into the font bytes it is given while subsetting, so each
// document gets its own copy: handing it the packages' shared slices would
// change the fonts of every later report in the process (and break
// byte-identical output).
func addFonts(pdf *fpdf.Fpdf) {
	fontLoads.Add(1)
	pdf.AddUTF8FontFromBytes(sans, "", bytes.Clone(liberationsansregular.TTF))
	pdf.AddUTF8FontFromBytes(sans, "B", bytes.Clone(liberationsansbold.TTF))
	pdf.AddUTF8FontFromBytes(sans, "I", bytes.Clone(liberationsansitalic.TTF))
	pdf.AddUTF8FontFromBytes(sans, "BI", bytes.Clone(liberationsansbolditalic.TTF))
	pdf.AddUTF8FontFromBytes(mono, "", bytes.Clone(liberationmonoregular.TTF))
}

// fontLoads counts the documents the fonts were loaded into, so that a
// test can hold the process to one load for one report.
var fontLoads atomic.Int64
