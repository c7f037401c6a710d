package report

import "fmt"

// cover is page 1: what was assessed, by whom, when, and the result in
// one large number, with the confidentiality marking. It has no running
// header: everything the header would say is on it.
func (d *doc) cover() {
	d.newPage()
	// An opaque graphics state changes nothing on the page, but makes fpdf
	// declare PDF 1.4, the version that has attached files and /Lang.
	d.pdf.SetAlpha(1, "Normal")
	d.bookmark(d.w.T("pdf.kind"), 0)
	w := d.w

	// A band of accent at the top, and the kind of document.
	d.box(0, 0, pageW, 8, accent)
	d.y = 32
	d.text(h3.sized(10).in(accent), left, d.y, w.T("pdf.kind"))
	d.gap(9)

	// The questionnaire's title, large.
	title := style{sans, "B", 22, ink}
	for _, l := range d.wrapMax(title, d.tr(d.q.Title), textW, 4) {
		d.text(title, left, d.y, l)
		d.gap(title.lead())
	}
	d.gap(1)
	d.text(body.in(muted), left, d.y, fmt.Sprintf("%s · %s", cleanLine(d.q.ID), cleanLine(d.q.Version)))
	d.gap(16)

	// Who was assessed.
	org := style{sans, "B", 18, ink}
	for _, l := range d.wrapMax(org, cleanLine(d.f.Organization), textW, 2) {
		d.text(org, left, d.y, l)
		d.gap(org.lead())
	}
	if s := cleanLine(d.f.Service); s != "" {
		for _, l := range d.wrapMax(h2.in(muted), s, textW, 2) {
			d.text(h2.in(muted), left, d.y, l)
			d.gap(h2.lead())
		}
	}
	d.gap(14)

	d.coverScore()
	d.coverFacts()
	d.coverSignOff()
	// The marking sits low on the page, or below a long cover's facts,
	// closer to them when the page would otherwise run out.
	need := d.confidentialHeight() + 6 + small.lead()
	d.y = max(236, min(d.y+6, bottom-need), d.y+2)
	d.confidentialBox()
	d.gap(6)
	d.text(small, left, d.y, w.T("pdf.written", cleanLine(d.in.Generator), isoDate(d.in.Date.UTC())))
}

// coverScore sets the overall score as a large number with its rating,
// marked provisional when it is, and says why when must-haves capped it or
// it is provisional.
func (d *doc) coverScore() {
	w, r := d.w, d.r
	label := small.bold().in(muted)
	x := left + 95 // the rating's column
	d.text(label, left, d.y, upper(w.T("pdf.overall")))
	d.text(label, x, d.y, upper(w.T("pdf.rating")))
	d.gap(6)
	big := style{sans, "B", 54, ink}
	score := w.Score(r.Overall)
	d.text(big, left, d.y, score)
	d.text(h2.in(muted).sized(14), left+d.width(big, score)+2, d.y+big.lead()-12, "/ 100")

	// The rating beside it, with its colour, centred on the number.
	rating := style{sans, "B", 20, ink}
	lines := d.wrap(rating, cleanLine(r.RatingLabel(d.lang)), right-x-8)
	ry := d.y + (big.lead()-float64(len(lines))*rating.lead())/2
	d.chip(x, ry+(rating.lead()-5)/2, 5, bandColour(d.q, r.Rating))
	for i, l := range lines {
		d.text(rating, x+8, ry+float64(i)*rating.lead(), l)
	}
	if r.Provisional {
		d.text(small.bold().in(scoreLow), x+8, ry+float64(len(lines))*rating.lead(), upper(w.T("provisional")))
	}
	d.gap(big.lead() + 2)
	// The position in one sentence, as on the brief: the cap and why, and
	// why the rating is provisional when it is.
	if c := d.sum.Position.Cap; c != "" {
		d.paraAt(body.in(ink), left, textW, cleanLine(c))
	}
	if pr := d.sum.Provisional; pr != nil {
		d.paraAt(body.in(ink), left, textW, cleanLine(pr.Line))
	}
	d.gap(8)
}

// coverFacts lists the assessment's particulars in two columns.
func (d *doc) coverFacts() {
	w, f, r := d.w, d.f, d.r
	facts := [][2]string{
		{w.T("pdf.assessmentDate"), w.LongDate(f.Date)},
		{w.T("pdf.questionnaire"), fmt.Sprintf("%s %s", cleanLine(d.q.ID), cleanLine(d.q.Version))},
		{w.T("pdf.completion"), w.T("pdf.completionOf", w.Percent(r.Completion), r.Answered, r.Applicable)},
	}
	if s := cleanLine(f.Respondent); s != "" {
		facts = append(facts[:1], append([][2]string{{w.T("pdf.respondent"), s}}, facts[1:]...)...)
	}
	facts = append(facts, [2]string{w.T("brief.version"), d.reportVersion()})
	d.rule(d.y, ruleGrey, 0.2)
	d.gap(2.5)
	for _, kv := range facts {
		lines := d.wrapMax(body, kv[1], textW-45, 2)
		d.text(body.in(muted), left, d.y, kv[0])
		for _, l := range lines {
			d.text(body, left+45, d.y, l)
			d.gap(body.lead())
		}
		d.gap(1)
	}
	d.gap(1.5)
	d.rule(d.y, ruleGrey, 0.2)
}

// confidentialBox is the confidentiality marking: a word in capitals and
// a sentence, framed, at the cursor.
func (d *doc) confidentialBox() {
	y := d.y
	note := d.wrap(body, d.w.T("pdf.confidentialNote"), textW-12)
	h := d.confidentialHeight()
	d.draw(accent)
	d.pdf.SetLineWidth(0.5)
	d.pdf.Rect(left, y, textW, h, "D")
	d.box(left, y, 2, h, accent)
	yy := y + 3.5
	d.text(h3.in(accent), left+6, yy, upper(d.w.T("pdf.confidential")))
	yy += h3.lead() + 0.5
	for _, l := range note {
		d.text(body, left+6, yy, l)
		yy += body.lead()
	}
	d.y = y + h
}

// confidentialHeight is the height of the confidentiality marking.
func (d *doc) confidentialHeight() float64 {
	note := d.wrap(body, d.w.T("pdf.confidentialNote"), textW-12)
	return 6 + h3.lead() + float64(len(note))*body.lead() + 2
}

// reportVersion names this version of the report: the assessment's date
// and the first digits of the answers' SHA-256 (in full in the appendix),
// so that two printouts can be told apart. Draft or Final is said under
// the facts, by the sign-off state.
func (d *doc) reportVersion() string {
	parts := []string{isoDate(d.f.Date)}
	if len(d.in.AnswersData) > 0 {
		parts = append(parts, d.w.T("brief.versionDigest", sha256Hex(d.in.AnswersData)[:12]))
	}
	return joinNonEmpty(" · ", parts...)
}
