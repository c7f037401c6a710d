package signoff

import (
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

func TestMatchPatternList(t *testing.T) {
	for _, tc := range []struct {
		s, list string
		want    int
	}{
		{"karin@example.com", "karin@example.com", 1},
		{"karin@example.com", "*@example.com", 1},
		{"karin@example.com", "k?rin@example.com", 1},
		{"karin@example.com", "*@example.org", 0},
		{"karin@example.com", "ola@example.com,*@example.com", 1},
		{"karin@example.com", "*@example.com,!karin@example.com", -1},
		{"dutycheck", "git,file", 0},
		{"dutycheck", "git,dutycheck", 1},
		{"dutycheck", "*", 1},
		{"dutycheck", "duty*", 1},
		{"dutycheck", "", 0},
		{"", "*", 1},
		{"abc", "a*b*c", 1},
		{"abc", "a*b*d", 0},
	} {
		if got := matchPatternList(tc.s, tc.list); got != tc.want {
			t.Errorf("matchPatternList(%q, %q) = %d, want %d", tc.s, tc.list, got, tc.want)
		}
	}
}

func TestAllowedSignersCheck(t *testing.T) {
	signer := testSigner(t, "ed25519")
	key := KeyLine(signer.PublicKey(), "karin@example.com")
	date, _ := questionnaire.ParseDate("2026-12-10")
	for _, tc := range []struct {
		name, list string
		want       SignerStatus
		line       int
	}{
		{"plain", "karin@example.com " + key, SignerAllowed, 1},
		{"quoted principals and comments", "# board\n\n\"karin@example.com,chair@example.com\" " + key, SignerAllowed, 3},
		{"namespaces allow", `karin@example.com namespaces="git,dutycheck" ` + key, SignerAllowed, 1},
		{"namespaces wildcard", `karin@example.com namespaces="*" ` + key, SignerAllowed, 1},
		{"namespaces git only", `karin@example.com namespaces="git" ` + key, SignerNamespace, 1},
		{"namespaces empty", `karin@example.com namespaces="" ` + key, SignerNamespace, 1},
		{"valid before, after the date", `karin@example.com valid-before="20270101" ` + key, SignerAllowed, 1},
		{"valid on the day", `karin@example.com valid-after="20261210120000Z",valid-before="20261210130000Z" ` + key, SignerAllowed, 1},
		{"expired", `karin@example.com valid-before="20261201Z" ` + key, SignerExpired, 1},
		{"not yet", `karin@example.com valid-after="20261211Z" ` + key, SignerNotYetValid, 1},
		{"cert-authority only", `*@example.com cert-authority ` + key, SignerNotListed, 0},
		{"other key", "karin@example.com " + KeyLine(testSigner(t, "ed25519").PublicKey(), ""), SignerNotListed, 0},
		{"second line allows", `karin@example.com namespaces="git" ` + key + "\nkarin@example.com namespaces=\"dutycheck\" " + key, SignerAllowed, 2},
		{"CRLF", "karin@example.com " + key + "\r\n", SignerAllowed, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			list, err := ParseAllowedSigners("allowed_signers", []byte(tc.list), time.UTC)
			if err != nil {
				t.Fatal(err)
			}
			got := list.Check(signer.PublicKey(), date)
			if got.Status != tc.want || got.Line != tc.line {
				t.Errorf("status %v line %d, want %v line %d", got.Status, got.Line, tc.want, tc.line)
			}
		})
	}
	var none *AllowedSigners
	if got := none.Check(signer.PublicKey(), date); got.Status != SignerNotChecked {
		t.Errorf("no list: %v", got.Status)
	}
}

func TestAllowedSignersErrors(t *testing.T) {
	key := KeyLine(testSigner(t, "ed25519").PublicKey(), "")
	for _, tc := range []struct{ name, in, want string }{
		{"no key", "karin@example.com\n", "a:1:1: expected principals, then a public key"},
		{"bad key", "karin@example.com ssh-ed25519 AAAA\n", "a:1:19: the ssh-ed25519 key's base64 does not read as a key of that type"},
		{"unknown option", "k@x  no-touch-required " + key, "a:1:6: unknown option \"no-touch-required\"; known: cert-authority, namespaces, valid-after, valid-before"},
		{"unquoted", "k@x namespaces=git " + key, "a:1:5: option namespaces: the value must be in double quotes"},
		{"bad time", "k@x valid-after=\"2026-12-10\" " + key, "a:1:5: valid-after=\"2026-12-10\": write YYYYMMDD, YYYYMMDDHHMM or YYYYMMDDHHMMSS, with Z for UTC"},
		{"options, no key", "k@x cert-authority", "a:1:19: missing public key after the options"},
		{"unclosed", "\"k@x " + key, "a:1:1: expected principals, then a public key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseAllowedSigners("a", []byte(tc.in), time.UTC)
			if err == nil || err.Error() != tc.want {
				t.Errorf("got  %v\nwant %s", err, tc.want)
			}
		})
	}
}

func TestSSHTime(t *testing.T) {
	loc := time.FixedZone("CET", 3600)
	for _, tc := range []struct {
		in   string
		want time.Time
	}{
		{"20261210", time.Date(2026, 12, 10, 0, 0, 0, 0, loc)},
		{"20261210Z", time.Date(2026, 12, 10, 0, 0, 0, 0, time.UTC)},
		{"202612101530", time.Date(2026, 12, 10, 15, 30, 0, 0, loc)},
		{"20261210153045UTC", time.Date(2026, 12, 10, 15, 30, 45, 0, time.UTC)},
	} {
		got, err := parseSSHTime(tc.in, loc)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("%s: %v %v, want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "Z", "2026121", "20261310", "2026121012", "abcdefgh"} {
		if _, err := parseSSHTime(bad, loc); err == nil {
			t.Errorf("%q read as a time", bad)
		}
	}
}

func TestIdentity(t *testing.T) {
	for _, tc := range []struct{ principals, comment, want string }{
		{"karin@example.com", "", "karin@example.com"},
		{"*@example.com", "karin@example.com", "karin@example.com"},
		{"*@example.com", "karin@laptop", ""},
		{"*@example.com,karin@example.org", "x", "karin@example.org"},
	} {
		if got := (SignerCheck{Principals: tc.principals}).Identity(tc.comment); got != tc.want {
			t.Errorf("Identity(%q, %q) = %q, want %q", tc.principals, tc.comment, got, tc.want)
		}
	}
}
