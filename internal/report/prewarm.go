package report

import (
	"sync"

	"codeberg.org/go-pdf/fpdf"
)

// Loading the five fonts (parsing each TrueType file, and fpdf's hashing
// of it) costs about as much as reading a large questionnaire, and depends
// on nothing in the input. Prewarm starts that work on other goroutines so
// that a command can read and parse its files meanwhile: the measurer's
// fonts, and one document's, which the next report takes instead of
// loading its own. On a machine with two cores this takes the fonts off
// the critical path; the bytes of the report do not change, since the
// document is made exactly as newDoc would make it.
func Prewarm() {
	ch := make(chan *fpdf.Fpdf, 1)
	spare.Lock()
	spare.ch = ch
	spare.Unlock()
	go func() { ch <- fontedPDF() }()
	go measure(body, " ")
}

// spare is the document Prewarm is preparing, if any.
var spare struct {
	sync.Mutex
	ch chan *fpdf.Fpdf
}

// newPDF is a new A4 document in millimetres with the report's fonts: the
// one Prewarm prepared when there is one, else a fresh one.
func newPDF() *fpdf.Fpdf {
	spare.Lock()
	ch := spare.ch
	spare.ch = nil
	spare.Unlock()
	if ch != nil {
		return <-ch
	}
	return fontedPDF()
}

func fontedPDF() *fpdf.Fpdf {
	pdf := fpdf.New("P", "mm", "A4", "")
	addFonts(pdf)
	return pdf
}
