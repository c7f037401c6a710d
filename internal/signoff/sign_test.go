package signoff

import (
	"bytes"
	"crypto/rand"
	"strings"
	"testing"

	"github.com/hiddeco/sshsig"
)

func TestSignVerifiesForEveryKeyType(t *testing.T) {
	for _, kind := range []string{"ed25519", "ecdsa", "rsa"} {
		t.Run(kind, func(t *testing.T) {
			s, _ := signed(t, kind)
			if c := VerifySignature(s); !c.Valid() {
				t.Fatalf("fresh signature not valid: %+v", c)
			}
			sig, err := ParseSignature(s.Signature)
			if err != nil {
				t.Fatal(err)
			}
			if sig.Namespace != "dutycheck" || sig.HashAlgorithm != sshsig.HashSHA512 {
				t.Errorf("namespace %q hash %q", sig.Namespace, sig.HashAlgorithm)
			}
			if kind == "rsa" && sig.Signature.Format != "rsa-sha2-512" {
				t.Errorf("RSA signature format %s", sig.Signature.Format)
			}
		})
	}
}

func TestSignRefusesAnotherKeysField(t *testing.T) {
	a, b := testSigner(t, "ed25519"), testSigner(t, "ed25519")
	if _, err := Sign(example(KeyLine(a.PublicKey(), "")), b, rand.Reader); err == nil {
		t.Error("signed with a key other than the key field's")
	}
	bad := example(KeyLine(a.PublicKey(), ""))
	bad.Name = "Karin\nBerg"
	if _, err := Sign(bad, a, rand.Reader); err == nil || !strings.Contains(err.Error(), "line break") {
		t.Errorf("signed a value with a line break: %v", err)
	}
}

// Every signed field changed after signing is caught, as a changed field,
// a changed key, or a damaged signature: what it is.
func TestTamperedFieldsAreCaught(t *testing.T) {
	s, _ := signed(t, "ed25519")
	other := KeyLine(testSigner(t, "ed25519").PublicKey(), "karin@example.com")
	for _, tc := range []struct {
		name string
		edit func(*Signoff)
		want SignatureProblem
	}{
		{"name", func(s *Signoff) { s.Name = "Karin Borg" }, SigMismatch},
		{"role", func(s *Signoff) { s.Role = "" }, SigMismatch},
		{"meaning", func(s *Signoff) { s.Meaning = Reviewed }, SigMismatch},
		{"date", func(s *Signoff) { s.Date = "2026-12-11" }, SigMismatch},
		{"next_review", func(s *Signoff) { s.NextReview = "2028-12-10" }, SigMismatch},
		{"answers.file", func(s *Signoff) { s.Answers.File = "other.yaml" }, SigMismatch},
		{"answers.sha256", func(s *Signoff) { s.Answers.SHA256 = strings.Repeat("0", 64) }, SigMismatch},
		{"questionnaire.id", func(s *Signoff) { s.Questionnaire.ID = "csea-quick" }, SigMismatch},
		{"questionnaire.version", func(s *Signoff) { s.Questionnaire.Version = "2.1.1" }, SigMismatch},
		{"questionnaire.sha256", func(s *Signoff) { s.Questionnaire.SHA256 = strings.Repeat("1", 64) }, SigMismatch},
		{"commit", func(s *Signoff) { s.Commit = "" }, SigMismatch},
		{"key comment", func(s *Signoff) { s.Key = strings.Replace(s.Key, "karin@", "eve@", 1) }, SigMismatch},
		{"key", func(s *Signoff) { s.Key = other }, SigOtherKey},
		{"signature", func(s *Signoff) { s.Signature = s.Signature[:40] + "x" + s.Signature[41:] }, SigUnreadable},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := *s
			tc.edit(&c)
			if got := VerifySignature(&c); got.Problem != tc.want {
				t.Errorf("problem %v, want %v", got.Problem, tc.want)
			}
		})
	}
}

func TestSignatureForAnotherNamespaceOrHash(t *testing.T) {
	signer := testSigner(t, "ed25519")
	s := example(KeyLine(signer.PublicKey(), ""))
	for _, tc := range []struct {
		ns   string
		hash sshsig.HashAlgorithm
		want SignatureProblem
	}{
		{"git", sshsig.HashSHA512, SigNamespace},
		{"file", sshsig.HashSHA512, SigNamespace},
		{"dutycheck", sshsig.HashSHA256, SigHash},
	} {
		sig, err := sshsig.Sign(bytes.NewReader(s.Message()), signer, tc.hash, tc.ns)
		if err != nil {
			t.Fatal(err)
		}
		c := s
		c.Signature = string(sshsig.Armor(sig))
		got := VerifySignature(&c)
		if got.Problem != tc.want {
			t.Errorf("%s/%s: problem %v, want %v", tc.ns, tc.hash, got.Problem, tc.want)
		}
		if tc.want == SigNamespace && got.Namespace != tc.ns {
			t.Errorf("namespace reported %q, want %q", got.Namespace, tc.ns)
		}
	}
}

func TestParseSignatureIsStrict(t *testing.T) {
	s, _ := signed(t, "ed25519")
	for _, tc := range []struct{ name, text, want string }{
		{"empty", "", "must start with"},
		{"junk before", "hello\n" + s.Signature, "must start with"},
		{"text after", s.Signature + "trailing words\n", "text after its end"},
		{"other block", strings.ReplaceAll(s.Signature, "SSH SIGNATURE", "PGP SIGNATURE"), "must start with"},
		{"cut", s.Signature[:len(s.Signature)/2], "damaged"},
	} {
		_, err := ParseSignature(tc.text)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := ParseSignature(s.Signature); err != nil {
		t.Errorf("good signature: %v", err)
	}
}
