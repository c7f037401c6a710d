package report

// A table is a header row and body rows laid out in fixed columns. Rows
// are measured before they are drawn and never split across pages: a row
// that does not fit starts the next page, under a repeated header. Only a
// row taller than a whole page (a note of several pages) is continued
// line by line, since it could not be shown otherwise.

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
	// critical marks the row with the accent rule at its left edge.
	critical bool
}

// tline is one laid-out line of a cell, indent mm from the cell's text edge.
type tline struct {
	st         style
	text, link string
	indent     float64
}

// table lays out rows under a header. caption, when set, is printed above
// the header where the table continues on a new page.
type table struct {
	cols    []column
	caption string
}

func txt(st style, s string) span { return span{st: st, text: s} }

func (d *doc) layoutCell(c cell, col column) []tline {
	w := col.width - 2*padX
	if c.chip != nil {
		w -= chipSize + chipGap
	}
	var out []tline
	for _, sp := range c.spans {
		if sp.bullet {
			ind := d.width(sp.st, "• ")
			for i, l := range d.wrap(sp.st, sp.text, w-ind) {
				if i == 0 {
					out = append(out, tline{st: sp.st, text: "• " + l, link: sp.link})
				} else {
					out = append(out, tline{st: sp.st, text: l, link: sp.link, indent: ind})
				}
			}
			continue
		}
		for _, l := range d.wrap(sp.st, sp.text, w) {
			out = append(out, tline{st: sp.st, text: l, link: sp.link})
		}
	}
	return out
}

// header draws the column headings and returns nothing; it moves the
// cursor below them.
func (d *doc) tableHeader(t *table, continued bool) {
	if continued && t.caption != "" {
		d.text(small.italic(), left, d.y, t.caption+" ("+d.w.T("pdf.continued")+")")
		d.gap(small.lead() + 0.5)
	}
	st := cellS.bold().sized(8).in(accent)
	lead := st.lead()
	n := 1
	wrapped := make([][]string, len(t.cols))
	for i, c := range t.cols {
		wrapped[i] = d.wrap(st, c.title, c.width-2*padX)
		n = max(n, len(wrapped[i]))
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

// headerHeight is the height tableHeader will take.
func (d *doc) headerHeight(t *table) float64 {
	st := cellS.bold().sized(8)
	n := 1
	for _, c := range t.cols {
		n = max(n, len(d.wrap(st, c.title, c.width-2*padX)))
	}
	return float64(n)*st.lead() + 2*padY
}

// table draws the header and the rows.
func (d *doc) table(t *table, rows []row) {
	d.tables++
	hh := d.headerHeight(t)
	full := bottom - top - hh - small.lead() - 0.5 // body height of a fresh page
	for i, r := range rows {
		lines := make([][]tline, len(r.cells))
		n := 0
		for j, c := range r.cells {
			lines[j] = d.layoutCell(c, t.cols[j])
			n = max(n, len(lines[j]))
		}
		h := float64(max(n, 1))*tableLead + 2*padY
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
		// Only a row taller than a page gets here without room: continue
		// it line by line.
		from := 0
		for from < max(n, 1) {
			fit := int((bottom - d.y - 2*padY) / tableLead)
			if fit < 3 && from < n {
				d.newPage()
				d.tableHeader(t, true)
				continue
			}
			to := min(max(n, 1), from+fit)
			d.drawRow(t, r, lines, from, to)
			if d.probe != nil {
				d.probe.rows = append(d.probe.rows, placed{page: d.pdf.PageNo(), x: left, y: d.y - (float64(to-from)*tableLead + 2*padY), w: textW, h: float64(to-from)*tableLead + 2*padY, id: d.tables<<20 | i})
			}
			from = to
		}
	}
}

// drawRow draws lines [from, to) of every cell of a row at the cursor and
// the rule below it.
func (d *doc) drawRow(t *table, r row, lines [][]tline, from, to int) {
	h := float64(to-from)*tableLead + 2*padY
	y0 := d.y
	if r.critical {
		d.box(left, y0+0.4, ruleW, h-0.8, accent)
	}
	x := left
	for j, c := range r.cells {
		col := t.cols[j]
		cl := lines[j]
		tx := x + padX
		if r.critical && j == 0 {
			tx += ruleW
		}
		if c.chip != nil && from == 0 && len(cl) > 0 {
			cy := y0 + padY + (tableLead-chipSize)/2
			if col.right {
				w := d.width(cl[0].st, cl[0].text)
				d.chip(x+col.width-padX-w-chipGap-chipSize, cy, chipSize, *c.chip)
			} else {
				d.chip(tx, cy, chipSize, *c.chip)
			}
		}
		if c.chip != nil && !col.right {
			tx += chipSize + chipGap
		}
		for k := from; k < min(to, len(cl)); k++ {
			l := cl[k]
			y := y0 + padY + float64(k-from)*tableLead
			lx := tx + l.indent
			if col.right {
				lx = x + col.width - padX - d.width(l.st, l.text)
			}
			d.text(l.st, lx, y, l.text)
			if l.link != "" {
				d.pdf.LinkString(lx, y, d.width(l.st, l.text), tableLead, l.link)
			}
		}
		x += col.width
	}
	d.y = y0 + h
	d.rule(d.y, ruleGrey, 0.2)
}
