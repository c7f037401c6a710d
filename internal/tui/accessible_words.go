package tui

// The words a plain-mode line may hold besides an answer: "don't know"
// (dk, vet ej), not applicable (na), the evidence keyword, and an option
// named by its number, value or label. Each is recognized in either
// language, since someone may type either.

import (
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// isUnknown reports whether a line answers "don't know / not measured":
// dk, or vet ej in Swedish, alone or followed by a note after a colon.
func isUnknown(lower string) bool {
	for _, k := range unknownWords {
		if lower == k || strings.HasPrefix(lower, k+":") {
			return true
		}
	}
	return false
}

// unknownWords are the words that answer "don't know" in plain mode, in
// either language, since someone may type either.
var unknownWords = []string{"dk", "don't know", "dont know", "vet ej", "vet inte"}

// unknownReason is the note given after the keyword, if any.
func unknownReason(t string) string {
	if i := strings.Index(t, ":"); i >= 0 {
		return strings.TrimSpace(t[i+1:])
	}
	return ""
}

// evidenceCommand is the evidence keyword a line begins with, "evidence"
// or "underlag", or "" when it begins with neither.
func evidenceCommand(lower string) string {
	for _, k := range []string{"evidence", "underlag"} {
		if lower == k || strings.HasPrefix(lower, k+":") || strings.HasPrefix(lower, k+" ") {
			return k
		}
	}
	return ""
}

// optionOf finds the option a word names: its number, its value, or its
// label, ignoring case; y and j stand for yes, n for no.
func optionOf(qn *questionnaire.Question, t string) (string, bool) {
	if n, err := strconv.Atoi(t); err == nil {
		if n >= 1 && n <= len(qn.Options) {
			return qn.Options[n-1].Value, true
		}
		return "", false
	}
	lower := strings.ToLower(t)
	if qn.Type == questionnaire.YesNo {
		switch lower {
		case "y", "j", "ja":
			lower = "yes"
		case "n", "nej":
			lower = "no"
		}
	}
	for _, o := range qn.Options {
		if strings.ToLower(o.Value) == lower {
			return o.Value, true
		}
	}
	for _, o := range qn.Options {
		for _, l := range []string{o.Label.String(), o.Label.In("sv"), o.Label.In("en")} {
			if strings.ToLower(l) == lower {
				return o.Value, true
			}
		}
	}
	return "", false
}

// isNA reports whether a line answers "not applicable": na, n/a, or na
// followed by the reason.
func isNA(lower string) bool {
	return lower == "na" || lower == "n/a" || strings.HasPrefix(lower, "na:") || strings.HasPrefix(lower, "na ") || strings.HasPrefix(lower, "n/a:") || strings.HasPrefix(lower, "n/a ")
}

// naReason is the reason given after na, if any.
func naReason(t string) string {
	i := strings.IndexAny(t, ": ")
	if i < 0 {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(t[i:], ": "))
}
