package signoff

import (
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Current is what sign-offs are compared with: the answers and the
// questionnaire as they are now.
type Current struct {
	AnswersSHA256 string
	Questionnaire Questionnaire
}

// Verdict is everything verify says of one sign-off.
type Verdict struct {
	// N counts the sign-offs from 1 in file order.
	N         int
	Signoff   *Signoff
	Signature SignatureCheck
	Signer    SignerCheck
	// AnswersChanged and QuestionnaireChanged say what moved on since the
	// sign-off: the bytes (CRLF read as LF) are no longer the ones signed.
	AnswersChanged, QuestionnaireChanged bool
}

// Covers reports whether the sign-off is of exactly the current answers
// and questionnaire.
func (v *Verdict) Covers() bool { return !v.AnswersChanged && !v.QuestionnaireChanged }

// SignerOK reports whether the signer passes: allowed by the list, or not
// checked because there was none.
func (v *Verdict) SignerOK() bool {
	return v.Signer.Status == SignerAllowed || v.Signer.Status == SignerNotChecked
}

// Trusted reports a sign-off whose signature is valid and whose signer
// passes, whatever it covers.
func (v *Verdict) Trusted() bool { return v.Signature.Valid() && v.SignerOK() }

// Approves reports an approval that makes these answers final: approved,
// trusted, and of exactly the current answers and questionnaire.
func (v *Verdict) Approves() bool {
	return v.Signoff.Meaning == Approved && v.Trusted() && v.Covers()
}

// Judge checks every sign-off of f against the current files and, when
// list is not nil, the allowed signers.
func Judge(f *File, cur Current, list *AllowedSigners) []Verdict {
	var out []Verdict
	for i, s := range f.Signoffs {
		v := Verdict{N: i + 1, Signoff: s, Signature: VerifySignature(s)}
		v.Signer = SignerCheck{Status: SignerNotChecked}
		if pub, _, err := ParseKey(s.Key); err == nil && list != nil {
			date, _ := questionnaire.ParseDate(s.Date)
			v.Signer = list.Check(pub, date)
		}
		v.AnswersChanged = s.Answers.SHA256 != cur.AnswersSHA256
		v.QuestionnaireChanged = s.Questionnaire != cur.Questionnaire
		out = append(out, v)
	}
	return out
}

// State is the sign-off state the report, the walk-through and score
// show in one line: Final when an approval covers exactly these answers,
// else Draft, saying when an approval of an earlier version was made.
type State struct {
	// Approval is the latest approval that makes the answers final; nil
	// means Draft.
	Approval *Verdict
	// Earlier is, for a Draft, the latest trusted approval of other
	// answers or another questionnaire: "approved version changed since".
	Earlier *Verdict
	// Checked says whether an allowed-signers list was available; without
	// one a Final names the key's fingerprint as "signer not checked".
	Checked bool
	// Invalid counts sign-offs whose signature is not valid.
	Invalid int
	// Signed says whether there is any sign-off at all.
	Signed bool
}

// Final reports whether the answers are approved as they are.
func (s State) Final() bool { return s.Approval != nil }

// Summarize gives the state of a list of verdicts; checked says whether
// an allowed-signers list was used.
func Summarize(vs []Verdict, checked bool) State {
	st := State{Checked: checked, Signed: len(vs) > 0}
	for i := range vs {
		v := &vs[i]
		if !v.Signature.Valid() {
			st.Invalid++
			continue
		}
		if v.Signoff.Meaning != Approved || !v.SignerOK() {
			continue
		}
		if v.Covers() {
			st.Approval = v
		} else {
			st.Earlier = v
		}
	}
	if st.Approval != nil {
		st.Earlier = nil
	}
	return st
}

// NextReview is the review date the latest validly signed sign-off set,
// or nil when none set one.
func NextReview(vs []Verdict) *Verdict {
	var last *Verdict
	for i := range vs {
		if vs[i].Signature.Valid() && vs[i].Signoff.NextReview != "" {
			last = &vs[i]
		}
	}
	return last
}
