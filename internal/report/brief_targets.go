package report

// The brief's targets: each target the board set, against the figure it
// is held to, with its state; and, when asked for, the overall score
// over time with the target line.

import (
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/targettext"
)

// targetsBlock lists the targets: what each is set on (wrapped, never cut
// mid-word), its limit and date, the figure now, and its state with a
// colour chip; who set them above. n is how many rows fit; the rest are
// counted.
func (d *doc) targetsBlock(n int) {
	w, q, r := d.w, d.q, d.r
	d.briefHeading(2, w.T("target.title"))
	if s := targettext.SetBy(w.Printer, d.f); s != "" {
		d.lines(small.in(ink), left, textW, cleanLine(s))
	}
	const stateX = right - 22
	const nowX, nowW = stateX - 26, 24.0
	const limX, limW = nowX - 52, 50.0
	const whatW = limX - left - 3
	st := cellS
	for _, tr := range r.Targets[:n] {
		y0 := d.y
		what := d.wrapMax(st, cleanLine(targettext.What(w.Printer, q, tr, d.lang)), whatW, 2)
		for k, l := range what {
			d.text(st, left, y0+float64(k)*st.lead(), l)
		}
		lim := d.wrapMax(st, targettext.Limit(w.Printer, q, tr, d.lang), limW, 2)
		for k, l := range lim {
			d.text(st, limX, y0+float64(k)*st.lead(), l)
		}
		now := d.wrapMax(st, targettext.Actual(w.Printer, q, tr, d.lang), nowW, 2)
		for k, l := range now {
			d.text(st.in(muted), nowX, y0+float64(k)*st.lead(), l)
		}
		d.chip(stateX, y0+(st.lead()-2.6)/2, 2.6, targetColour(tr.State))
		d.text(st.bold().in(targetTextColour(tr.State)), stateX+4, y0, targettext.State(w.Printer, tr.State))
		d.y = y0 + float64(max(len(what), len(lim), len(now), 1))*st.lead() + 0.4
	}
	if n < len(r.Targets) {
		d.text(small.italic(), left, d.y, w.N("target.more", len(r.Targets)-n))
		d.y += small.lead()
	}
}

func targetColour(st scoring.TargetState) rgb {
	switch st {
	case scoring.TargetMet:
		return scoreHigh
	case scoring.TargetOpen:
		return scoreMid
	case scoring.TargetMissed:
		return scoreLow
	}
	return ruleGrey
}

func targetTextColour(st scoring.TargetState) rgb {
	switch st {
	case scoring.TargetMissed:
		return scoreLow
	case scoring.TargetOpen:
		return scoreMidText
	case scoring.TargetNotKnown:
		return muted
	}
	return ink
}
