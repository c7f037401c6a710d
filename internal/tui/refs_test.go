package tui

import (
	"strings"
	"testing"
)

// TestPinpointNotRepeated: a title that already names its pinpoint, in
// any case, is not followed by it again ("principle 7 Principle 7"); a
// title whose last detail the pinpoint starts with gives that detail up.
func TestPinpointNotRepeated(t *testing.T) {
	for _, c := range []struct{ title, pin, want string }{
		{"Voluntary Principles, principle 7", "Principle 7", "Voluntary Principles, principle 7"},
		{"DTSP Safe Framework (ISO/IEC 25389), commitment 3", "Commitment 3 (teams, training)", "DTSP Safe Framework (ISO/IEC 25389) Commitment 3 (teams, training)"},
		{"18 U.S.C. § 2258A", "§ 2258A(a)", "18 U.S.C. § 2258A(a)"},
		{"UK Online Safety Act 2023", "s. 9", "UK Online Safety Act 2023 s. 9"},
	} {
		got := c.title
		if !saysPinpoint(got, c.pin) {
			got = joinPinpoint(dropDetail(got, c.pin), c.pin)
		}
		if got != c.want {
			t.Errorf("%q + %q = %q, want %q", c.title, c.pin, got, c.want)
		}
	}
}

// TestLongPinpointWraps: a long pinpoint is not held together whole, so a
// sources line is filled before it wraps, not broken after half its width
// ("Sources: Ofcom Illegal Content Codes (user-to-" and the rest below).
func TestLongPinpointWraps(t *testing.T) {
	pin := "ICU F measures (children: default settings and support)"
	ref := gluePinpoint("Ofcom Illegal Content Codes (user-to-user) "+pin, len(pin)) + nbsp + "(code)"
	line := "Sources: " + ref + " · Ofcom Protection of Children Codes"
	for _, width := range []int{60, 78, 98} {
		lines := wrap(line, width)
		for _, l := range lines[:len(lines)-1] {
			if width1(l) < width*3/4 {
				t.Errorf("width %d: a line wraps with a quarter of its width left: %q", width, lines)
			}
		}
		if !strings.Contains(strings.Join(lines, "\n"), "ICU"+nbsp+"F") {
			t.Errorf("width %d: the start of the pinpoint is not held together: %q", width, lines)
		}
	}
	if short := gluePinpoint("UK Online Safety Act 2023 s. 9", 4); !strings.HasSuffix(short, "2023"+nbsp+"s."+nbsp+"9") {
		t.Errorf("a short pinpoint is not held together with the word before it: %q", short)
	}
}
