package report

import (
	"bytes"

	"codeberg.org/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// addFonts embeds the Go fonts as UTF-8 (Unicode) fonts. They come with
// the binary, cover Latin, Greek and Cyrillic (å ä ö é ł – “ ” ≥ −), and
// fpdf subsets them to the glyphs used, so no font files ship and the text
// stays searchable and copyable.
//
// fpdf writes into the font bytes it is given while subsetting, so each
// document gets its own copy: handing it gofont's shared slices would
// change the fonts of every later report in the process (and break
// byte-identical output).
func addFonts(pdf *fpdf.Fpdf) {
	pdf.AddUTF8FontFromBytes(sans, "", bytes.Clone(goregular.TTF))
	pdf.AddUTF8FontFromBytes(sans, "B", bytes.Clone(gobold.TTF))
	pdf.AddUTF8FontFromBytes(sans, "I", bytes.Clone(goitalic.TTF))
	pdf.AddUTF8FontFromBytes(sans, "BI", bytes.Clone(gobolditalic.TTF))
	pdf.AddUTF8FontFromBytes(mono, "", bytes.Clone(gomono.TTF))
}
