package signoff

import "github.com/dutycheck/dutycheck/internal/l10n"

// Who is "Karin Berg, Chair of the board", the name alone without a
// role, or the key's fingerprint when the sign-off names no one.
func (s *Signoff) Who() string {
	switch {
	case s.Name == "":
		return s.Fingerprint()
	case s.Role == "":
		return s.Name
	}
	return s.Name + ", " + s.Role
}

// MeaningWord is "approved" or "reviewed" in the printer's language.
func MeaningWord(p *l10n.Printer, meaning string) string {
	if meaning == Approved {
		return p.T("signoff.approved")
	}
	return p.T("signoff.reviewed")
}

// Line is the state in one line, the same in the report, the
// walk-through's end screen, score and verify: "Final — approved by Karin
// Berg, Chair of the board, 2026-12-10", with "signer not checked: key
// SHA256:…" when no allowed-signers list was available; else "Draft", and
// why.
func (st State) Line(p *l10n.Printer) string {
	return st.Status(p) + " — " + st.Detail(p)
}

// Status is "Final" or "Draft", for the report's cover.
func (st State) Status(p *l10n.Printer) string {
	if st.Final() {
		return p.T("signoff.final")
	}
	return p.T("signoff.draft")
}

// Detail says who approved, or why it is a draft.
func (st State) Detail(p *l10n.Printer) string {
	if a := st.Approval; a != nil {
		s := p.T("signoff.approved.by", a.Signoff.Who(), a.Signoff.Date)
		if !st.Checked {
			s += " (" + p.T("signoff.unchecked", a.Signoff.Fingerprint()) + ")"
		}
		return s
	}
	if e := st.Earlier; e != nil {
		return p.T("signoff.changed", e.Signoff.Date)
	}
	if !st.Signed {
		return p.T("signoff.none")
	}
	return p.T("signoff.no.approval")
}
