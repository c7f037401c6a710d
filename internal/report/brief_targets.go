package report

// The brief's targets: each target the board set, against the figure it
// is held to, with its state; and, when asked for, the overall score
// over time with the target line.

import "github.com/dutycheck/dutycheck/internal/summary"

// targetsBlock lists the targets: what each is set on (wrapped, never cut
// mid-word), its limit and date, the figure now, and its state with a
// colour chip; who set them above. n is how many rows fit; the rest are
// counted, with the page of the plan that lists them all; with none, the
// targets are said in a line.
func (d *doc) targetsBlock(n int) {
	w, ts := d.w, d.sum.Targets
	if n == 0 {
		// no room for the table: the targets in a sentence
		var ls []string
		for _, tr := range ts {
			ls = append(ls, cleanLine(tr.What+" "+tr.Line))
		}
		d.inlineBlock(w.T("target.title"), joinNonEmpty(" · ", append(ls, cleanLine(d.sum.TargetsSetBy))...))
		return
	}
	d.briefHeading(2, w.T("target.title"))
	if s := d.sum.TargetsSetBy; s != "" {
		d.lines(small.in(ink), left, textW, cleanLine(s))
	}
	d.targetRows(ts[:n], false)
	if n < len(ts) {
		d.text(small.italic(), left, d.y, w.N("pdfplan.targetsMore", len(ts)-n, d.pageOf("targets")))
		d.y += small.lead()
	}
}

// planTargets lists every target at the head of the full plan, where the
// brief's "and 3 more, page 9" points: what each is set on, its limit
// and date, the figure now and its state.
func (d *doc) planTargets() {
	ts := d.sum.Targets
	if len(ts) == 0 {
		return
	}
	d.heading(1, d.w.T("target.title"), 3*cellS.lead())
	d.rowPage["targets"] = d.pdf.PageNo()
	if s := d.sum.TargetsSetBy; s != "" {
		d.lines(small.in(ink), left, textW, cleanLine(s))
	}
	d.targetRows(ts, true)
	d.gap(4)
}

// targetRows draws targets a row each; with breaks (in the plan) a row
// is never shortened, and one that does not fit starts the next page.
func (d *doc) targetRows(ts []summary.Target, breaks bool) {
	const stateX = right - 22
	const nowX, nowW = stateX - 26, 24.0
	const limX, limW = nowX - 52, 50.0
	const whatW = limX - left - 3
	st := cellS
	// On the brief a target takes two lines at most; in the plan, what
	// it needs.
	fit := func(s string, w float64) []string {
		if breaks {
			return d.wrap(st, s, w)
		}
		return d.wrapMax(st, s, w, 2)
	}
	for _, tr := range ts {
		what := fit(cleanLine(tr.What), whatW)
		lim := fit(tr.Limit, limW)
		now := fit(tr.Now, nowW)
		h := float64(max(len(what), len(lim), len(now), 1))*st.lead() + 0.4
		if breaks {
			d.need(h)
		}
		y0 := d.y
		for k, l := range what {
			d.text(st, left, y0+float64(k)*st.lead(), l)
		}
		for k, l := range lim {
			d.text(st, limX, y0+float64(k)*st.lead(), l)
		}
		for k, l := range now {
			d.text(st.in(muted), nowX, y0+float64(k)*st.lead(), l)
		}
		d.chip(stateX, y0+(st.lead()-2.6)/2, 2.6, targetColour(tr.State))
		d.text(st.bold().in(targetTextColour(tr.State)), stateX+4, y0, tr.StateText)
		d.y = y0 + h
	}
}

func targetColour(st summary.TargetState) rgb {
	switch st {
	case summary.TargetMet:
		return scoreHigh
	case summary.TargetOpen:
		return scoreMid
	case summary.TargetMissed:
		return scoreLow
	}
	return ruleGrey
}

func targetTextColour(st summary.TargetState) rgb {
	switch st {
	case summary.TargetMissed:
		return scoreLow
	case summary.TargetOpen:
		return scoreMidText
	case summary.TargetNotKnown:
		return muted
	}
	return ink
}
