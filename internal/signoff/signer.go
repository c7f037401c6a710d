package signoff

import (
	"bytes"
	"strings"
	"time"

	"golang.org/x/crypto/ssh"
)

// SignerStatus is what an allowed-signers list says of a sign-off's key.
type SignerStatus int

const (
	// SignerNotChecked: no list was available.
	SignerNotChecked SignerStatus = iota
	SignerAllowed
	// SignerNotListed: no line of the list names the key.
	SignerNotListed
	// SignerNamespace: the key's lines limit it to other namespaces.
	SignerNamespace
	// SignerNotYetValid and SignerExpired: the key's lines bound when it
	// may sign, and the sign-off's date is outside.
	SignerNotYetValid
	SignerExpired
)

// SignerCheck is the outcome of looking a key up in the list.
type SignerCheck struct {
	Status SignerStatus
	// Line and Principals are the line that decided (allowed, or the first
	// reason it is not).
	Line       int
	Principals string
	// Bound is the valid-after or valid-before time that refused the key.
	Bound time.Time
}

// Check looks up the key that signed on date (midnight UTC of the
// sign-off's date). As ssh-keygen, a line must name the exact key (not as
// a certificate authority), its namespaces= must allow dutycheck, and the
// signing time must fall within valid-after and valid-before; the
// sign-off's date counts as the whole day, as git counts a commit's time.
// A nil list gives SignerNotChecked.
func (a *AllowedSigners) Check(pub ssh.PublicKey, date time.Time) SignerCheck {
	if a == nil {
		return SignerCheck{Status: SignerNotChecked}
	}
	best := SignerCheck{Status: SignerNotListed}
	dayEnd := date.Add(24*time.Hour - time.Nanosecond)
	for _, s := range a.Signers {
		if s.CertAuthority || !bytes.Equal(s.Key.Marshal(), pub.Marshal()) {
			continue
		}
		c := SignerCheck{Line: s.Line, Principals: s.Principals}
		switch {
		case s.NamespacesSet && matchPatternList(Namespace, s.Namespaces) != 1:
			c.Status = SignerNamespace
		case !s.ValidAfter.IsZero() && dayEnd.Before(s.ValidAfter):
			c.Status, c.Bound = SignerNotYetValid, s.ValidAfter
		case !s.ValidBefore.IsZero() && date.After(s.ValidBefore):
			c.Status, c.Bound = SignerExpired, s.ValidBefore
		default:
			c.Status = SignerAllowed
			return c
		}
		if best.Status == SignerNotListed {
			best = c
		}
	}
	return best
}

// Identity is the principal to give `ssh-keygen -Y verify -I` for this
// line: the key's comment when the line's principals match it, else the
// first principal written without wildcards, else "".
func (c SignerCheck) Identity(comment string) string {
	if comment != "" && matchPatternList(comment, c.Principals) == 1 {
		return comment
	}
	for _, p := range strings.Split(c.Principals, ",") {
		if p != "" && !strings.ContainsAny(p, "*?!") {
			return p
		}
	}
	return ""
}
