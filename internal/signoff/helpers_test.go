package signoff

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"
)

// testSigner makes a key of the given kind on the spot.
func testSigner(t testing.TB, kind string) ssh.Signer {
	t.Helper()
	var key any
	var err error
	switch kind {
	case "ed25519":
		_, key, err = ed25519.GenerateKey(rand.Reader)
	case "rsa":
		key, err = rsa.GenerateKey(rand.Reader, 2048)
	case "ecdsa":
		key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	default:
		t.Fatalf("unknown key kind %s", kind)
	}
	if err != nil {
		t.Fatal(err)
	}
	s, err := ssh.NewSignerFromKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

var (
	answersHex = strings.Repeat("a1", 32)
	qHex       = strings.Repeat("b2", 32)
	commitHex  = strings.Repeat("c3", 20)
)

// example is the sign-off of the format's own example, unsigned.
func example(key string) Signoff {
	return Signoff{
		Name: "Karin Berg", Role: "Chair of the board", Meaning: Approved,
		Date: "2026-12-10", NextReview: "2027-12-10",
		Answers:       Answers{File: "assessment.yaml", SHA256: answersHex},
		Questionnaire: Questionnaire{ID: "csea-duties", Version: "2.1.0", SHA256: qHex},
		Commit:        commitHex,
		Key:           key,
	}
}

// signed is example signed with a fresh key of kind.
func signed(t testing.TB, kind string) (*Signoff, ssh.Signer) {
	t.Helper()
	signer := testSigner(t, kind)
	s, err := Sign(example(KeyLine(signer.PublicKey(), "karin@example.com")), signer, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return s, signer
}
