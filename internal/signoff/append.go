package signoff

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// Header starts a new signoffs file; entries follow as a block list.
const Header = "format: " + Format + "\nsignoffs:\n"

// Append returns the signoffs file old (nil or empty for a new file) with
// s added after its last entry. The bytes of old are kept exactly, so an
// earlier sign-off is never rewritten: the new entry is text added at the
// end, and the result must read back as the old entries, unchanged, and s.
// A file it cannot append to that way (a flow list `signoffs: []`, a field
// after the list) is refused rather than re-encoded.
func Append(path string, old []byte, s *Signoff) ([]byte, error) {
	c := *s
	c.Signature = strings.TrimRight(c.Signature, "\n") + "\n"
	s = &c
	if errs := Check(s); len(errs) > 0 {
		return nil, errs[0]
	}
	if _, err := ParseSignature(s.Signature); err != nil {
		return nil, yamlsrc.Reasonf("signature: %v", err)
	}
	var before []*Signoff
	crlf := false
	if len(bytes.TrimSpace(old)) == 0 {
		old = []byte(Header)
	} else {
		f, err := Parse(path, old)
		if err != nil {
			return nil, err
		}
		before, crlf = f.Signoffs, f.CRLF
	}
	base := bytes.Clone(old)
	if !bytes.HasSuffix(base, []byte("\n")) {
		base = append(base, lineEnd(crlf)...)
	}
	// The list's own indentation is not known from the parsed values; the
	// usual two spaces are tried first, then none.
	for _, indent := range []string{"  ", ""} {
		entry := EntryYAML(s, indent)
		if crlf {
			entry = bytes.ReplaceAll(entry, []byte("\n"), []byte("\r\n"))
		}
		out := append(bytes.Clone(base), entry...)
		if readsBack(path, out, before, s) {
			return out, nil
		}
	}
	return nil, yamlsrc.Reasonf("%s: cannot add a sign-off without rewriting the file: its signoffs list must be its last field, written as a block list of '- name: …' entries", path)
}

func lineEnd(crlf bool) string {
	if crlf {
		return "\r\n"
	}
	return "\n"
}

// readsBack reports whether out reads as the entries before followed by s.
func readsBack(path string, out []byte, before []*Signoff, s *Signoff) bool {
	f, err := Parse(path, out)
	if err != nil || len(f.Signoffs) != len(before)+1 {
		return false
	}
	for i, b := range before {
		if !same(f.Signoffs[i], b) {
			return false
		}
	}
	return same(f.Signoffs[len(before)], s)
}

// same compares two sign-offs by everything but where they were read.
func same(a, b *Signoff) bool {
	x, y := *a, *b
	x.Line, y.Line = 0, 0
	return x == y
}

// EntryYAML is one sign-off as a list item, its dash indented by indent,
// lines ending in LF. Text values are double-quoted so that YAML reads
// them back as the same text whatever they hold.
func EntryYAML(s *Signoff, indent string) []byte {
	var b bytes.Buffer
	in := indent + "  "
	b.WriteString(indent + "- name: " + quote(s.Name) + "\n")
	field := func(k, v string) { b.WriteString(in + k + ": " + v + "\n") }
	if s.Role != "" {
		field("role", quote(s.Role))
	}
	field("meaning", s.Meaning)
	field("date", s.Date)
	if s.NextReview != "" {
		field("next_review", s.NextReview)
	}
	field("answers", "{file: "+quote(s.Answers.File)+", sha256: "+s.Answers.SHA256+"}")
	field("questionnaire", "{id: "+quote(s.Questionnaire.ID)+", version: "+quote(s.Questionnaire.Version)+", sha256: "+s.Questionnaire.SHA256+"}")
	if s.Commit != "" {
		field("commit", quote(s.Commit))
	}
	field("key", quote(s.Key))
	b.WriteString(in + "signature: |\n")
	for _, line := range strings.Split(strings.TrimRight(s.Signature, "\n"), "\n") {
		b.WriteString(in + "  " + line + "\n")
	}
	return b.Bytes()
}

// quote writes text as a YAML double-quoted scalar. The values it gets
// are checked UTF-8 without control characters, so Go's quoting, whose
// escapes YAML shares, is enough.
func quote(s string) string { return strconv.Quote(s) }
