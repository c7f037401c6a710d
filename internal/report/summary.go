package report

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// summary is the executive summary, always exactly one page: the overall
// result, a bar per section, the critical gaps and the largest other gaps.
// What does not fit is counted and pointed to ("… and 4 more in the action
// plan") rather than spilling onto a second page.
func (d *doc) summary() {
	w := d.w
	d.heading(0, w.T("pdf.summary"), 0)
	d.scorePanel()

	crit, other := d.splitGaps()
	otherN := min(3, len(other))

	// Plan the page: the gap lists need their headings and at least a few
	// items; the chart gets the rest, down to a minimum per row.
	listsMin := 2*(h3.lead()+6) + d.gapItemsHeight(crit, min(len(crit), 3)) + d.gapItemsHeight(other, otherN)
	chartBudget := bottom - d.y - listsMin - h2.lead() - 8
	shown := d.chartRows(chartBudget)

	d.heading(1, w.T("pdf.sectionScores"), 0)
	d.sectionChart(shown)

	// The critical gaps get what is left after the three other gaps.
	d.headingAt(2, 1, fmt.Sprintf("%s (%d)", w.T("pdf.criticalGaps"), len(crit)), 0)
	room := bottom - d.y - (h3.lead() + 6) - d.gapItemsHeight(other, otherN) - small.lead()
	n, used := 0, 0.0
	for _, g := range crit {
		h := d.gapItemHeight(g)
		if used+h > room {
			break
		}
		n++
		used += h
	}
	d.gapList(crit, n, w.T("pdf.noCritical"))
	d.headingAt(2, 1, w.T("pdf.largestGaps"), 0)
	d.gapList(other, otherN, w.T("pdf.noOther"))
}

// scorePanel is the tinted panel at the top: overall score, rating and
// completion side by side, then the cap sentence and the baseline.
func (d *doc) scorePanel() {
	w, r := d.w, d.r
	label := small.bold().in(muted)
	big := style{sans, "B", 28, ink}
	mid := style{sans, "B", 14, ink}
	var notes []string
	if r.Capped {
		notes = append(notes, w.T("pdf.capSentence", r.RatingLabel(d.lang), w.N("critical", r.CriticalGaps), r.BandLabel(d.lang)))
	}
	if b := d.base; b != nil {
		notes = append(notes, w.T("pdf.baselineLine", isoDate(b.Answers.Date), w.Score(b.Overall), clean(b.RatingLabel(d.lang), false), w.Signed(r.Overall-b.Overall)))
	}
	var lines []string
	for _, n := range notes {
		lines = append(lines, d.wrap(body, n, textW-10)...)
	}
	h := 5 + label.lead() + big.lead() + 2 + float64(len(lines))*body.lead() + 3
	y0 := d.y
	d.box(left, y0, textW, h, tint)
	d.box(left, y0, 1.5, h, accent)

	x1, x2, x3 := left+6, left+62, left+122
	y := y0 + 4
	d.text(label, x1, y, upper(w.T("pdf.overall")))
	d.text(label, x2, y, upper(w.T("pdf.rating")))
	d.text(label, x3, y, upper(w.T("pdf.completion")))
	y += label.lead()
	score := w.Score(r.Overall)
	d.text(big, x1, y, score)
	d.text(body.in(muted), x1+d.width(big, score)+1.5, y+big.lead()-6.5, "/ 100")
	my := y + (big.lead()-mid.lead())/2
	d.chip(x2, my+(mid.lead()-4)/2, 4, bandColour(d.q, r.Rating))
	d.text(mid, x2+6, my, d.clip(mid, clean(r.RatingLabel(d.lang), false), x3-x2-10))
	d.text(mid, x3, my, w.Percent(r.Completion))
	d.text(small, x3, my+mid.lead(), fmt.Sprintf("%d / %d", r.Answered, r.Applicable))
	y += big.lead() + 2
	for _, l := range lines {
		d.text(body, x1, y, l)
		y += body.lead()
	}
	d.y = y0 + h + 3
}

// chartRow is one section's line in the bar chart.
type chartRow struct {
	sr     *scoring.SectionResult
	base   *scoring.SectionResult
	label  []string
	h      float64
	hidden bool
}

// Geometry of the bar chart.
const (
	chartLabelW = 56.0
	barX        = left + 58
	barW        = 80.0
	barH        = 3.6
	scoreRight  = barX + barW + 16 // right edge of the score figure
)

// chartRows lays out a row per section and, when they do not fit in
// budget, hides the best-scoring ones (the summary is about what needs
// attention); hidden rows are counted under the chart.
func (d *doc) chartRows(budget float64) []chartRow {
	lab := cellS
	var rows []chartRow
	for i := range d.r.Sections {
		sr := &d.r.Sections[i]
		title := d.tr(sr.Section.Title)
		lines := d.wrapMax(lab, title, chartLabelW, 2)
		if sr.CriticalGaps > 0 {
			lines = append(lines, "\x00"+d.w.N("critical", sr.CriticalGaps))
		}
		cr := chartRow{sr: sr, label: lines, h: max(float64(len(lines))*tableLead, barH+1) + 1.8}
		if d.base != nil {
			cr.base = d.base.Section(sr.Section.ID)
		}
		rows = append(rows, cr)
	}
	total := func() float64 {
		t := small.sized(7).lead() + 0.8 + 2*small.lead() // axis and up to two notes
		for _, r := range rows {
			if !r.hidden {
				t += r.h
			}
		}
		return t
	}
	for total() > budget {
		best := -1
		for i, r := range rows {
			if r.hidden {
				continue
			}
			if best < 0 || rank(r.sr) > rank(rows[best].sr) {
				best = i
			}
		}
		if best < 0 {
			break
		}
		rows[best].hidden = true
	}
	return rows
}

// rank orders sections for hiding: unscored first, then the highest score.
func rank(sr *scoring.SectionResult) float64 {
	if !sr.Scored {
		return 1000
	}
	return sr.Score
}

// sectionChart draws the bars: a light track for 0–100, the score in
// accent, the score colour and figure beside it; with a baseline a thin
// mark where the section stood then and the change after the figure.
// Faint lines mark where the rating bands begin.
func (d *doc) sectionChart(rows []chartRow) {
	w := d.w
	y0 := d.y
	hidden := 0
	for _, r := range rows {
		if r.hidden {
			hidden++
		}
	}
	var h float64
	for _, r := range rows {
		if !r.hidden {
			h += r.h
		}
	}
	// Band lines behind the bars.
	d.draw(ruleGrey)
	d.pdf.SetLineWidth(0.2)
	for _, b := range d.q.Rating {
		if b.Min > 0 && b.Min < 100 {
			x := barX + barW*b.Min/100
			d.pdf.Line(x, y0, x, y0+h)
		}
	}
	y := y0
	for _, r := range rows {
		if r.hidden {
			continue
		}
		d.chartRow(r, y)
		y += r.h
	}
	// Axis: 0, each band's start, 100.
	ticks := []float64{0, 100}
	for _, b := range d.q.Rating {
		if b.Min > 0 && b.Min < 100 {
			ticks = append(ticks, b.Min)
		}
	}
	ax := small.sized(7).in(faint)
	for _, t := range ticks {
		s := w.Decimal(t, 0)
		d.text(ax, barX+barW*t/100-d.width(ax, s)/2, y+0.3, s)
	}
	d.y = y + ax.lead() + 0.8
	var notes []string
	if hidden > 0 {
		notes = append(notes, w.T("pdf.moreSections", hidden))
	}
	if d.base != nil {
		notes = append(notes, w.T("pdf.baselineMark", isoDate(d.base.Answers.Date)))
	}
	for _, n := range notes {
		d.paraAt(small, left, textW, n)
	}
}

func (d *doc) chartRow(r chartRow, y float64) {
	w := d.w
	lab := cellS
	for i, l := range r.label {
		if strings.HasPrefix(l, "\x00") {
			d.text(small.bold().in(scoreLow), left, y+float64(i)*tableLead, l[1:])
			continue
		}
		d.text(lab, left, y+float64(i)*tableLead, l)
	}
	by := y + (tableLead-barH)/2
	sr := r.sr
	if !sr.Scored {
		what := w.T("pdf.notScored")
		if !sr.Applies {
			what = w.T("pdf.doesNotApply")
		}
		d.text(cellS.italic().in(muted), barX, y, what)
		return
	}
	d.box(barX, by, barW, barH, track)
	d.box(barX, by, barW*clamp01(sr.Score/100), barH, accent)
	if b := r.base; b != nil && b.Scored {
		x := barX + barW*clamp01(b.Score/100)
		d.box(x-0.35, by-1.1, 0.7, barH+2.2, ink)
	}
	s := w.Score(sr.Score)
	fig := cellS.bold()
	sw := d.width(fig, s)
	d.chip(scoreRight-sw-chipGap-chipSize, by+(barH-chipSize)/2, chipSize, scoreColour(d.q, sr.Score))
	d.text(fig, scoreRight-sw, y, s)
	if d.base != nil {
		ch := "—"
		if b := r.base; b != nil && b.Scored {
			ch = w.Signed(sr.Score - b.Score)
		}
		d.textRight(small.in(ink), right, y+0.4, ch)
	}
}

func clamp01(x float64) float64 { return max(0, min(1, x)) }

// splitGaps separates the critical gaps from the others, both in action
// plan order.
func (d *doc) splitGaps() (crit, other []scoring.Gap) {
	for _, g := range d.r.Gaps {
		if g.Critical {
			crit = append(crit, g)
		} else {
			other = append(other, g)
		}
	}
	return crit, other
}

// gapItem is a gap in the summary's lists: its text on up to two lines,
// the points it loses, and its section and answer in small print.
func (d *doc) gapItem(g scoring.Gap) (lines []string, sub string) {
	textW := textW - 8 - 18
	lines = d.wrapMax(cellS.sized(9.5), d.tr(g.Question.Text), textW, 2)
	qr := d.r.Question(g.Question.ID)
	sub = d.tr(g.Question.Section.Title) + " · " + d.answerShort(qr)
	return lines, d.clip(small, sub, textW)
}

// gapItemsHeight is the height of the first n items of a gap list with
// its "… and more" line.
func (d *doc) gapItemsHeight(gs []scoring.Gap, n int) float64 {
	h := 0.0
	for _, g := range gs[:n] {
		h += d.gapItemHeight(g)
	}
	if n < len(gs) {
		h += small.lead()
	}
	return h
}

func (d *doc) gapItemHeight(g scoring.Gap) float64 {
	lines, _ := d.gapItem(g)
	return float64(len(lines))*cellS.sized(9.5).lead() + small.lead() + 1.5
}

// gapList prints the first n gaps, numbered, and how many more there are.
func (d *doc) gapList(gs []scoring.Gap, n int, none string) {
	st := cellS.sized(9.5)
	if len(gs) == 0 {
		d.para(body.in(muted), none)
		return
	}
	for i, g := range gs[:n] {
		lines, sub := d.gapItem(g)
		d.text(st.bold().in(muted), left, d.y, fmt.Sprintf("%d.", i+1))
		d.textRight(st.bold(), right, d.y, d.w.T("pdf.lost", d.w.Score(g.PointsLost)))
		for _, l := range lines {
			d.text(st, left+8, d.y, l)
			d.gap(st.lead())
		}
		d.text(small, left+8, d.y, sub)
		d.gap(small.lead() + 1.5)
	}
	if n < len(gs) {
		d.text(small.italic(), left+8, d.y, d.w.T("pdf.moreInPlan", len(gs)-n))
		d.gap(small.lead())
	}
}

// upper writes a label in capitals, as the small labels above figures are.
func upper(s string) string { return strings.ToUpper(s) }
