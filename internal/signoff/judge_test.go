package signoff

import (
	"crypto/rand"
	"strings"
	"testing"
	"time"
)

func TestJudgeAndSummarize(t *testing.T) {
	signer := testSigner(t, "ed25519")
	key := KeyLine(signer.PublicKey(), "karin@example.com")
	sign := func(edit func(*Signoff)) *Signoff {
		s := example(key)
		edit(&s)
		out, err := Sign(s, signer, rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	cur := Current{AnswersSHA256: answersHex, Questionnaire: Questionnaire{ID: "csea-duties", Version: "2.1.0", SHA256: qHex}}
	reviewed := sign(func(s *Signoff) { s.Meaning = Reviewed })
	approvedOld := sign(func(s *Signoff) { s.Answers.SHA256 = strings.Repeat("0", 64); s.Date = "2026-11-01"; s.NextReview = "" })
	approvedNow := sign(func(*Signoff) {})
	tampered := sign(func(*Signoff) {})
	tampered.Name = "Eve"
	list, err := ParseAllowedSigners("a", []byte("karin@example.com "+key), time.UTC)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := ParseAllowedSigners("a", []byte("ola@example.com "+KeyLine(testSigner(t, "ed25519").PublicKey(), "")), time.UTC)

	for _, tc := range []struct {
		name      string
		signoffs  []*Signoff
		list      *AllowedSigners
		final     bool
		earlier   string
		invalid   int
		nextRevew string
	}{
		{"none", nil, nil, false, "", 0, ""},
		{"reviewed only", []*Signoff{reviewed}, list, false, "", 0, "2027-12-10"},
		{"approved now", []*Signoff{reviewed, approvedNow}, list, true, "", 0, "2027-12-10"},
		{"approved now, no list", []*Signoff{approvedNow}, nil, true, "", 0, "2027-12-10"},
		{"approved now, not listed", []*Signoff{approvedNow}, other, false, "", 0, "2027-12-10"},
		{"approved earlier answers", []*Signoff{approvedOld}, list, false, "2026-11-01", 0, ""},
		{"tampered", []*Signoff{tampered}, list, false, "", 1, ""},
		{"tampered and earlier", []*Signoff{approvedOld, tampered}, list, false, "2026-11-01", 1, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vs := Judge(&File{Signoffs: tc.signoffs}, cur, tc.list)
			st := Summarize(vs, tc.list != nil)
			if st.Final() != tc.final || st.Invalid != tc.invalid {
				t.Errorf("final %v invalid %d, want %v %d", st.Final(), st.Invalid, tc.final, tc.invalid)
			}
			earlier := ""
			if st.Earlier != nil {
				earlier = st.Earlier.Signoff.Date
			}
			if earlier != tc.earlier {
				t.Errorf("earlier %q, want %q", earlier, tc.earlier)
			}
			next := ""
			if v := NextReview(vs); v != nil {
				next = v.Signoff.NextReview
			}
			if next != tc.nextRevew {
				t.Errorf("next review %q, want %q", next, tc.nextRevew)
			}
		})
	}

	vs := Judge(&File{Signoffs: []*Signoff{approvedNow}}, Current{AnswersSHA256: answersHex, Questionnaire: Questionnaire{ID: "csea-duties", Version: "2.2.0", SHA256: qHex}}, nil)
	if vs[0].AnswersChanged || !vs[0].QuestionnaireChanged || vs[0].Covers() {
		t.Errorf("a new questionnaire version: %+v", vs[0])
	}
}
