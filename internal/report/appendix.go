package report

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// appendix is for the auditor: how scores are computed in plain words,
// the sources with their addresses, the digests that tie this report to
// one questionnaire and one answers file, orphaned answers, and the
// sign-off block.
func (d *doc) appendix() {
	w := d.w
	d.heading(0, w.T("pdf.appendix"), 0)
	d.method()
	d.limitationsPart()
	d.glossaryPart()
	d.references()
	d.evidencePart()
	d.traceability()
	d.orphans()
	d.signOff()
}

// limitationsPart says what the report is not: a self-assessment, not
// legal advice, with the date up to which the content was checked.
func (d *doc) limitationsPart() {
	w := d.w
	d.heading(1, w.T("pdf.limitations"), 3*body.lead())
	if t := d.q.CheckedUpTo(); !t.IsZero() {
		d.para(body, w.T("pdf.limitationsText", w.LongDate(t)))
	} else {
		d.para(body, w.T("pdf.noCheckDate"))
	}
}

// glossaryPart explains the questionnaire's terms in the report's
// language, in the questionnaire's order.
func (d *doc) glossaryPart() {
	if len(d.q.Glossary) == 0 {
		return
	}
	w := d.w
	var rows []row
	for _, g := range d.q.Glossary {
		rows = append(rows, row{cells: []cell{
			{spans: []span{txt(cellS.bold(), cleanLine(g.TermIn(d.lang)))}},
			{spans: []span{txt(cellS, d.trLong(g.Definition))}},
		}})
	}
	d.heading(1, w.T("pdf.glossary"), 20)
	t := &table{caption: w.T("pdf.glossary"), cols: []column{{title: w.T("pdf.colTerm"), width: 40}, {title: w.T("pdf.colDefinition"), width: textW - 40}}}
	d.table(t, rows)
}

// evidencePart lists the evidence per question: links, and files with
// the SHA-256 recorded when they were added, in monospace so they can be
// compared character by character (dutycheck validate re-hashes them).
func (d *doc) evidencePart() {
	w := d.w
	var rows []row
	for _, qn := range d.q.Questions {
		a := d.f.Get(qn.ID)
		if a == nil || len(a.Evidence) == 0 {
			continue
		}
		var items []span
		for _, e := range a.Evidence {
			date := ""
			if !e.Date.IsZero() {
				date = " · " + isoDate(e.Date)
			}
			if e.URL != "" {
				items = append(items, span{st: small.in(accent), text: cleanLine(e.URL) + date, link: safeURL(e.URL)})
				continue
			}
			if e.Stale != "" {
				date += " · " + w.EvidenceStale(e.Stale)
			}
			items = append(items, txt(small.in(ink), cleanLine(e.File)+date), txt(code.sized(7), cleanLine(e.SHA256)))
		}
		rows = append(rows, row{cells: []cell{
			{spans: []span{txt(cellS, d.tr(qn.Text)), txt(code.sized(7).in(muted), cleanLine(qn.ID))}},
			{spans: items},
		}})
	}
	d.heading(1, w.T("pdf.evidenceApp"), 3*body.lead())
	if len(rows) == 0 {
		d.para(body.in(muted), w.T("pdf.noEvidenceItems"))
		return
	}
	t := &table{caption: w.T("pdf.evidenceApp"), cols: []column{{title: w.T("pdf.colQuestion"), width: 70}, {title: w.T("pdf.evidence"), width: textW - 70}}}
	d.table(t, rows)
}

func (d *doc) method() {
	w := d.w
	d.heading(1, w.T("pdf.method"), 3*body.lead())
	for _, k := range []l10n.Key{"pdf.method.1", "pdf.method.2", "pdf.method.3", "pdf.method.4", "pdf.method.5", "brief.rounding"} {
		p := w.T(k)
		d.para(body, p)
		d.gap(2)
	}
	var bands []string
	for i, b := range d.q.Rating {
		label := d.tr(b.Label)
		switch {
		case len(d.q.Rating) == 1:
			bands = append(bands, label)
		case i == len(d.q.Rating)-1:
			bands = append(bands, w.T("pdf.bandBelow", label, w.Number(d.q.Rating[i-1].Min)))
		default:
			bands = append(bands, w.T("pdf.bandFrom", label, w.Number(b.Min)))
		}
	}
	d.para(body, w.T("pdf.bandsIntro", strings.Join(bands, ", ")))
	d.gap(2)
	if d.q.CriticalCap >= 0 {
		d.para(body, w.T("pdf.capText", d.tr(d.q.Rating[d.q.CriticalCap].Label)))
	} else {
		d.para(body, w.T("pdf.noCapText"))
	}
}

// references lists the sources the questions cite, in the questionnaire's
// order, each with its address as a link.
func (d *doc) references() {
	cited := map[string]bool{}
	for _, qn := range d.q.Questions {
		for _, id := range qn.References {
			cited[id] = true
		}
	}
	var rows []row
	n := 0
	for _, ref := range d.q.References {
		if !cited[ref.ID] {
			continue
		}
		n++
		url := cleanLine(ref.URL)
		meta := []string{cleanLine(ref.PinpointIn(d.lang)), d.w.LegalStatus(string(ref.Status))}
		if ref.Status.Binding() && !d.regimeApplies(ref.Regime) {
			meta = append(meta, d.w.T("pdf.notHere"))
		}
		if !ref.InForce.IsZero() {
			meta = append(meta, d.w.T("pdf.inForce", isoDate(ref.InForce)))
		}
		if !ref.AsOf.IsZero() {
			meta = append(meta, d.w.T("pdf.checkedOn", isoDate(ref.AsOf)))
		}
		spans := []span{txt(cellS, d.tr(ref.Title))}
		if m := joinNonEmpty(" · ", meta...); m != "" {
			spans = append(spans, txt(small.in(ink), m))
		}
		spans = append(spans, span{st: small.in(accent), text: url, link: safeURL(ref.URL)})
		rows = append(rows, row{cells: []cell{
			{spans: []span{txt(cellS.in(muted), fmt.Sprintf("%d", n))}},
			{spans: spans},
		}})
	}
	if len(rows) == 0 {
		return
	}
	d.heading(1, d.w.T("pdf.references"), 20)
	t := &table{caption: d.w.T("pdf.references"), cols: []column{{title: "#", width: 9}, {title: d.w.T("pdf.references"), width: textW - 9}}}
	d.table(t, rows)
}

// traceability prints the identity of the questionnaire and the digest of
// the answers file in monospace, so they can be compared character by
// character, and any provenance lines the caller supplied.
func (d *doc) traceability() {
	w := d.w
	d.heading(1, w.T("pdf.traceability"), 6*body.lead())
	kv := [][2]string{
		{w.T("pdf.qnID"), cleanLine(d.q.ID)},
		{w.T("pdf.qnVersion"), cleanLine(d.q.Version)},
		{w.T("pdf.qnHash"), d.q.SHA256},
	}
	if len(d.in.AnswersData) > 0 {
		kv = append(kv, [2]string{w.T("pdf.ansHash"), sha256Hex(d.in.AnswersData)})
	}
	for _, p := range kv {
		d.need(body.lead())
		d.text(cellS.in(muted), left, d.y, p[0])
		d.text(code, left+48, d.y+0.2, p[1])
		d.gap(body.lead())
	}
	d.gap(1)
	if len(d.in.AnswersData) > 0 {
		name := d.in.AnswersName
		if name == "" {
			name = "answers.yaml"
		}
		d.para(small, w.T("pdf.attached", cleanLine(name)))
	}
	if rec := d.f.Questionnaire.SHA256; rec != "" && rec != d.q.SHA256 {
		d.para(small.in(scoreLow), w.T("pdf.recordedHash", cleanLine(rec)))
	}
	if len(d.in.Provenance) > 0 {
		d.gap(2)
		d.heading(2, w.T("pdf.provenance"), 2*code.lead())
		for _, p := range d.in.Provenance {
			d.paraAt(code, left, textW, cleanLine(p))
		}
	}
}

// orphans lists answers kept for questions the questionnaire no longer
// has, with their values as written and their notes.
func (d *doc) orphans() {
	w := d.w
	d.heading(1, w.T("pdf.orphans"), 3*body.lead())
	if len(d.r.Orphans) == 0 {
		d.para(body.in(muted), w.T("pdf.noOrphans"))
		return
	}
	d.para(small, w.T("pdf.orphansIntro"))
	d.gap(1.5)
	for _, id := range d.r.Orphans {
		a := d.f.Get(id)
		line := cleanLine(id)
		d.need(body.lead())
		d.text(code, left, d.y+0.2, line)
		x := left + d.width(code, line) + 3
		var note string
		if a != nil {
			note = cleanLine(a.Note)
			if a.NA {
				note = joinNonEmpty(": ", w.T("status.na"), note)
			} else if v := cleanLine(a.OrphanValue()); v != "" {
				note = joinNonEmpty(" · ", v, note)
			}
		}
		if note != "" {
			for i, l := range d.wrap(cellS, note, right-x) {
				if i > 0 {
					d.gap(tableLead)
					d.need(tableLead)
				}
				d.text(cellS, x, d.y, l)
			}
		}
		d.gap(body.lead())
	}
}

// signOff is the block the board signs: the report's status (draft or
// final, ticked as the sign-offs judge it), the respondent, the board minute that records
// the decision, then prepared by and approved by, each with name, role,
// date and signature lines. It is never split.
func (d *doc) signOff() {
	w := d.w
	fields := []string{w.T("pdf.name"), w.T("pdf.role"), w.T("pdf.date"), w.T("pdf.signature")}
	intro := d.wrap(body, w.T("pdf.signOffIntro"), textW)
	const lineH = 10.0
	blockH := 3*lineH + 4 + h3.lead() + 4 + float64(len(fields))*11
	d.heading(1, w.T("pdf.signOff"), float64(len(intro))*body.lead()+3+blockH)
	d.para(body, w.T("pdf.signOffIntro"))
	d.gap(4)

	// Status: two boxes to tick, so the printed page says which it is.
	const labelW = 48.0
	d.text(small, left, d.y+3, w.T("pdf.reportStatus"))
	x := left + labelW
	_, _, final := d.signOffWords()
	for i, s := range []string{w.T("pdf.draft"), w.T("pdf.final")} {
		if !d.dry {
			d.draw(ink)
			d.pdf.SetLineWidth(0.3)
			d.pdf.Rect(x, d.y+1.6, 3.6, 3.6, "D")
			if (i == 1) == final {
				d.tickBox(x, d.y+1.6, 3.6)
			}
		}
		d.text(body, x+5.5, d.y+1.2, s)
		x += 5.5 + d.width(body, s) + 10
	}
	d.gap(lineH)
	for _, f := range [][2]string{{w.T("pdf.respondent"), cleanLine(d.f.Respondent)}, {w.T("pdf.boardMinute"), ""}} {
		d.text(small, left, d.y+3, f[0])
		if f[1] != "" {
			d.text(body, left+labelW, d.y+1, f[1])
		}
		d.draw(faint)
		d.pdf.SetLineWidth(0.25)
		d.pdf.Line(left+labelW, d.y+7, right, d.y+7)
		d.gap(lineH)
	}
	d.gap(4)

	colW := (textW - 10) / 2
	y0 := d.y
	for c, head := range []string{w.T("pdf.preparedBy"), w.T("pdf.approvedBy")} {
		x := left + float64(c)*(colW+10)
		y := y0
		d.text(h3.in(ink), x, y, head)
		y += h3.lead() + 4
		for _, f := range fields {
			value := ""
			if c == 0 && f == w.T("pdf.name") {
				value = cleanLine(d.f.Respondent)
			}
			if c == 1 {
				value = d.approvedBy(f)
			}
			if value != "" {
				d.text(body, x+24, y+1, d.clip(body, value, colW-24))
			}
			d.text(small, x, y+3, f)
			d.draw(faint)
			d.pdf.SetLineWidth(0.25)
			d.pdf.Line(x+24, y+7, x+colW, y+7)
			y += 11
		}
		d.y = y
	}
}

// safeURL keeps a link only when it is a web address: a questionnaire
// must not be able to make a report open a file or run a script.
func safeURL(u string) string {
	l := strings.ToLower(u)
	if strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://") {
		return cleanLine(u)
	}
	return ""
}
