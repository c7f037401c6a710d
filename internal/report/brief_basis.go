package report

// What the brief's result rests on, and what changed since the baseline.

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// restsOnBlock says how much of the result rests on unknowns, estimates
// and answers without evidence: a line each with the count and the first
// questions named, and where the rest are.
func (d *doc) restsOnBlock() {
	w, r := d.w, d.r
	d.briefHeading(2, w.T("pdf.restsOn"))
	if len(r.Unknowns)+len(r.Estimates)+len(r.MissingEvidence) == 0 {
		d.lines(cellS.in(muted), left, textW, w.T("pdf.restsNone"))
		return
	}
	var none []string
	for _, l := range []struct {
		label string
		ids   []string
	}{{w.T("pdf.restsUnknown"), r.Unknowns}, {w.T("pdf.restsEstimate"), r.Estimates}, {w.T("pdf.restsNoEvidence"), r.MissingEvidence}} {
		if len(l.ids) == 0 {
			none = append(none, l.label+" (0)")
			continue
		}
		d.restsLine(l.label, l.ids)
	}
	// What is none is said on one line, not a line each.
	if len(none) > 0 {
		d.text(cellS.in(muted), left, d.y, strings.Join(none, " · "))
		d.y += cellS.lead()
	}
}

// restsLine is one line of restsOnBlock: "Estimates (2): Median time to
// report; Share reviewed; and 1 more, page 9". Names are clipped so that
// the line stays one line.
func (d *doc) restsLine(label string, ids []string) {
	st := cellS
	head := fmt.Sprintf("%s (%d)", label, len(ids))
	d.text(st.bold(), left, d.y, head)
	x := left + 52
	avail := right - x
	if len(ids) == 0 {
		d.text(st.in(muted), x, d.y, "—")
		d.y += st.lead()
		return
	}
	var names []string
	shown := 0
	for k, id := range ids {
		tail := ""
		if k+1 < len(ids) {
			tail = "; " + d.w.T("pdf.moreAtPage", len(ids)-k-1, d.pageOf("detail:"+ids[k+1]))
		}
		name := d.questionName(id)
		try := strings.Join(append(names, name), "; ") + tail
		if d.width(st, try) > avail {
			// Clip this name to what is left, once, if a useful part fits.
			rest := avail - d.width(st, strings.Join(names, "; ")+"; "+tail)
			if len(names) == 0 {
				rest = avail - d.width(st, tail)
			}
			if rest > 25 {
				names = append(names, d.clip(st, name, rest))
				shown++
			}
			break
		}
		names = append(names, name)
		shown++
	}
	s := strings.Join(names, "; ")
	if shown < len(ids) {
		s = joinNonEmpty("; ", s, d.w.T("pdf.moreAtPage", len(ids)-shown, d.pageOf("detail:"+ids[shown])))
	}
	d.text(st, x, d.y, d.clip(st, s, avail))
	d.y += st.lead()
}

// questionName is a question's text for lists.
func (d *doc) questionName(id string) string {
	if qn := d.q.Question(id); qn != nil {
		return d.tr(qn.Text)
	}
	return cleanLine(id)
}

// sinceBlock is the change since the baseline: gaps closed and opened,
// actions done since and overdue now, with the first gaps named.
//
// n is how many of the two lines naming the gaps closed and opened are
// shown; the sentence with the counts always is.
func (d *doc) sinceBlock(n int) {
	w, r, b := d.w, d.r, d.base
	d.briefHeading(2, w.T("pdf.since", isoDate(b.Answers.Date)))
	was, is := map[string]bool{}, map[string]bool{}
	for _, g := range b.Gaps {
		was[g.Question.ID] = true
	}
	for _, g := range r.Gaps {
		is[g.Question.ID] = true
	}
	var closed, opened []string
	for _, g := range b.Gaps {
		if !is[g.Question.ID] {
			closed = append(closed, g.Question.ID)
		}
	}
	for _, g := range r.Gaps {
		if !was[g.Question.ID] {
			opened = append(opened, g.Question.ID)
		}
	}
	done, overdue := 0, 0
	for id, a := range d.f.Actions {
		if a == nil || a.Status != answers.ActionDone {
			continue
		}
		if old := b.Answers.Actions[id]; old == nil || old.Status != answers.ActionDone {
			done++
		}
	}
	for _, g := range r.Gaps {
		if g.Overdue {
			overdue++
		}
	}
	d.lines(cellS, left, textW, w.sinceLine(len(closed), len(opened), done, overdue))
	if len(closed) > 0 && n > 0 {
		d.restsLine(w.T("pdf.closed"), closed)
		n--
	}
	if len(opened) > 0 && n > 0 {
		d.restsLine(w.T("pdf.opened"), opened)
	}
}
