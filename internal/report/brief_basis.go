package report

// What the brief's result rests on, and what changed since the baseline.

import (
	"strings"
)

// restsOnBlock says how much of the result rests on unknowns, estimates
// and answers without evidence: a line each with the count and the first
// questions named, and where the rest are.
func (d *doc) restsOnBlock() {
	rests := d.sum.RestsOn
	d.briefHeading(2, rests.Heading)
	if m := d.sum.Measured; m != nil {
		// how much rests on figures measured from case exports, first:
		// what the rest of the block qualifies
		d.lines(cellS, left, textW, m.Line)
	}
	if rests.Unanswered != "" {
		// unanswered questions score 0: the brief says how many, as
		// score and the end screen do
		d.lines(cellS, left, textW, rests.Unanswered)
	}
	if rests.Line == "" {
		if rests.None != "" {
			d.lines(cellS.in(muted), left, textW, rests.None)
		}
		return
	}
	var none []string
	for _, k := range rests.Kinds {
		if len(k.IDs) == 0 {
			none = append(none, k.Phrase)
			continue
		}
		d.restsLine(k.Phrase, k.IDs)
	}
	// What is none is said on one line, not a line each.
	if len(none) > 0 {
		d.text(cellS.in(muted), left, d.y, strings.Join(none, " · "))
		d.y += cellS.lead()
	}
}

// restsLine is one line of restsOnBlock: "2 estimates: Median time to
// report; Share reviewed; and 1 more, page 9". Names are clipped so that
// the line stays one line.
func (d *doc) restsLine(head string, ids []string) {
	st := cellS
	d.text(st.bold(), left, d.y, head)
	x := max(left+52, left+d.width(st.bold(), head)+3)
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
	w, s := d.w, d.sum.Since
	d.briefHeading(2, s.Heading)
	if s.MustLine != "" {
		// The change the board cares most about comes first.
		d.lines(cellS.bold(), left, textW, s.MustLine)
	}
	d.lines(cellS, left, textW, s.Line)
	if len(s.Closed) > 0 && n > 0 {
		d.restsLine(w.N("pdf.gapsClosed", len(s.Closed)), s.Closed)
		n--
	}
	if len(s.Opened) > 0 && n > 0 {
		d.restsLine(w.N("pdf.gapsOpened", len(s.Opened)), s.Opened)
	}
}
