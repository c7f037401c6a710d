package report

import "sort"

// A table is a header row and body rows laid out in fixed columns. Rows
// are measured before they are drawn and never split across pages: a row
// that does not fit starts the next page, under a repeated header. Only a
// row taller than a whole page (a note of several pages) is continued
// line by line, since it could not be shown otherwise.
//
// Each line takes the height of its own style, so small print under a
// question does not take a body line's height; and a row may carry a
// part below its cells that runs across every column but the first, so
// that long text fills whole lines instead of a narrow column.

const (
	padX     = 1.6 // space between a column's edge and its text
	padY     = 1.5 // space above and below a row's text
	chipSize = 2.4
	chipGap  = 1.3
	// ruleW is the width of the accent rule that marks a critical row.
	ruleW = 1.2
)

// column is one column: its heading, width in mm, and alignment.
type column struct {
	title string
	width float64
	right bool
}

// span is a paragraph of a cell in one style; each span starts a new line.
type span struct {
	st   style
	text string
	link string // URL the text links to
	// bullet starts the paragraph with "• " and indents its other lines
	// under the text, so a list of chosen options reads as a list.
	bullet bool
	// join sets the paragraph on the end of the one before, a space after
	// it, when it fits there whole; else it starts a line as usual.
	join bool
}

// cell is the content of one table cell.
type cell struct {
	spans []span
	// chip, when set, draws a score-coloured square before the first line.
	chip *rgb
}

// row is one table row.
type row struct {
	cells []cell
	// below, when set, runs under the cells across every column but the
	// first.
	below []span
	// critical marks the row with the accent rule at its left edge.
	critical bool
	// key, when set, records the page the row starts on in doc.rowPage.
	key string
}

// tline is one laid-out line of a cell: its style, text and link, its
// place in the row (x from the row's left edge, y from the top of the
// row's text) and its height.
type tline struct {
	st         style
	text, link string
	x, y, lead float64
	// w is the text's width as the layout measured it (0: not measured).
	w float64
	// right aligns the text's end at x.
	right bool
}

// width is the line's width: as laid out, or measured now for a line
// made without it.
func (l tline) width() float64 {
	if l.w > 0 || l.text == "" {
		return l.w
	}
	return measure(l.st, l.text)
}

// rowLayout is a table row laid out once, for measuring and drawing:
// its lines, the height of its text, and for each cell the width of its
// first line (where a right-aligned cell's chip goes).
type rowLayout struct {
	lines  []tline
	h      float64
	firstW []float64
}

// table lays out rows under a header. caption, when set, is printed above
// the header where the table continues on a new page.
type table struct {
	cols    []column
	caption string
	// titles are the column headings wrapped, once per table.
	titles [][]string
}

func txt(st style, s string) span { return span{st: st, text: s} }

// tableLead is the line height of st in a table: tighter than running
// text (1.28 of the size rather than 1.4), since cells are short.
func (s style) tableLead() float64 { return s.size * 1.28 * ptMM }

// layoutSpans lays out paragraphs in width w from (x, y), returning the
// lines, the height they take and the width of the first paragraph's
// first line (without its bullet), 0 when it has none.
func (d *doc) layoutSpans(spans []span, x, y, w float64, right bool) ([]tline, float64, float64) {
	var out []tline
	y0, firstW := y, 0.0
	for i, sp := range spans {
		lead := sp.st.tableLead()
		if n := len(out); sp.join && n > 0 && !out[n-1].right {
			last := out[n-1]
			end := last.x + last.width() + 1.6
			if sw := d.width(sp.st, sp.text); end+sw <= x+w && lead <= last.lead+0.01 {
				out = append(out, tline{st: sp.st, text: sp.text, link: sp.link, x: end, y: last.y, lead: lead, w: sw})
				continue
			}
		}
		if sp.bullet {
			indU := measureUnits(sp.st, "• ")
			ind := unitsMM(sp.st, indU)
			for j, l := range d.wrapUnits(sp.st, sp.text, w-ind) {
				if i == 0 && j == 0 {
					firstW = unitsMM(sp.st, l.units)
				}
				if j == 0 {
					out = append(out, tline{st: sp.st, text: "• " + l.text, link: sp.link, x: x, y: y, lead: lead, w: unitsMM(sp.st, indU+l.units)})
				} else {
					out = append(out, tline{st: sp.st, text: l.text, link: sp.link, x: x + ind, y: y, lead: lead, w: unitsMM(sp.st, l.units)})
				}
				y += lead
			}
			continue
		}
		for j, l := range d.wrapUnits(sp.st, sp.text, w) {
			lw := unitsMM(sp.st, l.units)
			if i == 0 && j == 0 {
				firstW = lw
			}
			out = append(out, tline{st: sp.st, text: l.text, link: sp.link, x: x, y: y, lead: lead, w: lw, right: right})
			y += lead
		}
	}
	return out, y - y0, firstW
}

// layoutRow lays out every cell of a row and its part below.
func (d *doc) layoutRow(t *table, r row) rowLayout {
	var out rowLayout
	x := 0.0
	out.firstW = make([]float64, len(r.cells))
	for j, c := range r.cells {
		col := t.cols[j]
		tx, w := x+padX, col.width-2*padX
		if r.critical && j == 0 {
			tx += ruleW
		}
		if c.chip != nil {
			w -= chipSize + chipGap
			if !col.right {
				tx += chipSize + chipGap
			}
		}
		if col.right {
			tx = x + col.width - padX
		}
		lines, ch, fw := d.layoutSpans(c.spans, tx, 0, w, col.right)
		out.lines = append(out.lines, lines...)
		out.firstW[j] = fw
		out.h = max(out.h, ch)
		x += col.width
	}
	if len(r.below) > 0 {
		x0 := t.cols[0].width + padX
		lines, bh, _ := d.layoutSpans(r.below, x0, out.h+0.4, textW-x0-padX, false)
		out.lines = append(out.lines, lines...)
		out.h += 0.4 + bh
	}
	return out
}

// tableHeader draws the column headings and moves the cursor below them.
func (d *doc) tableHeader(t *table, continued bool) {
	if continued && t.caption != "" {
		d.text(small.italic(), left, d.y, t.caption+" ("+d.w.T("pdf.continued")+")")
		d.gap(small.lead() + 0.5)
	}
	st := headS.in(accent)
	lead := st.lead()
	wrapped := d.titles(t)
	n := 1
	for _, w := range wrapped {
		n = max(n, len(w))
	}
	h := float64(n)*lead + 2*padY
	x := left
	for i, c := range t.cols {
		for j, l := range wrapped[i] {
			y := d.y + padY + float64(j)*lead
			if c.right {
				d.textRight(st, x+c.width-padX, y, l)
			} else {
				d.text(st, x+padX, y, l)
			}
		}
		x += c.width
	}
	d.y += h
	d.rule(d.y, accent, 0.35)
}

// headS is the style of the column headings (drawn in the accent colour).
var headS = cellS.bold().sized(8)

// titles are t's column headings wrapped to their columns, wrapped once
// for the table and every page it continues on.
func (d *doc) titles(t *table) [][]string {
	if t.titles == nil {
		t.titles = make([][]string, len(t.cols))
		for i, c := range t.cols {
			t.titles[i] = d.wrap(headS, c.title, c.width-2*padX)
		}
	}
	return t.titles
}

// headerHeight is the height tableHeader will take.
func (d *doc) headerHeight(t *table) float64 {
	n := 1
	for _, w := range d.titles(t) {
		n = max(n, len(w))
	}
	return float64(n)*headS.lead() + 2*padY
}

// table draws the header and the rows.
func (d *doc) table(t *table, rows []row) {
	d.tables++
	hh := d.headerHeight(t)
	full := bottom - top - hh - small.lead() - 0.5 // body height of a fresh page
	for i, r := range rows {
		lay := d.layoutRow(t, r)
		lines, th := lay.lines, max(lay.h, tableLead)
		h := th + 2*padY
		if i == 0 {
			// Keep the header with the first row (or the start of it).
			keep := h
			if h > full {
				keep = 3*tableLead + 2*padY
			}
			d.need(hh + keep)
			d.tableHeader(t, false)
		}
		if d.y+h > bottom && h <= full {
			d.newPage()
			d.tableHeader(t, true)
		}
		if r.key != "" {
			d.rowPage[r.key] = d.pdf.PageNo()
		}
		if d.y+h <= bottom+0.01 {
			d.drawRow(t, r, lay, lines, 0, th)
			d.probeRow(i, h)
			continue
		}
		// Only a row taller than a page gets here: continue it part by part,
		// each part the lines that fit whole.
		sort.SliceStable(lines, func(a, b int) bool { return lines[a].y < lines[b].y })
		drawn := make([]bool, len(lines))
		for from := 0.0; ; {
			room := bottom - d.y - 2*padY
			if room < 3*tableLead {
				d.newPage()
				d.tableHeader(t, true)
				continue
			}
			to, next, more := from, th, false
			for k, l := range lines {
				if drawn[k] {
					continue
				}
				if l.y+l.lead <= from+room+0.01 {
					to = max(to, l.y+l.lead)
					continue
				}
				more = true
				next = min(next, l.y)
			}
			var part []tline
			for k, l := range lines {
				if !drawn[k] && l.y+l.lead <= from+room+0.01 {
					drawn[k] = true
					part = append(part, l)
				}
			}
			d.drawRow(t, r, lay, part, from, to)
			d.probeRow(i, to-from+2*padY)
			if !more {
				break
			}
			from = next
			d.newPage()
			d.tableHeader(t, true)
		}
	}
}

// probeRow tells the test probe where a row (or part of one) went.
func (d *doc) probeRow(i int, h float64) {
	if d.probe != nil {
		d.probe.rows = append(d.probe.rows, placed{page: d.pdf.PageNo(), x: left, y: d.y - h, w: textW, h: h, id: d.tables<<20 | i})
	}
}

// drawRow draws the given lines of a row laid out as lay, those from
// height from to to of its text, at the cursor, and the rule below (chips
// are drawn with the row's first part only).
func (d *doc) drawRow(t *table, r row, lay rowLayout, lines []tline, from, to float64) {
	h := to - from + 2*padY
	y0 := d.y
	if r.critical {
		d.box(left, y0+0.4, ruleW, h-0.8, accent)
	}
	if from == 0 {
		x := left
		for j, c := range r.cells {
			col := t.cols[j]
			if c.chip != nil && len(c.spans) > 0 {
				st := c.spans[0].st
				cy := y0 + padY + (st.lead()-chipSize)/2
				switch {
				case col.right:
					w := lay.firstW[j]
					d.chip(x+col.width-padX-w-chipGap-chipSize, cy, chipSize, *c.chip)
				case r.critical && j == 0:
					d.chip(x+padX+ruleW, cy, chipSize, *c.chip)
				default:
					d.chip(x+padX, cy, chipSize, *c.chip)
				}
			}
			x += col.width
		}
	}
	for _, l := range lines {
		y := y0 + padY + l.y - from
		lx := left + l.x
		if l.right {
			lx -= l.width()
		}
		d.text(l.st, lx, y, l.text)
		if l.link != "" && !d.dry {
			d.pdf.LinkString(lx, y, l.width(), l.lead, l.link)
		}
	}
	d.y = y0 + h
	d.rule(d.y, ruleGrey, 0.2)
}
