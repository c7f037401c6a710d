package report

// What the brief's result rests on, and what changed since the baseline.

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/summary"
)

// restsOnBlock says how much of the result rests on unknowns, estimates
// and answers without evidence: a line each with the count and the first
// questions named, and where the rest are.
//
// n is how many kinds name their questions; the others are counted on
// one line.
func (d *doc) restsOnBlock(n int) {
	rests := d.sum.RestsOn
	if n == 0 {
		d.inlineBlock(rests.Heading, joinNonEmpty(" · ", d.measuredLine(), strings.TrimSuffix(rests.Unanswered, "."), rests.NotApplicable, joinNonEmpty(" · ", kindPhrases(rests.Kinds)...), rests.None))
		return
	}
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
		if line := joinNonEmpty(" ", rests.None, rests.NotApplicable); line != "" {
			d.lines(cellS.in(muted), left, textW, line)
		}
		return
	}
	none := []string{rests.NotApplicable}
	for _, k := range rests.Kinds {
		if len(k.IDs) == 0 || n == 0 {
			none = append(none, k.Phrase)
			continue
		}
		d.restsLine(k.Phrase, k.IDs)
		n--
	}
	// What is none is said on one line, not a line each.
	if len(none) > 0 {
		d.text(cellS.in(muted), left, d.y, strings.Join(none, " · "))
		d.y += cellS.lead()
	}
}

// restsLine is one line of restsOnBlock: "2 estimates: Median time to
// report; Share reviewed; and 1 more, page 9". It names as many of the
// questions as fit on the line, whole, and counts the rest.
func (d *doc) restsLine(head string, ids []string) {
	names := make([]string, len(ids))
	for i, id := range ids {
		names[i] = d.questionName(id)
	}
	d.namesLine(head, names, 1, func(i int) string { return "detail:" + ids[i] })
}

// namesLine is a bold head and, right of it, the names that fit on up
// to most lines, whole, then "and 3 more, page 9" pointing to the row key
// gives for the first left out. A name too long for the lines alone
// wraps onto more.
func (d *doc) namesLine(head string, names []string, most int, key func(int) string) {
	st := cellS
	d.text(st.bold(), left, d.y, head)
	x := max(left+52, left+d.width(st.bold(), head)+3)
	avail := right - x
	if len(names) == 0 {
		d.text(st.in(muted), x, d.y, "—")
		d.y += st.lead()
		return
	}
	text := func(shown int) string {
		s := strings.Join(names[:shown], "; ")
		if shown < len(names) {
			s = joinNonEmpty("; ", s, d.w.T("pdf.moreAtPage", len(names)-shown, d.pageOf(key(shown))))
		}
		return s
	}
	// The most names that fit, by bisection (more names never take fewer
	// lines): a list of a thousand names is wrapped a dozen times, not a
	// thousand, which made the brief of a 2,000-question report quadratic.
	fits := func(n int) bool { return !d.linesOver(st, text(n), avail, most) }
	shown := len(names)
	if !fits(shown) {
		lo, hi := 1, shown-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if fits(mid) {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		shown = lo
	}
	for _, l := range d.wrap(st, text(shown), avail) {
		d.text(st, x, d.y, l)
		d.y += st.lead()
	}
}

// questionName is a question's text for lists.
func (d *doc) questionName(id string) string {
	if qn := d.q.Question(id); qn != nil {
		return d.tr(qn.Text)
	}
	return cleanLine(id)
}

// sinceBlock is the change since the baseline: the must-have duties not
// met then and now, gaps closed and opened, actions done since and
// overdue now, with the gaps named as findings.
//
// n is how many of the two lines naming the gaps closed and opened are
// shown; the counts always are. Below 0 the block is the counts' line
// alone, without a heading.
func (d *doc) sinceBlock(n int) {
	w, s := d.w, d.sum.Since
	if n < 0 {
		d.inlineBlock(s.Heading, s.Line)
		return
	}
	d.briefHeading(2, s.Heading)
	d.lines(cellS, left, textW, s.Line)
	if len(s.Closed) > 0 && n > 0 {
		d.namesLine(w.N("pdf.gapsClosed", len(s.Closed)), cleanAll(s.ClosedText), 1, func(i int) string { return "detail:" + s.Closed[i] })
		n--
	}
	if len(s.Opened) > 0 && n > 0 {
		d.namesLine(w.N("pdf.gapsOpened", len(s.Opened)), cleanAll(s.OpenedText), 1, func(i int) string { return "plan:" + s.Opened[i] })
	}
}

// cleanAll is cleanLine of each.
func cleanAll(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = cleanLine(x)
	}
	return out
}

// kindPhrases are the phrases of the kinds: "3 “don't know”".
func kindPhrases(ks []summary.RestKind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.Phrase
	}
	return out
}

// measuredLine is the line on measured figures, "" when none is.
func (d *doc) measuredLine() string {
	if m := d.sum.Measured; m != nil {
		return m.Line
	}
	return ""
}
