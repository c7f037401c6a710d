package report

import "github.com/dutycheck/dutycheck/internal/summary"

// signOffWords are the sign-off state as the cover and the brief print
// it: "Draft — …" or "Final — approved by NAME, ROLE, DATE", the note
// "signer not checked: key SHA256:…" when there is one, and whether it
// is final. A report made without a judged state is a draft.
func (d *doc) signOffWords() (line, note string, final bool) {
	so := d.sum.SignOff
	if so == nil {
		return d.w.T("signoff.draft"), "", false
	}
	return so.Status + " — " + so.Detail, so.Note, so.State == summary.Final
}

// signOffColour marks a final report in the accent colour and a draft in
// amber, so that a printed draft is not mistaken for the approved one.
func signOffColour(final bool) rgb {
	if final {
		return accent
	}
	return scoreMidText
}

// coverSignOff is the cover's status: Draft or Final with who approved,
// below the facts, in bold, with the note under it.
func (d *doc) coverSignOff() {
	line, note, final := d.signOffWords()
	st := h3.in(signOffColour(final))
	d.gap(5)
	for _, l := range d.wrapMax(st, cleanLine(line), textW, 3) {
		d.text(st, left, d.y, l)
		d.gap(st.lead())
	}
	if note != "" {
		for _, l := range d.wrapMax(small.in(muted), cleanLine(note), textW, 2) {
			d.text(small.in(muted), left, d.y, l)
			d.gap(small.lead())
		}
	}
}

// briefSignOff is the same state on the brief, one line under what was
// assessed, with the note in small type under it.
func (d *doc) briefSignOff() {
	line, note, final := d.signOffWords()
	d.gap(0.8)
	d.lines(cellS.bold().in(signOffColour(final)), left, textW, cleanLine(line))
	if note != "" {
		d.lines(small.in(muted), left, textW, cleanLine("("+note+")"))
	}
}

// tickBox crosses the square of side size at x, y.
func (d *doc) tickBox(x, y, size float64) {
	in := size * 0.2
	d.pdf.Line(x+in, y+in, x+size-in, y+size-in)
	d.pdf.Line(x+in, y+size-in, x+size-in, y+in)
}

// approvedBy fills the "Approved by" column from a verified approval of
// exactly these answers (name, role, date, and "SSH-signed" with the
// key's fingerprint for the signature line); "" for a draft, whose lines
// stay blank to be filled by hand.
func (d *doc) approvedBy(field string) string {
	so := d.sum.SignOff
	if so == nil || so.State != summary.Final {
		return ""
	}
	w := d.w
	switch field {
	case w.T("pdf.name"):
		return cleanLine(so.Name)
	case w.T("pdf.role"):
		return cleanLine(so.Role)
	case w.T("pdf.date"):
		return isoDate(so.Date)
	case w.T("pdf.signature"):
		return w.T("pdf.sshSigned")
	}
	return ""
}
