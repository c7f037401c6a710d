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

// mustBlock lists the must-have duties not met as findings ("No way for
// people without an account to report CSEA: a legal duty under …, in
// force since …, not met"), each with its owner, due date and done-when
// on the line below (a dash where unset), and once for all the
// consequence they have. There are no points here: a must-have is not
// weighed.
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
	st := cellS
	for i, g := range crit[:n] {
		d.text(st.bold().in(muted), left, d.y, fmt.Sprintf("%d.", i+1))
		d.lines(st, left+5, textW-5, cleanLine(d.spell(g.Finding)))
		d.actionLine(g, left+5, textW-5)
		d.gap(0.8)
	}
	if n < len(crit) {
		d.more(n, len(crit), "plan:"+crit[n].ID)
	}
}

// actionLine draws a gap's action under it in the words every output
// uses: the owner in bold (marked when a must-have has none), then the
// due date, the status (marked when overdue) and what done looks like; a
// dash where a field is unset. It is one line where it fits.
func (d *doc) actionLine(g summary.Gap, x, width float64) {
	a, f := g.Action, g.Fields
	head := small.bold().in(ink)
	owner := d.w.T("act.owner", f.Owner)
	if a.Unowned {
		head = head.in(scoreLow)
		owner = d.w.T("act.unowned")
	}
	sub := small.in(ink)
	if a.Overdue {
		sub = small.bold().in(scoreLow)
	}
	rest := d.w.T("act.due", f.Due)
	if act := g.Gap.Action; act != nil {
		rest = joinNonEmpty(" · ", rest, d.w.ActionStatus(string(act.Status)))
	}
	if a.Overdue {
		rest += " · " + d.w.T("act.overdue")
	}
	rest = cleanLine(rest + " · " + d.w.T("act.done.when", f.DoneWhen))
	owner = cleanLine(owner) + " · "
	hw := d.width(head, owner)
	if hw+d.width(sub, rest) <= width {
		d.text(head, x, d.y, owner)
		d.text(sub, x+hw, d.y, rest)
		d.y += sub.lead()
		return
	}
	d.lines(head, x, width, owner)
	d.lines(sub, x, width, rest)
}

// topBlock names the actions that matter most: what to do, then who
// owns it and by when in bold after it (a dash where unset), wrapped at
// the full width of the page.
func (d *doc) topBlock(n int) {
	top := d.sum.Top
	if len(top) == 0 {
		return
	}
	d.briefHeading(2, d.w.T("brief.top"))
	st := cellS
	for i, t := range top[:n] {
		d.text(st.bold().in(muted), left, d.y, fmt.Sprintf("%d.", i+1))
		f := t.Gap.Fields
		who := cleanLine(d.w.T("act.owner", f.Owner) + " · " + d.w.T("act.due", f.Due))
		d.runs(left+5, textW-5, []run{{st, cleanLine(d.spell(t.What)) + " "}, {st.bold(), who}})
		d.gap(0.4)
	}
}

// run is a piece of text in one style, for runs.
type run struct {
	st style
	s  string
}

// runs draws pieces of text in their styles one after another, wrapped
// at spaces within w from x, moving the cursor; every line has the lead
// of the first piece.
func (d *doc) runs(x, w float64, rs []run) {
	lead := rs[0].st.lead()
	cx := x
	for _, r := range rs {
		space := d.width(r.st, " ")
		for i, word := range strings.Split(r.s, " ") {
			if word == "" {
				if i > 0 {
					cx += space
				}
				continue
			}
			ww := d.width(r.st, word)
			if cx > x && cx+ww > x+w {
				d.y += lead
				cx = x
			}
			d.text(r.st, cx, d.y, word)
			cx += ww + space
		}
		cx -= space
		if strings.HasSuffix(r.s, " ") {
			cx += space
		}
	}
	d.y += lead
}

// decisionBlock lists the first n decisions: what is asked (with who and
// by when) in bold, then the duty it is about, wrapped.
func (d *doc) decisionBlock(decs []summary.Decision, n int) {
	w := d.w
	d.briefHeading(2, fmt.Sprintf("%s (%d)", w.T("pdf.decisions"), len(decs)))
	if len(decs) == 0 {
		d.lines(cellS.in(muted), left, textW, w.T("pdf.decNone"))
		return
	}
	st := cellS
	for i, dc := range decs[:n] {
		d.text(st.bold().in(muted), left, d.y, fmt.Sprintf("%d.", i+1))
		what := cleanLine(dc.What)
		if dc.Gap.ID == "" {
			d.lines(st.bold(), left+5, textW-5, what)
		} else {
			// the ask in bold, then the duty on the same line where it fits
			head := what + ": "
			text := cleanLine(d.spell(dc.Gap.Text))
			hw := d.width(st.bold(), head)
			if hw > (textW-5)*0.5 {
				d.lines(st.bold(), left+5, textW-5, what+":")
				d.lines(st, left+5, textW-5, text)
			} else {
				d.text(st.bold(), left+5, d.y, head)
				for _, l := range d.wrap(st, text, textW-5-hw) {
					d.text(st, left+5+hw, d.y, l)
					d.y += st.lead()
				}
			}
		}
		d.y += 0.3
	}
	if n < len(decs) {
		key := "plan:"
		for _, dc := range decs[n:] {
			if dc.Gap.ID != "" {
				key += dc.Gap.ID
				break
			}
		}
		d.more(n, len(decs), key)
	}
}
