package report

import (
	"fmt"
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// fonts is the process's one load of the report's fonts for measuring.
//
// Loading the five fonts (fpdf parses each TrueType file and hashes what
// it made of it) costs about as much as parsing a large questionnaire.
// Text is measured for layout in documents that never get a page: fpdf
// writes a font change into the current page whenever a font is selected,
// even only to measure, so measuring in the document being written would
// fill its pages with font changes each time a layout is tried (the brief
// tries several). Those measuring documents used to load the fonts a
// second time. Now they are shallow copies of the first document the
// process makes, taken before its first page, each with one face
// selected: selecting a font in a document without pages writes nothing,
// and fpdf's width lookup (GetStringSymbolWidth) only reads the selected
// font's width table, which fpdf fills once while parsing and never writes
// again. The widths are therefore those of the very fonts drawn, the
// fonts are parsed once per process for a one-report command, and the
// first document itself goes to the first report, unchanged.
// TestMeasureWidthsAreFpdfs compares every rune of the Basic Multilingual
// Plane in every face with a freshly loaded document's widths.
var fonts struct {
	once  sync.Once
	faces map[faceKey]*fpdf.Fpdf // a measuring copy per face
	k     float64                // points per millimetre, fpdf's conversion ratio

	mu     sync.Mutex
	unused *fpdf.Fpdf // the first document, until a report takes it
}

// faceKey names a font: its family and face ("", "B", "I", "BI").
type faceKey struct{ family, face string }

// faceNames are the family and face of every font addFonts loads.
var faceNames = [][2]string{{sans, ""}, {sans, "B"}, {sans, "I"}, {sans, "BI"}, {mono, ""}}

// loadFonts loads the fonts for the process, once.
func loadFonts() {
	fonts.once.Do(func() {
		pdf := fontedPDF()
		fonts.faces = make(map[faceKey]*fpdf.Fpdf, len(faceNames))
		for _, f := range faceNames {
			m := *pdf // before any page: the copy shares only the parsed fonts
			m.SetFont(f[0], f[1], 10)
			fonts.faces[faceKey{f[0], f[1]}] = &m
		}
		fonts.k = pdf.GetConversionRatio()
		fonts.mu.Lock()
		fonts.unused = pdf
		fonts.mu.Unlock()
	})
}

// documentWithFonts is a new A4 document in millimetres with the report's
// fonts: the one loadFonts made when no report has taken it yet, else a
// fresh one (each document subsets its fonts to the glyphs it draws, so
// each needs its own).
func documentWithFonts() *fpdf.Fpdf {
	loadFonts()
	fonts.mu.Lock()
	pdf := fonts.unused
	fonts.unused = nil
	fonts.mu.Unlock()
	if pdf != nil {
		return pdf
	}
	return fontedPDF()
}

// measure is the width of s in st, in millimetres: fpdf's GetStringWidth,
// computed the same way. Safe for concurrent use: it only reads.
func measure(st style, s string) float64 { return unitsMM(st, measureUnits(st, s)) }

// measureUnits is the width of s in st's face in font units (thousandths
// of the font size). Widths in units add up exactly, rune by rune, so a
// line's width is the sum of its words' and spaces' as wrap measured them:
// a wrapped line carries its width to where it is drawn, and is not
// measured again.
func measureUnits(st style, s string) int {
	loadFonts()
	m := fonts.faces[faceKey{st.family, st.face}]
	if m == nil {
		panic(fmt.Sprintf("report: no font %s %q", st.family, st.face))
	}
	return m.GetStringSymbolWidth(s)
}

// unitsMM is a width in font units of st in millimetres, by
// GetStringWidth's arithmetic, so that it is the same float64.
func unitsMM(st style, units int) float64 {
	return float64(units) * (st.size / fonts.k) / 1000
}
