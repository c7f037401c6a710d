package signoff

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

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
	s := st.Status(p) + " — " + st.Detail(p)
	if n := st.Note(p); n != "" {
		s += " (" + n + ")"
	}
	return s
}

// Note is "signer not checked: key SHA256:…" for a Final judged without
// an allowed-signers list, and how many sign-offs have a signature that
// is not valid; "" when neither.
func (st State) Note(p *l10n.Printer) string {
	var notes []string
	if a := st.Approval; a != nil && !st.Checked {
		notes = append(notes, p.T("signoff.unchecked", a.Signoff.Fingerprint()))
	}
	// A sign-off whose signature fails is named wherever the state is,
	// so that a forged or altered approval is seen, not just ignored.
	if st.Invalid > 0 {
		notes = append(notes, p.N("signoff.invalid", st.Invalid))
	}
	return strings.Join(notes, "; ")
}

// Status is "Final" or "Draft", for the report's cover.
func (st State) Status(p *l10n.Printer) string {
	if st.Final() {
		return p.T("signoff.final")
	}
	return p.T("signoff.draft")
}

// Detail says who approved, or why it is a draft (Note adds whether the
// signer was checked).
func (st State) Detail(p *l10n.Printer) string {
	if a := st.Approval; a != nil {
		return p.T("signoff.approved.by", a.Signoff.Who(), a.Signoff.Date)
	}
	if e := st.Earlier; e != nil {
		return p.T("signoff.changed", e.Signoff.Date)
	}
	if !st.Signed {
		return p.T("signoff.none")
	}
	return p.T("signoff.no.approval")
}
