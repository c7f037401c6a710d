package report

// The brief's lists of what needs the board: must-have duties not met, with
// their owners and dates, and the decisions asked of it.

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/summary"
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

// mustBlock lists the must-have duties not met: each with its action,
// and once for all the consequence they have. There are no points here:
// a must-have is not weighed.
func (d *doc) mustBlock(crit []summary.Gap, n int) {
	w, m := d.w, d.sum.MustHaves
	if len(crit) == 0 {
		d.briefHeading(2, w.T("pdf.mustHaves"))
		d.lines(cellS.in(muted), left, textW, w.T("pdf.noMust"))
		return
	}
	d.briefHeading(2, m.Heading)
	if m.Consequence != "" {
		d.lines(small.in(ink), left, textW, cleanLine(m.Consequence))
	}
	d.gap(0.6)
	const textWidth, actX = 92.0, left + actionX
	st := cellS
	for i, g := range crit[:n] {
		y0 := d.y
		d.text(st.bold().in(muted), left, y0, fmt.Sprintf("%d.", i+1))
		tl := d.wrapMax(st, cleanLine(g.Text), textWidth, 2)
		for k, l := range tl {
			d.text(st, left+5, y0+float64(k)*st.lead(), l)
		}
		al := d.actionLines(g.Action)
		for k, l := range al {
			d.text(l.st, actX, y0+float64(k)*st.lead(), l.text)
		}
		d.y = y0 + float64(max(len(tl), len(al)))*st.lead() + 0.8
	}
	if n < len(crit) {
		d.more(n, len(crit), "plan:"+crit[n].ID)
	}
}

// actionX is where the must-have duties' actions start on the brief,
// from the left margin.
const actionX = 98.0

// actionLines is a gap's action for the brief, in the words every
// output uses, on lines that fit right of the text: the owner part in
// bold (marked when there is none), then the rest (marked when overdue),
// each on up to two lines.
func (d *doc) actionLines(a summary.Action) []tline {
	const width = right - (left + actionX)
	head := cellS.bold()
	if a.Unowned {
		head = head.in(scoreLow)
	}
	var out []tline
	for _, l := range d.wrapMax(head, cleanLine(a.Parts[0]), width, 2) {
		out = append(out, tline{st: head, text: l})
	}
	if len(a.Parts) > 1 {
		sub := small.in(ink)
		if a.Overdue {
			sub = small.bold().in(scoreLow)
		}
		for _, l := range d.wrapMax(sub, cleanLine(strings.Join(a.Parts[1:], " · ")), width, 2) {
			out = append(out, tline{st: sub, text: l})
		}
	}
	return out
}

// decisionBlock lists the first n decisions, a line each: what is asked
// (with who and by when) in bold, then the duty, shortened at a word to
// the line; a line under the heading says once what each kind asks.
func (d *doc) decisionBlock(decs []summary.Decision, n int) {
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
		what := cleanLine(dc.What)
		head := what + ": "
		d.text(st.bold().in(muted), left, d.y, fmt.Sprintf("%d.", i+1))
		hw := d.width(st.bold(), head)
		if hw > (textW-5)*0.6 {
			head = d.clip(st.bold(), what, (textW-5)*0.6) + ": "
			hw = d.width(st.bold(), head)
		}
		d.text(st.bold(), left+5, d.y, head)
		d.text(st, left+5+hw, d.y, d.clip(st, cleanLine(dc.Gap.Text), textW-5-hw))
		d.y += st.lead() + 0.3
	}
	if n < len(decs) {
		d.more(n, len(decs), "plan:"+decs[n].Gap.ID)
	}
}
