package report

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/signoff"
)

// approval is a judged, verified approval of these answers (or, with
// covers false, of earlier ones), as signoff.Summarize gives it.
func approval(covers, checked bool) *signoff.State {
	v := &signoff.Verdict{N: 1, Signoff: &signoff.Signoff{
		Name: "Karin Berg", Role: "Chair of the board", Meaning: signoff.Approved, Date: "2026-12-10",
		Key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDPOI36Uc68hhJmVb5532bR6z0QxRohP+efBuAh2sQEb board@example.com",
	}}
	st := &signoff.State{Checked: checked, Signed: true}
	if covers {
		st.Approval = v
	} else {
		v.AnswersChanged = true
		st.Earlier = v
	}
	return st
}

// The cover and the brief say Draft or Final, the same words, in both
// languages; the sign-off block ticks the box and fills "Approved by".
func TestReportSaysDraftOrFinal(t *testing.T) {
	const fp = "SHA256:DhJGIt70WHrScNj5v0N9VIelFPGFvuLyhMpZiw1Foh4"
	for _, tc := range []struct {
		name, lang string
		state      *signoff.State
		want       string // on the cover and the brief
		note       string // on the cover, under it
		absent     string
	}{
		{"no state", "en", nil, "Draft", "", "Final"},
		{"not signed", "en", &signoff.State{}, "Draft — not signed off", "", "Final"},
		{"reviewed only", "sv", &signoff.State{Signed: true}, "Utkast — inget godkännande gäller dessa svar", "", "Slutlig"},
		{"final, checked", "en", approval(true, true), "Final — approved by Karin Berg, Chair of the board, 2026-12-10", "", "signer not checked"},
		{"final, checked, sv", "sv", approval(true, true), "Slutlig — godkänd av Karin Berg, Chair of the board, 2026-12-10", "", "Utkast —"},
		{"final, unchecked", "en", approval(true, false), "Final — approved by Karin Berg, Chair of the board, 2026-12-10", "signer not checked: key " + fp, "Draft —"},
		{"final, unchecked, sv", "sv", approval(true, false), "Slutlig — godkänd av Karin Berg, Chair of the board, 2026-12-10", "undertecknaren inte kontrollerad: nyckel " + fp, "Utkast —"},
		{"forged approval", "en", &signoff.State{Signed: true, Invalid: 1}, "Draft — no approval covers these answers", "1 sign-off has a signature that is not valid", "Final"},
		{"forged approvals, sv", "sv", &signoff.State{Signed: true, Invalid: 2}, "Utkast — inget godkännande gäller dessa svar", "2 godkännanden har en signatur som inte är giltig", "Slutlig"},
		{"changed", "en", approval(false, true), "Draft — approved version changed since 2026-12-10", "", "Final —"},
		{"changed, sv", "sv", approval(false, true), "Utkast — den godkända versionen har ändrats sedan 2026-12-10", "", "Slutlig —"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := sampleInput(t, tc.lang)
			in.SignOff = tc.state
			_, pdf, _ := renderProbed(t, in)
			all := pdf.text(t)
			cover, brief := flat(pageOf(t, pdf, 1)), flat(pageOf(t, pdf, 2))
			if !strings.Contains(cover, tc.want) {
				t.Errorf("cover lacks %q:\n%s", tc.want, cover)
			}
			if !strings.Contains(brief, tc.want) {
				t.Errorf("brief lacks %q:\n%s", tc.want, brief)
			}
			if tc.note != "" && (!strings.Contains(cover, tc.note) || !strings.Contains(brief, tc.note)) {
				t.Errorf("cover or brief lacks the note %q", tc.note)
			}
			if strings.Contains(cover+brief, tc.absent) {
				t.Errorf("cover or brief says %q", tc.absent)
			}
			approved := strings.Contains(flat(all), "SSH-sign")
			if final := tc.state != nil && tc.state.Approval != nil; approved != final {
				t.Errorf("\"Approved by\" filled: %v, final: %v", approved, final)
			}
		})
	}
}
