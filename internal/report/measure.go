package report

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// measurer measures text for layout in a document of its own that never
// has a page. fpdf writes a font change into the current page whenever a
// font is selected, even only to measure; measuring in the document being
// written would fill its pages with font changes each time a layout is
// tried (the brief tries several). Widths come from the same font files at
// the same sizes, so they are the widths drawn. It is shared by every
// report in the process, and never written out, so it cannot change one.
var measurer struct {
	sync.Mutex
	pdf  *fpdf.Fpdf
	font style
}

// measure is the width of s in st, in millimetres.
func measure(st style, s string) float64 {
	measurer.Lock()
	defer measurer.Unlock()
	if measurer.pdf == nil {
		measurer.pdf = fpdf.New("P", "mm", "A4", "")
		addFonts(measurer.pdf)
	}
	f := measurer.font
	if f.family != st.family || f.face != st.face || f.size != st.size {
		measurer.pdf.SetFont(st.family, st.face, st.size)
		measurer.font = st
	}
	return measurer.pdf.GetStringWidth(s)
}
