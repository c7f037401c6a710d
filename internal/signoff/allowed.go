package signoff

import (
	"bytes"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// AllowedSigner is one line of an allowed-signers file, the list git's
// gpg.ssh.allowedSignersFile names and `ssh-keygen -Y verify -f` reads:
//
//	principals [options] keytype base64 [comment]
//
// with the options cert-authority, namespaces="…", valid-after="…" and
// valid-before="…".
type AllowedSigner struct {
	Line int
	// Principals is the comma-separated pattern list as written
	// ("karin@example.com", "*@example.com,!intern@example.com").
	Principals string
	// CertAuthority marks a line that trusts certificates signed by Key.
	// Sign-offs are made with plain keys, so such lines never allow one.
	CertAuthority bool
	// Namespaces is the pattern list of namespaces=; without NamespacesSet
	// the line allows any namespace.
	Namespaces    string
	NamespacesSet bool
	// ValidAfter and ValidBefore bound when the key may sign; zero when
	// not given.
	ValidAfter, ValidBefore time.Time
	Key                     ssh.PublicKey
}

// AllowedSigners is a parsed allowed-signers file.
type AllowedSigners struct {
	Path    string
	Signers []AllowedSigner
}

// CertAuthorityLines lists the lines that trust a certificate authority,
// which this check does not follow, so that verify can say so.
func (a *AllowedSigners) CertAuthorityLines() []int {
	var lines []int
	for _, s := range a.Signers {
		if s.CertAuthority {
			lines = append(lines, s.Line)
		}
	}
	return lines
}

// ParseAllowedSigners reads an allowed-signers file as ssh-keygen does.
// Times without a Z or UTC suffix are read in loc, as ssh-keygen reads
// them in the local time zone. Every bad line is reported at its place.
func ParseAllowedSigners(path string, data []byte, loc *time.Location) (*AllowedSigners, error) {
	errs := &yamlsrc.ErrorList{Path: path}
	a := &AllowedSigners{Path: path}
	for i, raw := range bytes.Split(data, []byte("\n")) {
		line := strings.TrimRight(string(raw), "\r")
		s, col, err := parseAllowedLine(line, loc)
		if err != nil {
			errs.Add(yamlsrc.Pos{Line: i + 1, Col: col}, "%v", err)
			continue
		}
		if s != nil {
			s.Line = i + 1
			a.Signers = append(a.Signers, *s)
		}
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return a, nil
}

// parseAllowedLine reads one line; nil for a blank or comment line. col
// is where a problem is.
func parseAllowedLine(line string, loc *time.Location) (*AllowedSigner, int, error) {
	rest := strings.TrimLeft(line, " \t")
	col := len(line) - len(rest) + 1
	if rest == "" || rest[0] == '#' {
		return nil, 0, nil
	}
	s := &AllowedSigner{}
	principals, after, ok := token(rest)
	if !ok || strings.TrimSpace(after) == "" {
		return nil, col, yamlsrc.Reasonf("expected principals, then a public key")
	}
	s.Principals = principals
	col += len(rest) - len(after)
	rest = strings.TrimLeft(after, " \t")
	col += len(after) - len(rest)
	pub, err := readKey(rest)
	if err == nil {
		s.Key = pub
		return s, 0, nil
	}
	if looksLikeKeyType(rest) {
		return nil, col, err
	}
	opts, after := optionsToken(rest)
	if err := s.parseOptions(opts, loc); err != nil {
		return nil, col, err
	}
	col += len(rest) - len(after)
	rest = strings.TrimLeft(after, " \t")
	col += len(after) - len(rest)
	if rest == "" {
		return nil, col, yamlsrc.Reasonf("missing public key after the options")
	}
	if pub, err = readKey(rest); err != nil {
		return nil, col, err
	}
	s.Key = pub
	return s, 0, nil
}

// readKey reads "keytype base64 [comment]".
func readKey(s string) (ssh.PublicKey, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return nil, yamlsrc.Reasonf("expected a key type and its base64")
	}
	pub, _, _, _, err := ssh.ParseAuthorizedKey([]byte(f[0] + " " + f[1]))
	if err != nil {
		return nil, yamlsrc.Reasonf("the %s key's base64 does not read as a key of that type", yamlsrc.Clip(f[0]))
	}
	return pub, nil
}

// token splits off the first word, which may be double-quoted.
func token(s string) (tok, rest string, ok bool) {
	if strings.HasPrefix(s, `"`) {
		end := strings.IndexByte(s[1:], '"')
		if end < 0 {
			return "", "", false
		}
		return s[1 : end+1], s[end+2:], true
	}
	end := strings.IndexAny(s, " \t")
	if end < 0 {
		return s, "", true
	}
	return s[:end], s[end:], true
}

// optionsToken splits off the options, which end at the first space or
// tab outside double quotes.
func optionsToken(s string) (opts, rest string) {
	quoted := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' && quoted && i+1 < len(s):
			i++
		case c == '"':
			quoted = !quoted
		case (c == ' ' || c == '\t') && !quoted:
			return s[:i], s[i:]
		}
	}
	return s, ""
}

// parseOptions reads a comma-separated option list.
func (s *AllowedSigner) parseOptions(opts string, loc *time.Location) error {
	for opts != "" {
		name, value, rest, err := nextOption(opts)
		if err != nil {
			return err
		}
		opts = rest
		switch strings.ToLower(name) {
		case "cert-authority":
			s.CertAuthority = true
			continue
		case "namespaces":
			s.Namespaces, s.NamespacesSet = value, true
		case "valid-after", "valid-before":
			t, err := parseSSHTime(value, loc)
			if err != nil {
				return yamlsrc.Reasonf("%s=%q: %v", name, yamlsrc.Clip(value), err)
			}
			if strings.EqualFold(name, "valid-after") {
				s.ValidAfter = t
			} else {
				s.ValidBefore = t
			}
		default:
			return yamlsrc.Reasonf("unknown option %q; known: cert-authority, namespaces, valid-after, valid-before", yamlsrc.Clip(name))
		}
		if value == "" && !strings.EqualFold(name, "namespaces") {
			return yamlsrc.Reasonf("option %s needs a value", name)
		}
	}
	return nil
}

// nextOption reads `name` or `name="value"` and the comma after it.
func nextOption(opts string) (name, value, rest string, err error) {
	i := strings.IndexAny(opts, "=,")
	if i < 0 {
		return opts, "", "", nil
	}
	name = opts[:i]
	if opts[i] == ',' {
		return name, "", opts[i+1:], nil
	}
	v := opts[i+1:]
	if !strings.HasPrefix(v, `"`) {
		return "", "", "", yamlsrc.Reasonf("option %s: the value must be in double quotes", name)
	}
	var b strings.Builder
	j := 1
	for ; j < len(v) && v[j] != '"'; j++ {
		if v[j] == '\\' && j+1 < len(v) && v[j+1] == '"' {
			j++
		}
		b.WriteByte(v[j])
	}
	if j >= len(v) {
		return "", "", "", yamlsrc.Reasonf("option %s: the closing quote is missing", name)
	}
	rest = v[j+1:]
	if rest != "" {
		if rest[0] != ',' {
			return "", "", "", yamlsrc.Reasonf("option %s: expected a comma after the value", name)
		}
		rest = rest[1:]
	}
	return name, b.String(), rest, nil
}

// parseSSHTime reads ssh-keygen's times: YYYYMMDD, YYYYMMDDHHMM or
// YYYYMMDDHHMMSS, in UTC with a Z or UTC suffix, else in loc.
func parseSSHTime(v string, loc *time.Location) (time.Time, error) {
	s := v
	switch u := strings.ToUpper(s); {
	case strings.HasSuffix(u, "UTC") && len(s) > 3:
		s, loc = s[:len(s)-3], time.UTC
	case strings.HasSuffix(u, "Z") && len(s) > 1:
		s, loc = s[:len(s)-1], time.UTC
	}
	layout := map[int]string{8: "20060102", 12: "200601021504", 14: "20060102150405"}[len(s)]
	if layout == "" {
		return time.Time{}, yamlsrc.Reasonf("write YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with Z for UTC")
	}
	t, err := time.ParseInLocation(layout, s, loc)
	if err != nil {
		return time.Time{}, yamlsrc.Reasonf("not a date and time: write YYYYMMDD[HHMM[SS]][Z]")
	}
	return t, nil
}

// looksLikeKeyType reports a word that starts as key types do, so that a
// damaged key is reported as one rather than as an unknown option.
func looksLikeKeyType(s string) bool {
	for _, p := range []string{"ssh-", "ecdsa-", "sk-", "rsa-"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
