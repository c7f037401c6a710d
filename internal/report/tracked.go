package report

// The action plan's page when no gap is open, and the actions tracked on
// questions without a gap.

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// noGapPanel says plainly that no gap is open, in a box that stands out
// on the page: how many questions count and score in full, and that the
// must-have duties that apply are met.
func (d *doc) noGapPanel() {
	w := d.w
	counted, must := 0, 0
	for _, qr := range d.r.Questions {
		if qr.Counted && qr.Question.Weight > 0 && d.r.Sections[qr.Question.Section.Index].Scored {
			counted++
		}
		if qr.Critical {
			must++
		}
	}
	sub := w.N("pdf.noGapsAll", counted)
	if must > 0 {
		sub += "; " + w.N("pdf.noGapsMust", must)
	}
	sub += ". " + w.T("pdf.noGapsKeep")
	head := body.bold().sized(13).in(accent)
	lines := d.wrap(body, sub, textW-12)
	h := 5 + head.lead() + 1.5 + float64(len(lines))*body.lead() + 4.5
	d.need(h)
	y := d.y
	d.box(left, y, textW, h, tint)
	d.box(left, y, 1.6, h, scoreHigh)
	y += 5
	d.text(head, left+6, y, w.T("pdf.noGapsHead"))
	y += head.lead() + 1.5
	for _, l := range lines {
		d.text(body, left+6, y, l)
		y += body.lead()
	}
	d.y += h + 4
}

// trackedAction is an action in the answers file on a question without a
// gap: work done, or under way on a duty that is met already.
type trackedAction struct {
	id string
	// question is nil for an action on a question the questionnaire no
	// longer has (kept in the file, like an orphaned answer).
	question *questionnaire.Question
	action   *answers.Action
}

// trackedActions lists the actions on questions without a gap, in
// questionnaire order, then those on questions it no longer has: what
// `dutycheck plan` lists as "actions on questions without a gap".
func (d *doc) trackedActions() []trackedAction {
	gapped := map[string]bool{}
	for _, g := range d.r.Gaps {
		gapped[g.Question.ID] = true
	}
	var out []trackedAction
	for _, qn := range d.q.Questions {
		if a := d.f.Actions[qn.ID]; a != nil && !gapped[qn.ID] {
			out = append(out, trackedAction{id: qn.ID, question: qn, action: a})
		}
	}
	for _, id := range d.f.OrphanActions(d.q) {
		out = append(out, trackedAction{id: id, action: d.f.Actions[id]})
	}
	return out
}

// trackedBlock is the table of tracked actions on questions without a
// gap, each with its owner, due date, status and "done when"; with no
// gap and no action it says where actions come from.
func (d *doc) trackedBlock(noGaps bool) {
	w := d.w
	acts := d.trackedActions()
	if len(acts) == 0 {
		if noGaps {
			d.para(small.in(ink), w.T("pdf.noTracked"))
		}
		return
	}
	d.heading(1, w.T("plan.closed", len(acts)), 20)
	t := &table{caption: w.T("pdf.tracked"), cols: []column{
		{title: w.T("pdf.colQuestion"), width: 78},
		{title: w.T("pdf.colAction"), width: 48},
		{title: w.T("pdf.colDoneWhen"), width: 44},
	}}
	rows := make([]row, 0, len(acts))
	for _, ta := range acts {
		q := ta.id
		if ta.question != nil {
			q = d.tr(ta.question.Text)
		}
		a := ta.action
		var act []span
		if o := cleanLine(a.Owner); o != "" {
			act = append(act, txt(small.bold().in(ink), o))
		} else {
			act = append(act, txt(small.italic().in(muted), w.T("pdf.noOwner")))
		}
		due := w.T("pdf.noDue")
		if !a.Due.IsZero() {
			due = w.T("pdf.due", isoDate(a.Due))
		}
		act = append(act, txt(small.in(ink), due), txt(small.italic().in(ink), w.ActionStatus(string(a.Status))))
		if ab := cleanLine(a.ApprovedBy); ab != "" {
			act = append(act, txt(small.sized(7.5), w.T("pdf.approvedByX", ab)))
		}
		done := []span{txt(small.italic().in(muted), "–")}
		if dw := cleanLine(a.DoneWhen); dw != "" {
			done = []span{txt(small.in(ink), dw)}
		}
		rows = append(rows, row{key: "tracked:" + ta.id, cells: []cell{
			{spans: []span{txt(cellS, q)}},
			{spans: act},
			{spans: done},
		}})
	}
	d.table(t, rows)
}
