package report

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// actionPlan is the table of gaps in the order of SPEC section 4 (the
// scoring package already sorted them): critical first, then by points
// lost, then in questionnaire order. A critical row says so in a word and
// with the accent rule at its left, so the mark survives greyscale and
// photocopies.
func (d *doc) actionPlan() {
	w := d.w
	d.heading(0, w.T("pdf.plan"), 0)
	if len(d.r.Gaps) == 0 {
		d.para(body, w.T("pdf.noGaps"))
		return
	}
	d.para(body.in(muted), w.T("pdf.planIntro"))
	d.gap(3)
	t := &table{caption: w.T("pdf.plan"), cols: []column{
		{title: "#", width: 8},
		{title: w.T("pdf.colGap"), width: 56},
		{title: w.T("pdf.colRecommendation"), width: 56},
		{title: w.T("pdf.colPoints"), width: 19, right: true},
		{title: w.T("pdf.colSources"), width: 31},
	}}
	rows := make([]row, 0, len(d.r.Gaps))
	for i, g := range d.r.Gaps {
		qn := g.Question
		qr := d.r.Question(qn.ID)
		var gap []span
		if g.Critical {
			gap = append(gap, txt(cellS.bold().in(accent).sized(8), upper(w.T("pdf.critical"))))
		}
		gap = append(gap, txt(cellS, d.tr(qn.Text)))
		sub := d.tr(qn.Section.Title)
		gap = append(gap, txt(small, sub))
		ans := w.T("pdf.answerNow", d.answerShort(qr))
		if qr.Status == scoring.Unanswered {
			ans = upperFirst(w.T("pdf.unanswered"))
		}
		gap = append(gap, txt(small.italic(), ans))

		rec := d.trLong(g.Recommendation)
		recSpan := txt(cellS, rec)
		if strings.TrimSpace(rec) == "" {
			recSpan = txt(cellS.italic().in(muted), w.T("pdf.noRecommendation"))
		}
		c := questionColour(g.Score)
		rows = append(rows, row{critical: g.Critical, cells: []cell{
			{spans: []span{txt(cellS.bold().in(muted), strconv.Itoa(i+1))}},
			{spans: gap},
			{spans: []span{recSpan}},
			{chip: &c, spans: []span{txt(cellS.bold(), minus+w.Score(g.PointsLost))}},
			{spans: d.sourceSpans(g.References)},
		}})
	}
	d.table(t, rows)
}

// sourceSpans names the references in one paragraph of short titles;
// the appendix lists them in full with their addresses.
func (d *doc) sourceSpans(ids []string) []span {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if ref := d.q.Reference(id); ref != nil {
			names = append(names, shortTitle(d.tr(ref.Title)))
		} else {
			names = append(names, clean(id, false))
		}
	}
	if len(names) == 0 {
		return nil
	}
	return []span{txt(small.sized(7.5), strings.Join(names, " · "))}
}

// shortTitle is a reference title up to its first colon: "Digital
// Services Act, Art. 16: notice and action" becomes "Digital Services Act,
// Art. 16", which is what a reader scanning the table needs.
func shortTitle(s string) string {
	if i := strings.Index(s, ": "); i > 0 {
		return s[:i]
	}
	return s
}

// upperFirst capitalises the first letter: "unanswered" as a label.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
