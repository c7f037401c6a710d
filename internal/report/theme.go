package report

// The page is A4 portrait in millimetres with 20 mm margins (DESIGN.md).
// Everything is placed by hand from these numbers: fpdf's automatic page
// breaks are off, so no row or heading can be split behind our back.
const (
	pageW   = 210.0
	pageH   = 297.0
	margin  = 20.0
	left    = margin
	right   = pageW - margin
	textW   = right - left
	top     = margin
	bottom  = pageH - margin
	headerY = 12.0 // baseline of the running header
	footerY = 288.0

	// ptMM converts points to millimetres.
	ptMM = 25.4 / 72
)

// rgb is a colour in 0–255 components.
type rgb struct{ r, g, b int }

// The palette: one accent for headings and bars, greys for text and rules,
// and a red–amber–green scale for scores. The scale also steps in
// lightness (luma about 58, 146 and 192), so it still reads when the
// report is printed in black and white; a number is always printed beside.
var (
	accent    = rgb{31, 58, 104}  // deep blue
	ink       = rgb{33, 37, 41}   // body text
	muted     = rgb{95, 102, 112} // secondary text
	faint     = rgb{150, 156, 165}
	ruleGrey  = rgb{208, 213, 220}
	track     = rgb{232, 235, 240}
	tint      = rgb{241, 244, 249} // header rows, boxes
	scoreLow  = rgb{158, 31, 31}
	scoreMid  = rgb{214, 138, 30}
	scoreHigh = rgb{150, 210, 140}
	// scoreMidText is the amber dark enough to set text in.
	scoreMidText = rgb{160, 95, 0}
)

// Font families as registered in fonts.go.
const (
	sans = "liberationsans"
	mono = "liberationmono"
)

// style is a font, its size in points and its colour.
type style struct {
	family string
	face   string // "", "B", "I" or "BI"
	size   float64
	color  rgb
}

// lead is the line height for a style: DESIGN.md's body is 10 pt on 14 pt
// lines, and every other size keeps that proportion.
func (s style) lead() float64 { return s.size * 1.4 * ptMM }

func (s style) bold() style   { s.face = "B"; return s }
func (s style) italic() style { s.face = "I"; return s }
func (s style) in(c rgb) style {
	s.color = c
	return s
}
func (s style) sized(pt float64) style {
	s.size = pt
	return s
}

// The type scale: headings 18 / 13 / 11 pt, body 10 pt, tables 9 pt and
// small print 8 pt.
var (
	h1    = style{sans, "B", 18, accent}
	h2    = style{sans, "B", 13, accent}
	h3    = style{sans, "B", 11, accent}
	body  = style{sans, "", 10, ink}
	cellS = style{sans, "", 9, ink}
	small = style{sans, "", 8, muted}
	code  = style{mono, "", 8.5, ink}
)

// tableLead is the line height of table text: 9 pt on 12.6 pt lines.
var tableLead = cellS.lead()
