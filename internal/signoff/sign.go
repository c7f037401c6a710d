package signoff

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/hiddeco/sshsig"
	"golang.org/x/crypto/ssh"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// Hash is the hash every sign-off's signature is made with.
const Hash = sshsig.HashSHA512

// KeyLine is a public key as the key field and allowed-signers files
// write it: type, base64 and, when there is one, the comment.
func KeyLine(pub ssh.PublicKey, comment string) string {
	line := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(pub)))
	if c := strings.TrimSpace(comment); c != "" {
		line += " " + c
	}
	return line
}

// Sign signs s's message with signer, whose public key must be the one in
// s.Key, and returns s with its Signature set. rand is the randomness the
// signature may use (crypto/rand in use; ed25519 needs none).
func Sign(s Signoff, signer ssh.Signer, rand io.Reader) (*Signoff, error) {
	if errs := Check(&s); len(errs) > 0 {
		return nil, errs[0]
	}
	pub, _, _ := ParseKey(s.Key)
	if !bytes.Equal(pub.Marshal(), signer.PublicKey().Marshal()) {
		return nil, yamlsrc.Reasonf("the key field is not the signing key's public key")
	}
	sig, err := sshsig.SignWithRand(bytes.NewReader(s.Message()), rand, signer, Hash, Namespace)
	if err != nil {
		// A signer that says why in our words (ssh-agent's, see the
		// command line) is quoted; a key in memory fails only on a broken
		// source of randomness, whose library English says nothing to
		// whoever signs.
		var why *yamlsrc.Reason
		if !errors.As(err, &why) {
			return nil, yamlsrc.Reasonf("signing failed: %v", yamlsrc.Reasonf("the key could not make a signature"))
		}
		return nil, yamlsrc.Reasonf("signing failed: %v", why)
	}
	s.Signature = string(sshsig.Armor(sig))
	return &s, nil
}

// SignatureProblem says why a signature is not valid.
type SignatureProblem int

const (
	SigValid SignatureProblem = iota
	// SigUnreadable: the armored text is not an SSH signature.
	SigUnreadable
	// SigNamespace: made for another use than dutycheck (git, file…).
	SigNamespace
	// SigHash: made with another hash than sha512.
	SigHash
	// SigOtherKey: made by another key than the one the key field names.
	SigOtherKey
	// SigMismatch: the signed fields are not what the key signed: a field
	// was changed after signing.
	SigMismatch
)

// SignatureCheck is the outcome of checking one signature.
type SignatureCheck struct {
	Problem SignatureProblem
	// Namespace and Hash are what the signature says it was made for and
	// with, for SigNamespace and SigHash.
	Namespace, Hash string
	Err             error // for SigUnreadable
}

// Valid reports whether the signature is good.
func (c SignatureCheck) Valid() bool { return c.Problem == SigValid }

// VerifySignature checks that s.Signature is a dutycheck signature (its
// namespace and hash) made by the key in s.Key over s.Message().
func VerifySignature(s *Signoff) SignatureCheck {
	sig, err := ParseSignature(s.Signature)
	if err != nil {
		return SignatureCheck{Problem: SigUnreadable, Err: err}
	}
	if sig.Namespace != Namespace {
		return SignatureCheck{Problem: SigNamespace, Namespace: sig.Namespace}
	}
	if sig.HashAlgorithm != Hash {
		return SignatureCheck{Problem: SigHash, Hash: string(sig.HashAlgorithm)}
	}
	pub, _, err := ParseKey(s.Key)
	if err != nil {
		return SignatureCheck{Problem: SigOtherKey}
	}
	if !bytes.Equal(pub.Marshal(), sig.PublicKey.Marshal()) {
		return SignatureCheck{Problem: SigOtherKey}
	}
	if err := sshsig.Verify(bytes.NewReader(s.Message()), sig, pub, Hash, Namespace); err != nil {
		return SignatureCheck{Problem: SigMismatch}
	}
	return SignatureCheck{}
}

// Fingerprint is the key's SHA256 fingerprint as ssh-keygen -l prints it
// ("SHA256:…"), or "" for a key field that does not read.
func (s *Signoff) Fingerprint() string {
	pub, _, err := ParseKey(s.Key)
	if err != nil {
		return ""
	}
	return ssh.FingerprintSHA256(pub)
}
