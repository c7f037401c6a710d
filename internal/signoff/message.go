package signoff

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Format is the signoffs file's format name; MessageHeader the first line
// of every signed message.
const (
	Format        = "dutycheck-signoffs/v1"
	MessageHeader = "dutycheck-signoff/v1"
	// Namespace is the SSH signature namespace: a signature made for git
	// ("git") or for files ("file") is not a dutycheck sign-off.
	Namespace = "dutycheck"
)

// Meanings of a sign-off: whoever signs says they reviewed the answers, or
// that they approve them as the company's position.
const (
	Reviewed = "reviewed"
	Approved = "approved"
)

// Answers names the answers file a sign-off covers and its digest.
type Answers struct {
	File, SHA256 string
}

// Questionnaire names the questionnaire the answers were read against and
// its digest.
type Questionnaire struct {
	ID, Version, SHA256 string
}

// Signoff is one entry of a signoffs file. Every field but Signature (and
// the place it was read from) is part of the signed message.
type Signoff struct {
	Name, Role    string
	Meaning       string
	Date          string // YYYY-MM-DD
	NextReview    string // YYYY-MM-DD or empty
	Answers       Answers
	Questionnaire Questionnaire
	Commit        string // git HEAD when signed, or empty
	Key           string // public key in authorized_keys form, with its comment
	// Signature is the armored SSH signature (-----BEGIN SSH SIGNATURE-----).
	Signature string
	// Line is where the entry starts in its file (0 for one not read from
	// a file).
	Line int
}

// Message is exactly the bytes the signature covers: one "field: value"
// line per field, each ending in one LF, in a fixed order, an absent
// field with an empty value. `dutycheck verify --message N` prints these
// bytes so that ssh-keygen can check the signature on its own.
func (s *Signoff) Message() []byte {
	var b bytes.Buffer
	b.WriteString(MessageHeader + "\n")
	line := func(field, value string) { b.WriteString(field + ": " + value + "\n") }
	line("name", s.Name)
	line("role", s.Role)
	line("meaning", s.Meaning)
	line("date", s.Date)
	line("next_review", s.NextReview)
	line("answers", s.Answers.File+" sha256:"+s.Answers.SHA256)
	line("questionnaire", s.Questionnaire.ID+" "+s.Questionnaire.Version+" sha256:"+s.Questionnaire.SHA256)
	line("commit", s.Commit)
	line("key", s.Key)
	return b.Bytes()
}

// Digest is the hex SHA-256 of a file's bytes with each CRLF read as LF,
// so that a checkout with Windows line ends verifies like the original.
func Digest(data []byte) string {
	sum := sha256.Sum256(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")))
	return hex.EncodeToString(sum[:])
}

// CheckValue refuses a value that would change the message's lines or
// hide what it says: line breaks, control characters and invisible
// format characters such as bidi overrides.
func CheckValue(field, v string) error {
	if !utf8.ValidString(v) {
		return fmt.Errorf("%s: is not UTF-8 text", field)
	}
	if i := strings.IndexFunc(v, invisible); i >= 0 {
		r := []rune(v[i:])[0]
		if r == '\n' || r == '\r' {
			return fmt.Errorf("%s: has a line break; a signed value is one line", field)
		}
		return fmt.Errorf("%s: has the control character %U; a signed value is plain text", field, r)
	}
	return nil
}

// invisible reports characters that change how text reads without being
// seen: control characters (line breaks among them) and format characters.
func invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}

// fields lists the signed values with their field names, in message order,
// for the checks that apply to each.
func (s *Signoff) fields() [][2]string {
	return [][2]string{
		{"name", s.Name}, {"role", s.Role}, {"meaning", s.Meaning}, {"date", s.Date},
		{"next_review", s.NextReview}, {"answers.file", s.Answers.File}, {"answers.sha256", s.Answers.SHA256},
		{"questionnaire.id", s.Questionnaire.ID}, {"questionnaire.version", s.Questionnaire.Version},
		{"questionnaire.sha256", s.Questionnaire.SHA256}, {"commit", s.Commit}, {"key", s.Key},
	}
}
