package report

import (
	"strings"
)

// chrome draws the running header and footer on every page but the
// cover, after all pages exist, so that "Page 3 of 12" carries the real
// total and can be right-aligned exactly (fpdf's {nb} alias is replaced
// only after layout, when its width is already fixed, and would also
// replace "{nb}" typed in a note).
func (d *doc) chrome() {
	w := d.w
	n := d.pdf.PageCount()
	head := joinNonEmpty(" · ", cleanLine(d.f.Organization), d.tr(d.q.Title))
	hs := small.sized(7.5)
	head = d.clip(hs, head, textW)
	mark := strings.ToUpper(w.T("pdf.confidential"))
	date := " · " + isoDate(d.f.Date)
	for p := 2; p <= n; p++ {
		d.pdf.SetPage(p)
		// The page's content stream ends in whatever state its last
		// drawing left; set the font and colours afresh.
		d.font = style{}
		d.text(hs, left, headerY-3, head)
		d.rule(headerY+1.2, ruleGrey, 0.2)
		d.rule(footerY-3.5, ruleGrey, 0.2)
		d.text(hs.bold().in(accent), left, footerY-2.5, mark)
		d.text(hs, left+d.width(hs.bold(), mark), footerY-2.5, date)
		d.textRight(hs, right, footerY-2.5, w.T("pdf.page", p, n))
	}
	d.pdf.SetPage(n)
}
