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
	if p := inert.Line(r.Pinpoint); p != "" && !strings.Contains(t, p) {
		t = joinPinpoint(t, p)
	}
	return t
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
	if p := inert.Line(r.Pinpoint); p != "" && !strings.Contains(t, p) {
		t = gluePinpoint(joinPinpoint(t, p), len(p))
	}
	if st := s.w.LegalStatus(string(r.Status)); st != "" {
		t += nbsp + "(" + strings.ReplaceAll(st, " ", nbsp) + ")"
	}
	return t
}

// nbsp is a non-breaking space, which wrap never breaks at.
const nbsp = " "

// gluePinpoint makes the last space before the final n bytes of t (the
// pinpoint) non-breaking, so the pinpoint stays with the word before it.
func gluePinpoint(t string, n int) string {
	head, pin := t[:max(0, len(t)-n)], strings.ReplaceAll(t[max(0, len(t)-n):], " ", nbsp)
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
