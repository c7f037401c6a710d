package report

// The brief's lists of what needs the board: must-have duties not met, with
// their owners and dates, and the decisions asked of it.

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// pageOf is the page a keyed row starts on; for a row the report does not
// have (a question of a section that no longer applies), the first page
// of the chapter the key names.
func (d *doc) pageOf(key string) int {
	if p := d.rowPage[key]; p > 0 {
		return p
	}
	chapter := map[string]string{"plan": "pdf.plan", "detail": "pdf.details", "regime": "pdf.regimesTitle"}
	prefix, _, _ := strings.Cut(key, ":")
	return d.chapterPage[d.w.T(l10n.Key(chapter[prefix]))]
}

// more is the "and 3 more, page 5" line under a list that shows n of its
// items, pointing to the page of the first left out.
func (d *doc) more(shown, total int, key string) {
	if shown >= total {
		return
	}
	d.text(small.italic(), left+5, d.y, d.w.T("pdf.moreAtPage", total-shown, d.pageOf(key)))
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
		out = append(out, tline{st: st.bold(), text: d.clip(st.bold(), cleanLine(a.Owner), width)})
	}
	var parts []string
	due := w.T("pdf.noDue")
	if a != nil && !a.Due.IsZero() {
		due = w.T("pdf.due", isoDate(a.Due))
	}
	parts = append(parts, due)
	if a != nil {
		parts = append(parts, w.ActionStatus(string(a.Status)))
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
			who := joinNonEmpty(", ", cleanLine(g.Action.Owner), w.T("pdf.due", isoDate(g.Action.Due)))
			out = append(out, decision{what: w.T("pdf.decOverdue") + " (" + who + ")", gap: g})
		}
	}
	for _, g := range d.r.Gaps {
		if a := g.Action; a != nil && a.Status == answers.ActionRiskAccepted {
			what := w.T("pdf.decRisk")
			if ab := cleanLine(a.ApprovedBy); ab != "" {
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
