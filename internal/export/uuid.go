package export

import (
	"crypto/sha1"
	"fmt"
)

// nsURL is RFC 9562's namespace for names that are URLs.
var nsURL = [16]byte{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuidNS is the namespace of every UUID in dutycheck's OSCAL exports: the
// version 5 UUID of the namespace URL the exports' properties use.
var uuidNS = uuid5(nsURL, OSCALNamespace)

// uuid5 is a name-based UUID (RFC 9562 version 5, SHA-1). OSCAL asks that a
// UUID identify the same subject across revisions of a document; deriving
// it from the subject's name, rather than drawing it at random, gives the
// same UUID on every export, so exports are reproducible and their diffs
// show only what changed.
func uuid5(ns [16]byte, name string) [16]byte {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var u [16]byte
	copy(u[:], h.Sum(nil))
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return u
}

// newUUID is the export's UUID for a subject name, as a string.
func newUUID(name string) string { return formatUUID(uuid5(uuidNS, name)) }

func formatUUID(u [16]byte) string {
	return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
}
