package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// summary is page 2, the board brief (SPEC section 7): where the service
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
	d.scorePanel()
	d.assessedBlock()

	crit, _ := d.splitGaps()
	decs := d.decisionItems()
	regs := d.applyingRegimes()
	must := &briefBlock{n: len(crit), draw: func(n int) { d.mustBlock(crit, n) }}
	dec := &briefBlock{n: len(decs), draw: func(n int) { d.decisionBlock(decs, n) }}
	ready := &briefBlock{n: len(regs), draw: func(n int) { d.readinessBlock(regs, n) }, skip: len(d.q.Regimes) == 0}
	chart := &briefBlock{n: len(d.r.Sections), draw: d.chartBlock}
	since := &briefBlock{n: 2, draw: d.sinceBlock, skip: d.base == nil}
	blocks := []*briefBlock{
		must, dec, ready,
		{draw: func(int) { d.restsOnBlock() }},
		since,
		chart,
	}
	// No list can show more items than the page has lines.
	const most = 40
	for _, b := range blocks {
		b.n = min(b.n, most)
	}
	height := func(b *briefBlock) float64 {
		y0, dry := d.y, d.dry
		d.dry = true
		b.draw(b.n)
		h := d.y - y0
		d.y, d.dry = y0, dry
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
		{chart, 8}, {since, 0}, {ready, 10}, {dec, 5},
		{chart, 6}, {ready, 6}, {dec, 3},
		{chart, 4}, {ready, 3}, {dec, 1},
		{ready, 1}, {must, 6}, {chart, 2}, {must, 1},
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
	n    int
	skip bool
	draw func(n int)
}

// briefHeading is a heading on the brief: like heading, but never a new
// page (the brief is measured to fit).
func (d *doc) briefHeading(level int, s string) {
	st := [...]style{h1, h2, h3.sized(10)}[level]
	if level > 0 {
		d.gap(2.0)
	}
	d.bookmark(s, min(level, 1))
	d.text(st, left, d.y, s)
	d.y += st.lead()
	d.gap([...]float64{2.5, 1, 0.6}[level])
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
	rating := clean(r.RatingLabel(d.lang), false)
	notes := []string{w.positionSentence(w.Score(r.Overall), rating, clean(r.BandLabel(d.lang), false), r.Capped, r.CriticalGaps)}
	if r.Provisional {
		notes = append(notes, w.provisionalWhy(r.Reason))
	}
	if b := d.base; b != nil {
		notes = append(notes, w.T("pdf.baselineLine", isoDate(b.Answers.Date), w.Score(b.Overall), clean(b.RatingLabel(d.lang), false), w.Signed(r.Overall-b.Overall)))
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
		d.text(small.bold().in(scoreLow), x2+6, my+mid.lead(), upper(w.T("pdf.provisional")))
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
	s := w.assessedSentence(clean(f.Service, false), clean(f.Organization, false), w.LongDate(f.Date), clean(f.Respondent, false),
		fmt.Sprintf("%s %s", d.tr(d.q.Title), clean(d.q.Version, false)))
	if n := len(d.q.Regimes); n > 0 {
		off := n - len(d.applyingRegimes())
		if off > 0 {
			s += " " + w.T("pdf.regimesOff", off, n, d.chapterPage[w.T("pdf.regimesTitle")])
		}
	}
	d.lines(cellS, left, textW, s)
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

// more is the "and 3 more, page 5" line under a list that shows n of its
// items, pointing to the page of the first left out.
func (d *doc) more(shown, total int, key string) {
	if shown >= total {
		return
	}
	d.text(small.italic(), left+5, d.y, d.w.T("pdf.moreAtPage", total-shown, d.rowPage[key]))
	d.y += small.lead()
}

// mustBlock lists the must-have duties not met: each with its owner (or
// "no owner", marked), due date and status, and once for all the cap
// they cause. There are no points here: a must-have is not weighed.
func (d *doc) mustBlock(crit []scoring.Gap, n int) {
	w := d.w
	d.briefHeading(2, fmt.Sprintf("%s (%d)", w.T("pdf.mustHaves"), len(crit)))
	if len(crit) == 0 {
		d.lines(cellS.in(muted), left, textW, w.T("pdf.noMust"))
		return
	}
	if d.q.CriticalCap >= 0 {
		d.lines(small.in(ink), left, textW, w.T("pdf.mustCap", d.tr(d.q.Rating[d.q.CriticalCap].Label)))
	} else {
		d.lines(small.in(ink), left, textW, w.T("pdf.mustNoCap"))
	}
	d.gap(0.6)
	const textWidth, actX = 104.0, left + 112
	st := cellS
	for i, g := range crit[:n] {
		y0 := d.y
		d.text(st.bold().in(muted), left, y0, fmt.Sprintf("%d.", i+1))
		tl := d.wrapMax(st, d.tr(g.Question.Text), textWidth, 2)
		for k, l := range tl {
			d.text(st, left+5, y0+float64(k)*st.lead(), l)
		}
		al := d.actionLines(g)
		for k, l := range al {
			d.text(l.st, actX, y0+float64(k)*st.lead(), l.text)
		}
		d.y = y0 + float64(max(len(tl), len(al)))*st.lead() + 0.8
	}
	if n < len(crit) {
		d.more(n, len(crit), "plan:"+crit[n].Question.ID)
	}
}

// actionLines is a gap's action for the brief, on up to two lines that
// fit right of the text: the owner (or "no owner", marked), then the due
// date (marked when overdue) and status.
func (d *doc) actionLines(g scoring.Gap) []tline {
	w := d.w
	const width = right - (left + 112)
	st := cellS
	a := g.Action
	var out []tline
	if a == nil || strings.TrimSpace(a.Owner) == "" {
		out = append(out, tline{st: st.bold().in(scoreLow), text: upper(w.T("pdf.noOwner"))})
	} else {
		out = append(out, tline{st: st.bold(), text: d.clip(st.bold(), clean(a.Owner, false), width)})
	}
	var parts []string
	due := w.T("pdf.noDue")
	if a != nil && !a.Due.IsZero() {
		due = w.T("pdf.due", isoDate(a.Due))
	}
	parts = append(parts, due)
	if a != nil {
		parts = append(parts, w.actionStatus(a.Status))
	}
	sub := small.in(ink)
	if g.Overdue {
		sub = small.bold().in(scoreLow)
		parts = append([]string{upper(w.T("pdf.overdue"))}, parts...)
	}
	out = append(out, tline{st: sub, text: d.clip(sub, strings.Join(parts, " · "), width)})
	return out
}

// decision is one thing the board is asked to decide.
type decision struct {
	what string // what is asked, with who and when
	gap  scoring.Gap
}

// decisionItems are the decisions asked of the board, in this order:
// must-have duties without an owner, overdue actions, and risks accepted
// (each with who approved it), for the board to confirm or reopen.
func (d *doc) decisionItems() []decision {
	w := d.w
	var out []decision
	for _, g := range d.r.Gaps {
		if g.Unowned {
			out = append(out, decision{what: w.T("pdf.decOwner"), gap: g})
		}
	}
	for _, g := range d.r.Gaps {
		if g.Overdue {
			who := joinNonEmpty(", ", clean(g.Action.Owner, false), w.T("pdf.due", isoDate(g.Action.Due)))
			out = append(out, decision{what: w.T("pdf.decOverdue") + " (" + who + ")", gap: g})
		}
	}
	for _, g := range d.r.Gaps {
		if a := g.Action; a != nil && a.Status == answers.ActionRiskAccepted {
			what := w.T("pdf.decRisk")
			if ab := clean(a.ApprovedBy, false); ab != "" {
				what += " (" + w.T("pdf.approvedByX", ab) + ")"
			}
			out = append(out, decision{what: what, gap: g})
		}
	}
	return out
}

// decisionBlock lists the first n decisions, a line each: what is asked
// (with who and by when) in bold, then the duty, shortened at a word to
// the line; a line under the heading says once what each kind asks.
func (d *doc) decisionBlock(decs []decision, n int) {
	w := d.w
	d.briefHeading(2, fmt.Sprintf("%s (%d)", w.T("pdf.decisions"), len(decs)))
	if len(decs) == 0 {
		d.lines(cellS.in(muted), left, textW, w.T("pdf.decNone"))
		return
	}
	d.lines(small.in(ink), left, textW, w.T("pdf.decIntro"))
	d.gap(0.6)
	st := cellS
	for i, dc := range decs[:n] {
		head := dc.what + ": "
		d.text(st.bold().in(muted), left, d.y, fmt.Sprintf("%d.", i+1))
		hw := d.width(st.bold(), head)
		if hw > (textW-5)*0.6 {
			head = d.clip(st.bold(), dc.what, (textW-5)*0.6) + ": "
			hw = d.width(st.bold(), head)
		}
		d.text(st.bold(), left+5, d.y, head)
		d.text(st, left+5+hw, d.y, d.clip(st, d.tr(dc.gap.Question.Text), textW-5-hw))
		d.y += st.lead() + 0.3
	}
	if n < len(decs) {
		d.more(n, len(decs), "plan:"+decs[n].gap.Question.ID)
	}
}

// readinessBlock shows the readiness of the first n regimes that apply:
// each with its score (or "no scored question") and its must-haves not
// met; a framework's status is said, so it never reads as law. Regimes
// whose titles share a work ("EU Digital Services Act: every hosting
// service", "…: yearly transparency reports") are listed under it by the
// rest of their titles. More than a few go in two columns.
func (d *doc) readinessBlock(regs []*scoring.RegimeResult, n int) {
	w := d.w
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
	y0 := d.y
	for i, rw := range rows {
		x := left + float64(i/perCol)*(colW+6)
		y := y0 + float64(i%perCol)*lead
		if rw.rr == nil {
			d.text(st.bold().in(muted), x, y, d.clip(st.bold(), rw.label, colW))
			continue
		}
		lx := x
		if rw.indent {
			lx += 3
		}
		d.text(st, lx, y, d.clip(st, rw.label, labelW-(lx-x)))
		sx := x + labelW + 2
		rr := rw.rr
		if !rr.Scored {
			d.text(small.italic(), sx, y+0.2, d.clip(small.italic(), w.T("pdf.noScoredQ"), scoreW+countW))
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
		d.text(cs, sx+scoreW+1, y+0.3, d.clip(cs, label, countW))
	}
	d.y = y0 + float64(max(perCol, len(rows)-perCol))*lead
	if n < len(regs) {
		d.more(n, len(regs), "regime:"+regs[n].Regime.ID)
	}
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
	type split struct{ head, tail string }
	parts := make([]split, len(regs))
	count := map[string]int{}
	for i, rr := range regs {
		title := dropAsides(d.tr(rr.Regime.Title))
		if s := rr.Regime.Status; s != "" && !s.Binding() {
			title += " (" + d.w.legalStatus(s) + ")"
		}
		head, tail, ok := strings.Cut(title, ": ")
		if !ok {
			head, tail = "", title
		}
		parts[i] = split{head, tail}
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
				out = append(out, readinessRow{label: upperFirst(parts[j].tail), rr: regs[j], indent: true})
			}
		}
	}
	return out
}

// restsOnBlock says how much of the result rests on unknowns, estimates
// and answers without evidence: a line each with the count and the first
// questions named, and where the rest are.
func (d *doc) restsOnBlock() {
	w, r := d.w, d.r
	d.briefHeading(2, w.T("pdf.restsOn"))
	if len(r.Unknowns)+len(r.Estimates)+len(r.MissingEvidence) == 0 {
		d.lines(cellS.in(muted), left, textW, w.T("pdf.restsNone"))
		return
	}
	var none []string
	for _, l := range []struct {
		label string
		ids   []string
	}{{w.T("pdf.restsUnknown"), r.Unknowns}, {w.T("pdf.restsEstimate"), r.Estimates}, {w.T("pdf.restsNoEvidence"), r.MissingEvidence}} {
		if len(l.ids) == 0 {
			none = append(none, l.label+" (0)")
			continue
		}
		d.restsLine(l.label, l.ids)
	}
	// What is none is said on one line, not a line each.
	if len(none) > 0 {
		d.text(cellS.in(muted), left, d.y, strings.Join(none, " · "))
		d.y += cellS.lead()
	}
}

// restsLine is one line of restsOnBlock: "Estimates (2): Median time to
// report; Share reviewed; and 1 more, page 9". Names are clipped so that
// the line stays one line.
func (d *doc) restsLine(label string, ids []string) {
	st := cellS
	head := fmt.Sprintf("%s (%d)", label, len(ids))
	d.text(st.bold(), left, d.y, head)
	x := left + 52
	avail := right - x
	if len(ids) == 0 {
		d.text(st.in(muted), x, d.y, "—")
		d.y += st.lead()
		return
	}
	var names []string
	shown := 0
	for k, id := range ids {
		tail := ""
		if k+1 < len(ids) {
			tail = "; " + d.w.T("pdf.moreAtPage", len(ids)-k-1, d.rowPage["detail:"+ids[k+1]])
		}
		name := d.questionName(id)
		try := strings.Join(append(names, name), "; ") + tail
		if d.width(st, try) > avail {
			// Clip this name to what is left, once, if a useful part fits.
			rest := avail - d.width(st, strings.Join(names, "; ")+"; "+tail)
			if len(names) == 0 {
				rest = avail - d.width(st, tail)
			}
			if rest > 25 {
				names = append(names, d.clip(st, name, rest))
				shown++
			}
			break
		}
		names = append(names, name)
		shown++
	}
	s := strings.Join(names, "; ")
	if shown < len(ids) {
		s = joinNonEmpty("; ", s, d.w.T("pdf.moreAtPage", len(ids)-shown, d.rowPage["detail:"+ids[shown]]))
	}
	d.text(st, x, d.y, d.clip(st, s, avail))
	d.y += st.lead()
}

// questionName is a question's text for lists.
func (d *doc) questionName(id string) string {
	if qn := d.q.Question(id); qn != nil {
		return d.tr(qn.Text)
	}
	return clean(id, false)
}

// sinceBlock is the change since the baseline: gaps closed and opened,
// actions done since and overdue now, with the first gaps named.
//
// n is how many of the two lines naming the gaps closed and opened are
// shown; the sentence with the counts always is.
func (d *doc) sinceBlock(n int) {
	w, r, b := d.w, d.r, d.base
	d.briefHeading(2, w.T("pdf.since", isoDate(b.Answers.Date)))
	was, is := map[string]bool{}, map[string]bool{}
	for _, g := range b.Gaps {
		was[g.Question.ID] = true
	}
	for _, g := range r.Gaps {
		is[g.Question.ID] = true
	}
	var closed, opened []string
	for _, g := range b.Gaps {
		if !is[g.Question.ID] {
			closed = append(closed, g.Question.ID)
		}
	}
	for _, g := range r.Gaps {
		if !was[g.Question.ID] {
			opened = append(opened, g.Question.ID)
		}
	}
	done, overdue := 0, 0
	for id, a := range d.f.Actions {
		if a == nil || a.Status != answers.ActionDone {
			continue
		}
		if old := b.Answers.Actions[id]; old == nil || old.Status != answers.ActionDone {
			done++
		}
	}
	for _, g := range r.Gaps {
		if g.Overdue {
			overdue++
		}
	}
	d.lines(cellS, left, textW, w.sinceLine(len(closed), len(opened), done, overdue))
	if len(closed) > 0 && n > 0 {
		d.restsLine(w.T("pdf.closed"), closed)
		n--
	}
	if len(opened) > 0 && n > 0 {
		d.restsLine(w.T("pdf.opened"), opened)
	}
}

// Geometry of the bar chart.
const (
	chartLabelW = 58.0
	barX        = left + 60
	barW        = 58.0
	barH        = 3.2
	scoreRight  = barX + barW + 14 // right edge of the score figure
	chartLead   = 4.7
)

// chartBlock draws a bar per section, every section on one line: a light
// track for 0–100, the score in accent, the score colour and figure
// beside it; with a baseline a thin mark where the section stood then and
// the change; the must-haves not met in the section. Faint lines mark
// where the rating bands begin, the axis is labelled, and the bands are
// spelt out beneath.
//
// When the page cannot hold every section, the chart shows the n that
// need attention most (the lowest scores; unscored sections give way
// first), in questionnaire order, and says how many more there are, their
// lowest score and where they are.
func (d *doc) chartBlock(n int) {
	w := d.w
	d.briefHeading(2, w.T("pdf.sectionScores"))
	shown := d.chartSections(n)
	y0 := d.y
	h := float64(len(shown)) * chartLead
	if !d.dry {
		d.draw(ruleGrey)
		d.pdf.SetLineWidth(0.2)
		for _, b := range d.q.Rating {
			if b.Min > 0 && b.Min < 100 {
				x := barX + barW*b.Min/100
				d.pdf.Line(x, y0, x, y0+h)
			}
		}
	}
	for i, sr := range shown {
		d.chartRow(sr, y0+float64(i)*chartLead)
	}
	y := y0 + h
	ticks := []float64{0, 100}
	for _, b := range d.q.Rating {
		if b.Min > 0 && b.Min < 100 {
			ticks = append(ticks, b.Min)
		}
	}
	ax := small.sized(7).in(muted)
	for _, t := range ticks {
		s := w.Decimal(t, 0)
		d.text(ax, barX+barW*t/100-d.width(ax, s)/2, y+0.2, s)
	}
	d.text(ax, left, y+0.2, w.T("pdf.axis"))
	d.y = y + ax.lead() + 0.4
	var bands []string
	for i, b := range d.q.Rating {
		label := d.tr(b.Label)
		switch {
		case len(d.q.Rating) == 1:
			bands = append(bands, label)
		case i == len(d.q.Rating)-1:
			bands = append(bands, label+" < "+w.Number(d.q.Rating[i-1].Min))
		default:
			bands = append(bands, label+" ≥ "+w.Number(b.Min))
		}
	}
	if hidden := len(d.r.Sections) - len(shown); hidden > 0 {
		lowest, first := 100.0, -1
		for i := range d.r.Sections {
			sr := &d.r.Sections[i]
			if !contains(sectionIDs(shown), sr.Section.ID) {
				if first < 0 {
					first = i
				}
				if sr.Scored {
					lowest = min(lowest, sr.Score)
				}
			}
		}
		page := d.rowPage["detail:"+firstQuestion(d.r.Sections[first].Section)]
		d.lines(small.italic(), left, textW, w.T("pdf.moreSections", hidden, w.Score(lowest), page))
	}
	legend := w.T("pdf.bandsLegend") + ": " + strings.Join(bands, " · ") + "."
	if d.base != nil {
		legend += " " + w.T("pdf.baselineMark", isoDate(d.base.Answers.Date))
	}
	d.lines(small, left, textW, legend)
}

func (d *doc) chartRow(sr *scoring.SectionResult, y float64) {
	w := d.w
	lab := cellS.sized(8.5)
	d.text(lab, left, y, d.clip(lab, d.tr(sr.Section.Title), chartLabelW))
	by := y + (lab.lead()-barH)/2
	if !sr.Scored {
		what := w.T("pdf.notScored")
		if !sr.Applies {
			what = w.T("pdf.doesNotApply")
		}
		d.text(lab.italic().in(muted), barX, y, what)
		return
	}
	d.box(barX, by, barW, barH, track)
	d.box(barX, by, barW*clamp01(sr.Score/100), barH, accent)
	if b := d.baseSection(sr); b != nil && b.Scored {
		x := barX + barW*clamp01(b.Score/100)
		d.box(x-0.35, by-0.9, 0.7, barH+1.8, ink)
	}
	s := w.Score(sr.Score)
	fig := lab.bold()
	sw := d.width(fig, s)
	d.chip(scoreRight-sw-chipGap-chipSize, by+(barH-chipSize)/2, chipSize, scoreColour(d.q, sr.Score))
	d.text(fig, scoreRight-sw, y, s)
	x := scoreRight + 3
	if d.base != nil {
		ch := "—"
		if b := d.baseSection(sr); b != nil && b.Scored {
			ch = w.Signed(sr.Score - b.Score)
		}
		d.textRight(small.in(ink), x+10, y+0.3, ch)
		x += 13
	}
	if sr.CriticalGaps > 0 {
		d.text(small.bold().in(scoreLow), x, y+0.3, d.clip(small.bold(), w.mustShort(sr.CriticalGaps), right-x))
	}
}

// chartSections picks the n sections the chart shows: all when they fit,
// else those that need attention most, in questionnaire order.
func (d *doc) chartSections(n int) []*scoring.SectionResult {
	all := make([]*scoring.SectionResult, len(d.r.Sections))
	for i := range d.r.Sections {
		all[i] = &d.r.Sections[i]
	}
	if n >= len(all) {
		return all
	}
	rank := func(sr *scoring.SectionResult) float64 {
		if !sr.Scored {
			return 1000
		}
		return sr.Score
	}
	order := slices.Clone(all)
	slices.SortStableFunc(order, func(a, b *scoring.SectionResult) int { return cmp.Compare(rank(a), rank(b)) })
	keep := map[*scoring.SectionResult]bool{}
	for _, sr := range order[:n] {
		keep[sr] = true
	}
	var out []*scoring.SectionResult
	for _, sr := range all {
		if keep[sr] {
			out = append(out, sr)
		}
	}
	return out
}

func sectionIDs(srs []*scoring.SectionResult) []string {
	out := make([]string, len(srs))
	for i, sr := range srs {
		out[i] = sr.Section.ID
	}
	return out
}

// firstQuestion is the id of a section's first question, whose details
// row starts the section.
func firstQuestion(s *questionnaire.Section) string {
	if len(s.Questions) == 0 {
		return ""
	}
	return s.Questions[0].ID
}

// baseSection is the baseline's result for the same section, or nil.
func (d *doc) baseSection(sr *scoring.SectionResult) *scoring.SectionResult {
	if d.base == nil {
		return nil
	}
	return d.base.Section(sr.Section.ID)
}

func clamp01(x float64) float64 { return max(0, min(1, x)) }

// upper writes a label in capitals, as the small labels above figures are.
func upper(s string) string { return strings.ToUpper(s) }
