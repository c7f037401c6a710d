package report

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// details is the auditor's chapter: per section, every question with its
// answer, score and note. Unanswered, not applicable and missing evidence
// are said in words (in italics), not left blank, so a blank never has to
// be interpreted.
func (d *doc) details() {
	w := d.w
	d.heading(0, w.T("pdf.details"), 0)
	for i := range d.r.Sections {
		d.sectionDetails(i)
	}
}

func (d *doc) sectionDetails(i int) {
	w := d.w
	sr := &d.r.Sections[i]
	s := sr.Section
	title := fmt.Sprintf("%d %s", i+1, d.tr(s.Title))
	// Keep the heading with its summary line and the table's first rows.
	d.heading(1, title, small.lead()+30)

	var line string
	var chip *rgb
	switch {
	case !sr.Applies:
		skipped := w.T("pdf.sectionSkipped")
		if why := d.notApplicableBecause(s.When); why != "" {
			skipped = w.T("pdfwhy.section", why)
		}
		d.para(cellS.italic().in(muted), skipped)
		d.gap(2)
		return
	case !sr.Scored:
		line = w.T("pdf.sectionUnscored", sr.Answered, sr.Applicable)
	default:
		line = w.T("pdf.sectionLine", w.Score(sr.Score), w.Number(sr.Weight), sr.Answered, sr.Applicable)
		c := scoreColour(d.q, sr.Score)
		chip = &c
	}
	x := left
	if chip != nil {
		d.chip(x, d.y+(small.lead()-chipSize)/2, chipSize, *chip)
		x += chipSize + chipGap
	}
	d.text(small.in(ink), x, d.y, line)
	d.gap(small.lead() + 0.5)
	if desc := d.trLong(s.Description); desc != "" {
		d.paraAt(small, left, textW, desc)
	}
	d.gap(1.5)

	t := &table{caption: title, cols: []column{
		{title: w.T("pdf.colQuestion"), width: 56},
		{title: w.T("pdf.colAnswer"), width: 43},
		{title: w.T("pdf.colScore"), width: 17, right: true},
		{title: w.T("pdf.colNote") + " · " + w.T("pdfapp.colSources"), width: 54},
	}}
	rows := make([]row, 0, len(s.Questions))
	for j, qn := range s.Questions {
		qr := &d.r.Questions[qn.Index]
		q := []span{}
		// scoring marks a must-have only where it applies and counts.
		if qr.Critical {
			q = append(q, txt(cellS.bold().in(accent).sized(7.5), upper(w.T("pdf.mustHave"))))
		}
		q = append(q, txt(cellS, fmt.Sprintf("%d.%d  %s", i+1, j+1, d.tr(qn.Text))))
		// Each question's sources with their pinpoints, so that a reader
		// of the details sees what a question rests on (each source's
		// status is in the appendix's list, and in the plan); under the
		// note, where a row mostly has room. A question that does not
		// apply rests on nothing here: its row says why instead.
		note := d.noteCell(qr)
		if src := d.sourcePins(qn.References); src != "" && qr.Status != scoring.NotApplicable {
			note.spans = append(note.spans, txt(small.sized(6.8).in(muted), w.T("pdf.sourcesLabel")+src))
		}
		rows = append(rows, row{critical: qr.Critical && qr.Gap, key: "detail:" + qn.ID, cells: []cell{
			{spans: q},
			d.answerCell(qr),
			d.scoreCell(qr, sr),
			note,
		}})
	}
	d.table(t, rows)
	d.gap(2)
}
