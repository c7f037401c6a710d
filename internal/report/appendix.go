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
	d.references()
	d.traceability()
	d.orphans()
	d.signOff()
}

func (d *doc) method() {
	w := d.w
	d.heading(1, w.T("pdf.method"), 3*body.lead())
	for _, k := range []l10n.Key{"pdf.method.1", "pdf.method.2", "pdf.method.3"} {
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
		url := clean(ref.URL, false)
		rows = append(rows, row{cells: []cell{
			{spans: []span{txt(cellS.in(muted), fmt.Sprintf("%d", n))}},
			{spans: []span{
				txt(cellS, d.tr(ref.Title)),
				{st: small.in(accent), text: url, link: safeURL(ref.URL)},
			}},
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
		{w.T("pdf.qnID"), clean(d.q.ID, false)},
		{w.T("pdf.qnVersion"), clean(d.q.Version, false)},
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
		d.para(small, w.T("pdf.attached", clean(name, false)))
	}
	if rec := d.f.Questionnaire.SHA256; rec != "" && rec != d.q.SHA256 {
		d.para(small.in(scoreLow), w.T("pdf.recordedHash", clean(rec, false)))
	}
	if len(d.in.Provenance) > 0 {
		d.gap(2)
		d.heading(2, w.T("pdf.provenance"), 2*code.lead())
		for _, p := range d.in.Provenance {
			d.paraAt(code, left, textW, clean(p, false))
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
		line := clean(id, false)
		d.need(body.lead())
		d.text(code, left, d.y+0.2, line)
		x := left + d.width(code, line) + 3
		var note string
		if a != nil {
			note = clean(a.Note, false)
			if a.NA {
				note = joinNonEmpty(": ", w.T("pdf.notApplicable"), note)
			} else if v := clean(a.OrphanValue(), false); v != "" {
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

// signOff is the block the board signs: prepared by and approved by, each
// with name, role, date and signature lines. It is never split.
func (d *doc) signOff() {
	w := d.w
	fields := []string{w.T("pdf.name"), w.T("pdf.role"), w.T("pdf.date"), w.T("pdf.signature")}
	intro := d.wrap(body, w.T("pdf.signOffIntro"), textW)
	blockH := h3.lead() + 4 + float64(len(fields))*11
	d.heading(1, w.T("pdf.signOff"), float64(len(intro))*body.lead()+3+blockH)
	d.para(body, w.T("pdf.signOffIntro"))
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
				value = clean(d.f.Respondent, false)
			}
			if value != "" {
				d.text(body, x+24, y+1, value)
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
		return clean(u, false)
	}
	return ""
}
