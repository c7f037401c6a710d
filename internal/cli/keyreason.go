package cli

import (
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"strings"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// keyFileProblem says why --key's file is no key dutycheck can sign with,
// from the file's bytes and the error x/crypto/ssh gave when parsing it,
// in our words (a yamlsrc.Reason, said in the output's language): the
// library's text (x509's, asn1's) is English and means little to whoever
// signs. notKey reports a reason that says what the file is instead of a
// key ("an X.509 certificate"), to be said after "not an OpenSSH private
// key or public key"; otherwise the reason is about the key itself ("DSA
// keys are not supported"). A nil reason means the file holds no key at
// all, which the sentence says by itself.
func keyFileProblem(path string, data []byte, err error) (reason error, notKey bool) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, true
	}
	kind := yamlsrc.Clip(block.Type)
	switch block.Type {
	case "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY":
		// a kind of block x/crypto reads: what is wrong is inside it
	case "CERTIFICATE", "X509 CERTIFICATE", "TRUSTED CERTIFICATE":
		return yamlsrc.Reasonf("an X.509 certificate"), true
	case "PUBLIC KEY", "RSA PUBLIC KEY", "SSH2 PUBLIC KEY":
		return yamlsrc.Reasonf("a public key in PEM form, not in OpenSSH form"), true
	case "ENCRYPTED PRIVATE KEY":
		return yamlsrc.Reasonf("an encrypted PKCS#8 key; ssh-keygen -p -f %s rewrites it as one", path), true
	case "DSA PRIVATE KEY":
		return yamlsrc.Reasonf("DSA keys are not supported; use an ed25519, ecdsa or rsa key"), false
	default:
		return yamlsrc.Reasonf("a PEM block of type %q", kind), true
	}
	msg := ""
	if err != nil {
		msg = err.Error()
	}
	var structural asn1.StructuralError
	var syntax asn1.SyntaxError
	switch {
	case errors.As(err, &structural), errors.As(err, &syntax):
		// the block's bytes are not the structure its type names
	case strings.Contains(msg, "curve"):
		// x509: unknown elliptic curve; ssh: only P-256, P-384 and
		// P-521 EC keys are supported; ssh: unhandled elliptic curve
		return yamlsrc.Reasonf("the key's elliptic curve is not P-256, P-384 or P-521; use an ed25519, ecdsa or rsa key"), false
	case strings.Contains(msg, "unknown algorithm"), strings.Contains(msg, "unsupported key type"), strings.Contains(msg, "unhandled key type"):
		// a PKCS#8 key of another algorithm (Ed448), one Go reads but
		// SSH does not sign with (X25519), an OpenSSH key of another type
		return yamlsrc.Reasonf("the key is of a kind SSH does not sign with; use an ed25519, ecdsa or rsa key"), false
	case strings.Contains(msg, "unknown cipher"), strings.Contains(msg, "unknown KDF"), strings.Contains(msg, "cannot decode encrypted"):
		return yamlsrc.Reasonf("the key is encrypted in a way dutycheck cannot read"), false
	}
	return yamlsrc.Reasonf("its %q block does not read as a key", kind), true
}
