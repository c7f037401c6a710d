package signoff

import (
	"fmt"
	"strings"

	"golang.org/x/crypto/ssh"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// A FieldError is what is wrong with one field of a sign-off; Field is its
// name as the file writes it ("answers.sha256").
type FieldError struct {
	Field, Msg string
	// Said is Msg as its format and arguments, to be said in another
	// language.
	Said yamlsrc.Message
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

// Check returns what is wrong with a sign-off's values, one error per
// field, before it is signed or after it is read: values on one line
// without control characters, a known meaning, real dates, digests and a
// commit in hex, and a public key that dutycheck can check.
func Check(s *Signoff) []*FieldError {
	var errs []*FieldError
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{field, fmt.Sprintf(format, args...), yamlsrc.Message{Format: format, Args: args}})
	}
	for _, f := range s.fields() {
		if err := CheckValue(f[0], f[1]); err != nil {
			bad(f[0], "%s", strings.TrimPrefix(err.Error(), f[0]+": "))
		}
	}
	if len(errs) > 0 {
		return errs
	}
	if s.Meaning != Reviewed && s.Meaning != Approved {
		bad("meaning", "%q is not reviewed or approved", s.Meaning)
	}
	if _, err := questionnaire.ParseDate(s.Date); err != nil {
		bad("date", "%q is not a date YYYY-MM-DD", s.Date)
	}
	if s.NextReview != "" {
		if _, err := questionnaire.ParseDate(s.NextReview); err != nil {
			bad("next_review", "%q is not a date YYYY-MM-DD", s.NextReview)
		} else if s.NextReview <= s.Date {
			bad("next_review", "%s is not after the sign-off's date %s", s.NextReview, s.Date)
		}
	}
	if s.Answers.File == "" {
		bad("answers.file", "is empty; name the answers file")
	}
	if !isHex(s.Answers.SHA256, 64) {
		bad("answers.sha256", "%q is not a SHA-256 digest (64 lowercase hex digits)", s.Answers.SHA256)
	}
	if s.Questionnaire.ID == "" || strings.ContainsAny(s.Questionnaire.ID, " ") {
		bad("questionnaire.id", "%q is not a questionnaire id", s.Questionnaire.ID)
	}
	if s.Questionnaire.Version == "" || strings.ContainsAny(s.Questionnaire.Version, " ") {
		bad("questionnaire.version", "%q is not a version", s.Questionnaire.Version)
	}
	if !isHex(s.Questionnaire.SHA256, 64) {
		bad("questionnaire.sha256", "%q is not a SHA-256 digest (64 lowercase hex digits)", s.Questionnaire.SHA256)
	}
	if s.Commit != "" && !isHex(s.Commit, 40) && !isHex(s.Commit, 64) {
		bad("commit", "%q is not a git commit id (40 or 64 lowercase hex digits)", s.Commit)
	}
	if _, _, err := ParseKey(s.Key); err != nil {
		bad("key", "%v", err)
	}
	return errs
}

// ParseKey reads a public key written as authorized_keys does it
// ("ssh-ed25519 AAAA… comment"), without options, and refuses types
// dutycheck does not sign with.
func ParseKey(line string) (ssh.PublicKey, string, error) {
	if strings.TrimSpace(line) == "" {
		return nil, "", yamlsrc.Reasonf("is empty; give the signer's public key")
	}
	pub, comment, options, rest, err := ssh.ParseAuthorizedKey([]byte(line))
	if err != nil || len(options) > 0 || len(rest) > 0 {
		return nil, "", yamlsrc.Reasonf("%q is not an SSH public key (\"ssh-ed25519 AAAA… comment\")", yamlsrc.Clip(line))
	}
	if err := SupportedKey(pub); err != nil {
		return nil, "", err
	}
	return pub, comment, nil
}

// SupportedKey refuses key types dutycheck does not sign with: what is
// left are the plain ed25519, ECDSA and RSA keys people use for git.
// Certificates would need a certificate authority's trust rules, which the
// allowed-signers check here does not implement.
func SupportedKey(pub ssh.PublicKey) error {
	switch pub.Type() {
	case ssh.KeyAlgoED25519, ssh.KeyAlgoRSA, ssh.KeyAlgoECDSA256, ssh.KeyAlgoECDSA384, ssh.KeyAlgoECDSA521:
		return nil
	}
	if _, ok := pub.(*ssh.Certificate); ok {
		return yamlsrc.Reasonf("key type %s is an SSH certificate; sign with the plain key (ed25519, ecdsa or rsa)", pub.Type())
	}
	return yamlsrc.Reasonf("key type %s is not supported; use an ed25519, ecdsa or rsa key", pub.Type())
}

func isHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
