package report

import (
	"strconv"

	"github.com/dutycheck/dutycheck/internal/summary"
)

// planTopCount is how many actions the plan's first page lists.
const planTopCount = 10

// blank is the line left to fill by hand where an action's owner, due
// date, status or done-when is not set: a plan a board can write on.
const blank = "________"

// orBlank is s, or a blank to fill when s is unset ("" or the summary's
// dash).
func orBlank(s string) string {
	if s == "" || s == summary.Dash {
		return blank
	}
	return s
}

// planTop is the plan's first page: the ten actions that matter most,
// must-have duties first and then by points lost, each as its finding and
// first step, with the owner and due date (blanks to fill when unset)
// and the suggested horizon. The full plan follows on the next page. It
// is drawn only when there are more gaps than it lists.
func (d *doc) planTop() {
	w := d.w
	all := append(append([]summary.Gap(nil), d.sum.MustHaves.Gaps...), d.sum.Others...)
	top := all[:min(planTopCount, len(all))]
	d.heading(1, w.T("pdfplan.top", len(top)), 30)
	d.para(small.in(ink), w.T("pdfplan.topIntro"))
	d.gap(1.5)
	t := &table{caption: w.T("pdfplan.top", len(top)), cols: []column{
		{title: "#", width: 7},
		{title: w.T("pdf.colGap") + " · " + w.T("pdf.colWhatToDo"), width: 94},
		{title: w.T("pdfplan.colOwner"), width: 27},
		{title: w.T("pdfplan.colDue"), width: 22},
		{title: w.T("pdfplan.colHorizon"), width: 20},
	}}
	rows := d.planTopRows(top, true)
	if d.y+d.tableHeight(t, rows) > bottom {
		// The ten stay one page: without their first steps (the full
		// plan has them) when the page cannot hold them.
		rows = d.planTopRows(top, false)
	}
	d.table(t, rows)
}

// tableHeight is the height t with rows takes when it is not broken.
func (d *doc) tableHeight(t *table, rows []row) float64 {
	h := d.headerHeight(t)
	for _, r := range rows {
		h += max(d.layoutRow(t, r).h, tableLead) + 2*padY
	}
	return h
}

// planTopRows are the top ten's rows, with each action's first step or
// without.
func (d *doc) planTopRows(top []summary.Gap, steps bool) []row {
	w := d.w
	rows := make([]row, 0, len(top))
	for i, g := range top {
		what := []span{}
		if g.Gap.Critical {
			mark := upper(w.T("pdf.mustHave"))
			if g.BasisText != "" {
				mark += " · " + upper(g.BasisText)
			}
			what = append(what, txt(small.bold().in(accent).sized(7), mark))
		}
		what = append(what, txt(cellS.bold(), cleanLine(d.spell(g.Text))))
		if step := summary.FirstSentence(d.trLong(g.Gap.Recommendation)); step != "" && steps {
			what = append(what, txt(small.in(ink), cleanLine(step)))
		}
		if g.PointsText != "" {
			what = append(what, span{st: small.in(muted), text: w.T("pdfplan.pointsLost", g.PointsText), join: true})
		}
		owner := txt(cellS, orBlank(cleanLine(g.Fields.Owner)))
		if g.Action.Unowned {
			owner = txt(cellS.bold().in(scoreLow), upper(w.T("pdf.noOwner")))
		}
		due := txt(cellS, orBlank(cleanLine(g.Fields.Due)))
		if g.Action.Overdue {
			due = txt(cellS.bold().in(scoreLow), cleanLine(g.Fields.Due)+" "+upper(w.T("pdf.overdue")))
		}
		rows = append(rows, row{critical: g.Gap.Critical, cells: []cell{
			{spans: []span{txt(cellS.bold().in(muted), strconv.Itoa(i+1))}},
			{spans: what},
			{spans: []span{owner}},
			{spans: []span{due}},
			{spans: []span{txt(cellS, w.N("pdfplan.days", g.Horizon))}},
		}})
	}
	return rows
}

// planFields is a gap's action in the full plan: owner, due date, status
// and done-when, each labelled, with a blank to fill where it is unset,
// and, where there is no due date yet, the suggested horizon. A must-have without an owner says so in
// capitals; an overdue action is marked in words.
func (d *doc) planFields(g summary.Gap, st style) []span {
	w, a := d.w, g.Gap.Action
	var out []span
	switch {
	case g.Action.Unowned:
		out = append(out, txt(st.bold().in(scoreLow), upper(w.T("pdf.noOwner"))))
	case g.Fields.Owner != summary.Dash:
		out = append(out, txt(st.bold(), cleanLine(g.Fields.Owner)))
	default:
		out = append(out, txt(st, w.T("pdfplan.owner", blank)))
	}
	// The fields run on where they fit, so that an empty action is two
	// or three lines, not five; a named owner has a line of its own.
	due := span{st: st, text: w.T("pdfplan.due", orBlank(cleanLine(g.Fields.Due))), join: g.Fields.Owner == summary.Dash && !g.Action.Unowned}
	if g.Action.Overdue {
		due = txt(st.bold().in(scoreLow), upper(w.T("pdf.overdue"))+" · "+w.T("pdfplan.due", cleanLine(g.Fields.Due)))
	}
	out = append(out, due)
	status := blank
	if a != nil {
		status = w.ActionStatus(string(a.Status))
	}
	out = append(out, span{st: st, text: w.T("pdfplan.status", status), join: true})
	if a != nil {
		if ab := cleanLine(a.ApprovedBy); ab != "" {
			out = append(out, txt(st.in(muted), w.T("pdf.approvedByX", ab)))
		}
	}
	out = append(out, span{st: st, text: w.T("pdf.doneWhen", orBlank(cleanLine(g.Fields.DoneWhen))), join: true})
	if g.Fields.Due == summary.Dash {
		// The horizon is a suggestion for a due date, said only where
		// there is none yet.
		out = append(out, span{st: st.italic().in(muted), text: w.T("pdfplan.suggested", g.HorizonText), join: true})
	}
	return out
}
