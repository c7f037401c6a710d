package report

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// summary is page 2, the board brief (docs/report.md): where the service
// stands in one sentence, what was assessed, the must-have duties not met
// with their owners and dates, the decisions asked of the board, the
// readiness per regime, what the result rests on, the change since the
// baseline, and the section scores. It is always exactly one page: every
// block is measured by laying it out dry, and the lists give up items
// (least important first) until the page fits; what a list leaves out is
// counted and pointed to ("and 3 more, page 5"), never dropped in silence.
// It is laid out after the pages it points to.
func (d *doc) summary() {
	w := d.w
	d.chapterPage[w.T("pdf.brief")] = d.pdf.PageNo()
	d.briefHeading(0, w.T("pdf.brief"))
	d.spellBrief()
	d.scorePanel()
	d.assessedBlock()

	crit := d.sum.MustHaves.Gaps
	decs := d.sum.Decisions
	regs := d.briefRegimes()
	must := &briefBlock{n: len(crit), draw: func(n int) { d.mustBlock(crit, n) }}
	dec := &briefBlock{n: len(decs), draw: func(n int) { d.decisionBlock(decs, n) }}
	top := &briefBlock{n: len(d.sum.Top), draw: d.topBlock, skip: len(d.sum.Top) == 0}
	ready := &briefBlock{n: len(regs), draw: func(n int) { d.readinessBlock(regs, n) }, skip: len(d.q.Regimes) == 0}
	chart := &briefBlock{n: len(d.r.Sections), draw: d.chartBlock}
	since := &briefBlock{n: 2, draw: d.sinceBlock, skip: d.base == nil}
	targets := &briefBlock{n: len(d.sum.Targets), draw: d.targetsBlock, skip: len(d.sum.Targets) == 0}
	rests := &briefBlock{n: len(d.sum.RestsOn.Kinds), draw: d.restsOnBlock}
	trendChart := &briefBlock{draw: d.trendBlock, skip: len(d.sum.Trend) == 0}
	blocks := []*briefBlock{
		must, top, dec, ready, targets, trendChart,
		rests,
		since,
		chart,
	}
	// No list can show more items than the page has lines.
	const most = 40
	for _, b := range blocks {
		b.n = min(b.n, most)
	}
	// A block's height depends on its items alone (the brief never breaks
	// a page), so each is measured once per number of items, not once per
	// layout tried.
	height := func(b *briefBlock) float64 {
		if h, ok := b.heights[b.n]; ok {
			return h
		}
		y0, dry := d.y, d.dry
		d.dry = true
		b.draw(b.n)
		h := d.y - y0
		d.y, d.dry = y0, dry
		if b.heights == nil {
			b.heights = map[int]float64{}
		}
		b.heights[b.n] = h
		return h
	}
	fits := func() bool {
		total := 0.0
		for _, b := range blocks {
			if !b.skip {
				total += height(b)
			}
		}
		return d.y+total <= bottom
	}
	// While the page does not fit, lists give up items in this order, each
	// down to a floor, the most items that fit found by bisection (heights
	// grow with n). The must-have duties give way last: every one is named
	// with its owner unless there are more than a page can hold.
	steps := []struct {
		b     *briefBlock
		floor int
	}{
		{chart, 8}, {since, 0}, {ready, 10}, {ready, 6}, {chart, 6}, {ready, 3}, {chart, 4},
		{rests, 1}, {rests, 0}, {chart, 2}, {ready, 1}, {targets, 3}, {dec, 5}, {targets, 1},
		{ready, 0}, {chart, 0}, {since, -1}, {targets, 0}, {dec, 3}, {top, 1}, {dec, 1}, {must, 6}, {must, 1},
	}
	for _, st := range steps {
		if fits() {
			break
		}
		b := st.b
		if b.skip || b.n <= st.floor {
			continue
		}
		lo, hi := st.floor, b.n
		for lo < hi {
			b.n = (lo + hi + 1) / 2
			if fits() {
				lo = b.n
			} else {
				hi = b.n - 1
			}
		}
		b.n = lo
	}
	for _, b := range blocks {
		if !b.skip {
			b.draw(b.n)
		}
	}
}

// briefBlock is one block of the brief: draw lays it out with n items of
// its list (blocks without a list ignore n).
type briefBlock struct {
	n       int
	skip    bool
	draw    func(n int)
	heights map[int]float64 // measured heights by n
}

// briefHeading is a heading on the brief: like heading, but never a new
// page (the brief is measured to fit).
func (d *doc) briefHeading(level int, s string) {
	st := [...]style{h1, h2, h3.sized(10)}[level]
	if level > 0 {
		d.gap(1.6)
	}
	d.bookmark(s, min(level, 1))
	d.text(st, left, d.y, s)
	d.y += st.lead()
	d.gap([...]float64{2.5, 0.6, 0.6}[level])
}

// lines draws wrapped text at x within w, moving the cursor.
func (d *doc) lines(st style, x, w float64, s string) {
	for _, l := range d.wrap(st, s, w) {
		d.text(st, x, d.y, l)
		d.y += st.lead()
	}
}

// scorePanel is the tinted panel at the top: overall score, rating and
// completion side by side, then the position in one sentence, why the
// rating is provisional when it is, and the change since the baseline.
func (d *doc) scorePanel() {
	w, r := d.w, d.r
	label := small.bold().in(muted)
	big := style{sans, "B", 24, ink}
	mid := style{sans, "B", 14, ink}
	rating := cleanLine(r.RatingLabel(d.lang))
	sum := d.sum
	notes := []string{cleanLine(sum.Position.Sentence)}
	if sum.Position.Cap != "" {
		notes = append(notes, cleanLine(sum.Position.Cap))
	}
	if sum.Provisional != nil {
		notes = append(notes, cleanLine(sum.Provisional.Line))
	}
	if s := sum.Since; s != nil {
		// The change in must-haves not met, the one the board cares most
		// about, is said here once, beside the baseline's score.
		notes = append(notes, cleanLine(joinNonEmpty(" ", s.Baseline, s.MustLine)))
	}
	var lines []string
	for _, n := range notes {
		lines = append(lines, d.wrap(body, n, textW-10)...)
	}
	h := 3 + label.lead() + big.lead() + 1 + float64(len(lines))*body.lead() + 2.5
	y0 := d.y
	d.box(left, y0, textW, h, tint)
	d.box(left, y0, 1.5, h, accent)

	x1, x2, x3 := left+6, left+62, left+122
	y := y0 + 3
	d.text(label, x1, y, upper(w.T("pdf.overall")))
	d.text(label, x2, y, upper(w.T("pdf.rating")))
	d.text(label, x3, y, upper(w.T("pdf.completion")))
	y += label.lead()
	score := w.Score(r.Overall)
	d.text(big, x1, y, score)
	d.text(body.in(muted), x1+d.width(big, score)+1.5, y+big.lead()-6.2, "/ 100")
	my := y + (big.lead()-mid.lead())/2
	d.chip(x2, my+(mid.lead()-4)/2, 4, bandColour(d.q, r.Rating))
	d.text(mid, x2+6, my, d.clip(mid, rating, x3-x2-10))
	if r.Provisional {
		d.text(small.bold().in(scoreLow), x2+6, my+mid.lead(), upper(w.T("provisional")))
	}
	d.text(mid, x3, my, w.Percent(r.Completion))
	d.text(small, x3, my+mid.lead(), fmt.Sprintf("%d / %d", r.Answered, r.Applicable))
	y += big.lead() + 1
	for _, l := range lines {
		d.text(body, x1, y, l)
		y += body.lead()
	}
	d.y = y0 + h + 1
}

// assessedBlock says what was assessed: the service, whose, when, by whom,
// against which questionnaire, and how many regimes apply.
func (d *doc) assessedBlock() {
	w, f := d.w, d.f
	d.briefHeading(2, w.T("pdf.assessed"))
	s := w.assessedSentence(cleanLine(f.Service), cleanLine(f.Organization), w.LongDate(f.Date), cleanLine(f.Respondent),
		fmt.Sprintf("%s %s", d.spell(d.tr(d.q.Title)), cleanLine(d.q.Version)))
	if n := len(d.q.Regimes); n > 0 {
		off := n - len(d.applyingRegimes())
		if off > 0 {
			s += " " + w.T("pdf.regimesOff", off, n, d.chapterPage[w.T("pdf.regimesTitle")])
		}
	}
	d.lines(cellS, left, textW, d.spell(s))
	d.briefSignOff()
	d.lines(cellS.bold(), left, textW, d.sum.Caveat)
}

// applyingRegimes are the regimes that apply, in questionnaire order.
func (d *doc) applyingRegimes() []*scoring.RegimeResult {
	var out []*scoring.RegimeResult
	for i := range d.r.Regimes {
		if d.r.Regimes[i].Applies {
			out = append(out, &d.r.Regimes[i])
		}
	}
	return out
}

// briefRegimes are the regimes whose readiness the brief shows: those that
// apply, laws and codes first, then guidance and voluntary frameworks. A
// proposal or a lapsed law is left to the regimes chapter: its readiness
// next to the laws would read as a duty the service has.
func (d *doc) briefRegimes() []*scoring.RegimeResult {
	g := d.r.GroupRegimes()
	return append(g.Duties, g.NotDuties...)
}

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

// upper writes a label in capitals, as the small labels above figures are.
func upper(s string) string { return strings.ToUpper(s) }
