package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// refName is a reference's title with its pinpoint, unless the title
// already says it: "Regulation (EU) 2022/2065 Art. 15".
func refName(s *session, r *questionnaire.Reference, short bool) string {
	t := s.text(r.Title)
	if short {
		t = shortTitle(t)
	}
	if p := inert.Line(r.PinpointIn(s.lang)); p != "" && !saysPinpoint(t, p) {
		t = joinPinpoint(dropDetail(t, p), p)
	}
	return t
}

// saysPinpoint reports whether a title already says its pinpoint, in any
// case: "Voluntary Principles, principle 7" says "Principle 7".
func saysPinpoint(title, pin string) bool {
	return strings.Contains(strings.ToLower(title), strings.ToLower(pin))
}

// dropDetail takes off a title the detail after its last comma when the
// pinpoint starts with it, so the two never repeat each other: "DTSP Safe
// Framework (ISO/IEC 25389), commitment 3" with the pinpoint "Commitment 3
// (teams, training)" is "DTSP Safe Framework (ISO/IEC 25389)".
func dropDetail(title, pin string) string {
	if i := strings.LastIndex(title, ", "); i > 0 && strings.HasPrefix(strings.ToLower(pin), strings.ToLower(title[i+2:])) {
		return title[:i]
	}
	return title
}

// joinPinpoint puts a pinpoint after a title, merging the words they
// share: "18 U.S.C. § 2258A" and "§ 2258A(a)" make "18 U.S.C. §
// 2258A(a)", not "18 U.S.C. § 2258A § 2258A(a)".
func joinPinpoint(title, pin string) string {
	for i := 0; i < len(title); i++ {
		if (i == 0 || title[i-1] == ' ') && strings.HasPrefix(pin, title[i:]) {
			return title[:i] + pin
		}
	}
	return title + " " + pin
}

// refShort is a reference as the sources line of a question shows it:
// short title, pinpoint and status, "DSA Art. 16 (law)". The pinpoint and
// the status are held together with non-breaking spaces, so a wrapped
// line never leaves "s." at the end of one line and "9 (law)" on the next.
func refShort(s *session, r *questionnaire.Reference) string {
	t := shortTitle(s.text(r.Title))
	if p := inert.Line(r.PinpointIn(s.lang)); p != "" && !saysPinpoint(t, p) {
		t = gluePinpoint(joinPinpoint(dropDetail(t, p), p), len(p))
	}
	if st := s.w.LegalStatus(string(r.Status)); st != "" {
		t += nbsp + "(" + strings.ReplaceAll(st, " ", nbsp) + ")"
	}
	return t
}

// maxGlued is the longest pinpoint, in bytes, held together whole.
const maxGlued = 16

// nbsp is a non-breaking space, which wrap never breaks at.
const nbsp = " "

// gluePinpoint makes the last space before the final n bytes of t (the
// pinpoint) non-breaking, so the pinpoint stays with the word before it.
// Only the start of a long pinpoint is held together ("ICU F measures
// (children: default settings and support)" keeps "ICU F"): held whole it
// would be one word too long for a line, and the line would break inside
// a word before it instead ("user-to-" / "user").
func gluePinpoint(t string, n int) string {
	head, pin := t[:max(0, len(t)-n)], t[max(0, len(t)-n):]
	if len(pin) > maxGlued {
		if i := strings.LastIndex(pin[:maxGlued], " "); i > 0 {
			pin = strings.ReplaceAll(pin[:i], " ", nbsp) + pin[i:]
		}
	} else {
		pin = strings.ReplaceAll(pin, " ", nbsp)
	}
	if strings.HasSuffix(head, " ") {
		head = strings.TrimSuffix(head, " ") + nbsp
	}
	return head + pin
}

// refDetail is what the help says of a reference after its name: its
// status in words and the day it was last checked, "law · checked
// 2026-10-01"; "" when the file gives neither.
func refDetail(s *session, r *questionnaire.Reference) string {
	var parts []string
	if st := s.w.LegalStatus(string(r.Status)); st != "" {
		parts = append(parts, st)
	}
	if !r.AsOf.IsZero() {
		parts = append(parts, s.w.T("help.checked", r.AsOf.Format(questionnaire.DateLayout)))
	}
	return strings.Join(parts, " · ")
}
