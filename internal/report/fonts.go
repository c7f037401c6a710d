package report

import (
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
func addFonts(pdf *fpdf.Fpdf) {
	pdf.AddUTF8FontFromBytes(sans, "", goregular.TTF)
	pdf.AddUTF8FontFromBytes(sans, "B", gobold.TTF)
	pdf.AddUTF8FontFromBytes(sans, "I", goitalic.TTF)
	pdf.AddUTF8FontFromBytes(sans, "BI", gobolditalic.TTF)
	pdf.AddUTF8FontFromBytes(mono, "", gomono.TTF)
}
