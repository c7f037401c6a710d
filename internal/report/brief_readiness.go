package report

// The brief's readiness per regime that applies.

import (
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// readinessBlock shows the readiness of the first n regimes that apply:
// each with its score (or "no scored question") and its must-haves not
// met; a framework's status is said, so it never reads as law. Regimes
// whose titles share a work ("EU Digital Services Act: every hosting
// service", "…: yearly transparency reports") are listed under it by the
// rest of their titles. More than a few go in two columns.
func (d *doc) readinessBlock(regs []*scoring.RegimeResult, n int) {
	w := d.w
	if n == 0 && len(regs) > 0 {
		// no room for the table: where it is, on one line
		d.seePage(w.T("pdf.readiness"), d.pageOf("regime:"+regs[0].Regime.ID))
		return
	}
	d.briefHeading(2, w.T("pdf.readiness"))
	if len(regs) == 0 {
		d.lines(cellS.in(muted), left, textW, w.T("pdf.regimesNone"))
		return
	}
	rows := d.readinessRows(regs[:n])
	st := cellS.sized(7.8)
	lead := st.lead() + 0.2
	cols, perCol := 1, len(rows)
	if len(rows) > 4 {
		cols, perCol = 2, (len(rows)+1)/2
		if rows[perCol-1].rr == nil { // a group's name never ends a column
			perCol++
		}
		// A group that runs on into the second column has its name again
		// at the top of it.
		if perCol < len(rows) && rows[perCol].indent {
			head := perCol - 1
			for rows[head].rr != nil {
				head--
			}
			rows = slices.Insert(rows, perCol, rows[head])
		}
	}
	colW := (textW - 6*float64(cols-1)) / float64(cols)
	countW := 22.0
	scoreW := 14.0
	labelW := colW - scoreW - countW - 3
	if cols == 1 {
		labelW = 84
	}
	// Labels wrap (a title is never cut), so each column's rows are
	// placed one under the other by their own heights.
	label := func(rw readinessRow) (style, float64, []string) {
		if rw.rr == nil {
			return st.bold().in(muted), 0, d.wrap(st.bold(), rw.label, colW)
		}
		ind := 0.0
		if rw.indent {
			ind = 3
		}
		return st, ind, d.wrap(st, rw.label, labelW-ind)
	}
	y0, bottomY := d.y, d.y
	y := y0
	for i, rw := range rows {
		// The second column takes every row after the first perCol: a
		// group's name repeated at its top may make it one row longer,
		// and there is never a third column.
		col := 0
		if i >= perCol {
			col = 1
		}
		x := left + float64(col)*(colW+6)
		if i == 0 || i == perCol {
			y = y0
		}
		ls, ind, lines := label(rw)
		for k, l := range lines {
			d.text(ls, x+ind, y+float64(k)*lead, l)
		}
		rowY := y
		y += float64(max(len(lines), 1)) * lead
		var state []string
		if rw.rr != nil && !rw.rr.Scored {
			state = d.wrap(small.italic(), cleanLine(d.regimeState(rw.rr.Regime.ID)), scoreW+countW)
			y = max(y, rowY+float64(len(state))*lead)
		}
		bottomY = max(bottomY, y)
		if rw.rr == nil {
			continue
		}
		y := rowY
		sx := x + labelW + 2
		rr := rw.rr
		if !rr.Scored {
			for k, l := range state {
				d.text(small.italic(), sx, y+0.2+float64(k)*lead, l)
			}
			continue
		}
		if cols == 1 {
			by := y + (st.lead()-2.4)/2
			d.box(sx, by, 24, 2.4, track)
			d.box(sx, by, 24*clamp01(rr.Score/100), 2.4, accent)
			sx += 26
		}
		score := w.Score(rr.Score)
		d.chip(sx, y+(st.lead()-chipSize)/2, chipSize, scoreColour(d.q, rr.Score))
		d.textRight(st.bold(), sx+scoreW-1, y, score)
		cs, label := small.in(ink), w.N("pdf.gaps", rr.Gaps)
		if rr.CriticalGaps > 0 {
			cs, label = small.bold().in(scoreLow), w.mustShort(rr.CriticalGaps)
		}
		if cols == 1 {
			label = w.gapCounts(rr.Gaps, rr.CriticalGaps)
			countW = right - (sx + scoreW + 1)
		}
		d.text(cs, sx+scoreW+1, y+0.3, label)
	}
	d.y = bottomY
	if n < len(regs) {
		d.more(n, len(regs), "regime:"+regs[n].Regime.ID)
	}
}

// regimeState is what the summary says of a regime without readiness
// ("no scored question").
func (d *doc) regimeState(id string) string {
	g := d.sum.Regimes
	for _, reg := range append(append([]summary.Regime{}, g.Duties...), g.NotDuties...) {
		if reg.ID == id {
			return reg.State
		}
	}
	return ""
}

// readinessRow is a line of the readiness list: a regime, or (rr nil) the
// name of the work a group of regimes shares.
type readinessRow struct {
	label  string
	rr     *scoring.RegimeResult
	indent bool
}

// readinessRows groups regimes by the work their titles name before a
// colon, where two or more share it, keeping the regimes' order.
func (d *doc) readinessRows(regs []*scoring.RegimeResult) []readinessRow {
	// whole marks a tail that is a regime's whole title (a framework
	// under the "not duties" heading): it keeps its own capitals, so
	// "eSafety Safety by Design" never becomes "ESafety".
	type split struct {
		head, tail string
		whole      bool
	}
	parts := make([]split, len(regs))
	count := map[string]int{}
	for i, rr := range regs {
		title := dropAsides(d.tr(rr.Regime.Title))
		head, tail, ok := strings.Cut(title, ": ")
		whole := !ok
		if !ok {
			head, tail = "", title
		}
		// Guidance and voluntary frameworks go under one heading that
		// says they are not duties: a status word after a long title
		// would be clipped away.
		if s := rr.Regime.Status; s != "" && !s.Binding() {
			head, tail, whole = d.w.T("pdf.notDuties"), title, true
			count[head]++
		}
		parts[i] = split{head, tail, whole}
		if head != "" {
			count[head]++
		}
	}
	var out []readinessRow
	done := map[string]bool{}
	for i := range regs {
		p := parts[i]
		if p.head == "" || count[p.head] < 2 {
			out = append(out, readinessRow{label: joinNonEmpty(": ", p.head, p.tail), rr: regs[i]})
			continue
		}
		if done[p.head] {
			continue
		}
		done[p.head] = true
		out = append(out, readinessRow{label: p.head})
		for j := i; j < len(regs); j++ {
			if parts[j].head == p.head {
				label := parts[j].tail
				if !parts[j].whole {
					label = l10n.UpperFirst(label)
				}
				out = append(out, readinessRow{label: label, rr: regs[j], indent: true})
			}
		}
	}
	return out
}
