package signoff

import (
	"crypto/rand"
	"errors"
	"io"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// failingSigner has the key of a real signer and fails to sign with err.
type failingSigner struct {
	ssh.Signer
	err error
}

func (f failingSigner) Sign(io.Reader, []byte) (*ssh.Signature, error) { return nil, f.err }

// TestSignSaysWhySigningFailedInOurWords: a signer that gives its reason
// as a yamlsrc.Reason (ssh-agent's, worded by the command line) is quoted
// as a Reason, which an interface says in its language; any other
// failure, the library's English, is said in our words.
func TestSignSaysWhySigningFailedInOurWords(t *testing.T) {
	key := testSigner(t, "ed25519")
	s := example(KeyLine(key.PublicKey(), ""))
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"a reason in our words", yamlsrc.Reasonf("ssh-agent at %s: %v", "a.sock", yamlsrc.Reasonf("it did not answer in time")), "signing failed: ssh-agent at a.sock: it did not answer in time"},
		{"the library's English", errors.New("crypto/ecdsa: entropy source failed"), "signing failed: the key could not make a signature"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Sign(s, failingSigner{key, tc.err}, rand.Reader)
			r, ok := err.(*yamlsrc.Reason)
			if !ok {
				t.Fatalf("%T %v is not a Reason", err, err)
			}
			if err.Error() != tc.want {
				t.Errorf("%q, want %q", err, tc.want)
			}
			if _, nested := r.Args[0].(*yamlsrc.Reason); !nested {
				t.Errorf("the reason inside is a %T, not a Reason an interface can say", r.Args[0])
			}
		})
	}
}
