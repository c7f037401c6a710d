package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// actionPlan opens with the ten actions that matter most on a page of
// their own (planTop), then lists every gap in the order of
// docs/scoring.md (the scoring package already sorted them) in two parts.
// The must-have duties not met come first under their own heading,
// without points: a must-have is not weighed against other gaps. Each
// says what it rests on (a legal duty for this service, or good
// practice), what to do and its sources. The other gaps follow by points
// lost in a compact table, a row each. Every row carries its action's
// owner, due date, status and done-when, with blanks to fill where they
// are unset, and a suggested horizon from its severity (planFields).
// Overdue actions and must-haves without an owner are marked in words,
// not only in colour.
func (d *doc) actionPlan() {
	w := d.w
	d.heading(0, w.T("pdf.plan"), 0)
	if len(d.r.Gaps) == 0 {
		// A page that said one line and nothing else looked like a page
		// lost: say that no gap is open so it stands out, list what is
		// tracked, and let the details follow on the same page.
		d.noGapPanel()
		d.trackedBlock(true)
		d.planTargets()
		d.flowOn = true
		return
	}
	defer d.trackedBlock(false)
	if len(d.r.Gaps) > planTopCount {
		// The top ten are a page of their own, for the board; the full
		// plan, for the owners, starts on the next. A plan of ten rows or
		// fewer is its own top ten.
		d.planTop()
		d.newPage()
	}
	// The targets the board set lead the full plan: what it is to achieve.
	d.planTargets()
	d.para(body.in(muted), w.T("pdf.planIntro"))
	crit, other := d.splitGaps()
	if len(crit) > 0 {
		d.heading(1, fmt.Sprintf("%s (%d)", w.T("pdf.mustHaves"), len(crit)), 30)
		intro := w.T("pdf.planMustIntro")
		if d.q.CriticalCap >= 0 {
			intro = w.T("pdf.mustCap", d.tr(d.q.Rating[d.q.CriticalCap].Label)) + " " + intro
		}
		d.para(small.in(ink), intro)
		d.gap(1.5)
		t := &table{caption: w.T("pdf.mustHaves"), cols: []column{
			{title: "#", width: 8},
			{title: w.T("pdf.colDuty"), width: 64},
			{title: w.T("pdf.colWhatToDo"), width: 58},
			{title: w.T("pdfplan.colAction"), width: 40},
		}}
		rows := make([]row, 0, len(crit))
		for i, g := range crit {
			rows = append(rows, row{critical: true, key: "plan:" + g.Question.ID, cells: []cell{
				{spans: []span{txt(cellS.bold().in(muted), strconv.Itoa(i+1))}},
				{spans: d.gapSpans(g, true)},
				{spans: d.todoSpans(g, cellS, "")},
				{spans: d.planFields(*d.sum.Gap(g.Question.ID), cellS.sized(8))},
			}})
		}
		d.table(t, rows)
	}
	if len(other) > 0 {
		d.heading(1, fmt.Sprintf("%s (%d)", w.T("pdf.otherGaps"), len(other)), 20)
		t := &table{caption: w.T("pdf.otherGaps"), cols: []column{
			{title: "#", width: 8},
			{title: w.T("pdf.colGap") + " · " + w.T("pdf.colWhatToDo"), width: 86},
			{title: w.T("pdfplan.colAction"), width: 60},
			{title: w.T("pdf.colPts"), width: 16, right: true},
		}}
		rows := make([]row, 0, len(other))
		for i, g := range other {
			c := questionColour(g.Score)
			rows = append(rows, row{key: "plan:" + g.Question.ID, cells: []cell{
				{spans: []span{txt(small.bold().in(muted), strconv.Itoa(len(crit)+i+1))}},
				{spans: d.gapSpans(g, false)},
				{spans: d.planFields(*d.sum.Gap(g.Question.ID), small.sized(7.2).in(ink))},
				{chip: &c, spans: []span{txt(small.bold().in(ink), minus+w.Score(g.PointsLost))}},
			}, below: d.todoSpans(g, small.in(ink).sized(7.5), "→ ")})
		}
		d.table(t, rows)
	}
}

// gapSpans is the gap column: for a must-have its mark and basis, the
// question, and the answer now; an unknown answer says "measure this", an
// estimate "est.".
func (d *doc) gapSpans(g scoring.Gap, must bool) []span {
	w := d.w
	var out []span
	st := small.in(ink).sized(7.8)
	if must {
		mark := upper(w.T("pdf.mustHave"))
		if b := d.basis(g.Question); b != "" {
			mark += " · " + upper(b)
		}
		out = append(out, txt(cellS.bold().in(accent).sized(7.5), mark))
		st = cellS
	}
	out = append(out, txt(st, d.tr(g.Question.Text)))
	qr := d.r.Question(g.Question.ID)
	var now string
	switch qr.Status {
	case scoring.Unanswered:
		now = l10n.UpperFirst(w.T("status.unanswered"))
	case scoring.Unknown:
		now = l10n.UpperFirst(w.T("status.unknown"))
	default:
		now = w.T("pdf.answerNow", d.answerShort(qr)) // with "(est.)" for an estimate
	}
	out = append(out, span{st: small.italic().sized(7.5), text: now, join: !must})
	return out
}

// todoSpans is the "what to do" column: the recommendation (for an
// unknown answer, first "measure this") and the sources with their
// status.
func (d *doc) todoSpans(g scoring.Gap, st style, arrow string) []span {
	w := d.w
	var out []span
	if g.Unknown {
		out = append(out, txt(st.bold(), l10n.UpperFirst(w.T("pdf.measureThis"))+"."))
	}
	if rec := d.trLong(g.Recommendation); strings.TrimSpace(rec) != "" {
		out = append(out, txt(st, arrow+rec))
	} else if !g.Unknown {
		out = append(out, txt(st.italic().in(muted), w.T("pdf.noRecommendation")))
	}
	if src := d.sourceText(g.References); src != "" {
		out = append(out, span{st: small.sized(7).in(muted), text: w.T("pdf.sourcesLabel") + src, join: st.size < cellS.size})
	}
	return out
}
