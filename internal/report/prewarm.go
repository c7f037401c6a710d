package report

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// Prewarm starts loading the fonts on another goroutine so that a command
// can read and parse its files meanwhile: the first time in a process the
// one load that also serves measuring (see fonts), later a document of
// its own for the next report. On a machine with two cores this takes the
// fonts off the critical path; the bytes of the report do not change,
// since the document is made exactly as newPDF would make it.
func Prewarm() {
	ch := make(chan *fpdf.Fpdf, 1)
	spare.Lock()
	spare.ch = ch
	spare.Unlock()
	go func() { ch <- documentWithFonts() }()
}

// spare is the document Prewarm is preparing, if any.
var spare struct {
	sync.Mutex
	ch chan *fpdf.Fpdf
}

// newPDF is a new A4 document in millimetres with the report's fonts: the
// one Prewarm prepared when there is one, else documentWithFonts'.
func newPDF() *fpdf.Fpdf {
	spare.Lock()
	ch := spare.ch
	spare.ch = nil
	spare.Unlock()
	if ch != nil {
		return <-ch
	}
	return documentWithFonts()
}

// fontedPDF makes a document and loads the fonts into it.
func fontedPDF() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	addFonts(pdf)
	return pdf
}
