package tui

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/filekind"
)

// TestEveryRefusalWorded: every kind of choice, action and evidence error
// is worded from the catalogue in every language, not shown in the
// domain's English.
func TestEveryRefusalWorded(t *testing.T) {
	var errs []error
	for _, k := range answers.ChoiceKinds {
		errs = append(errs, &answers.ChoiceError{Kind: k, Choice: "x", Known: "a, b"})
	}
	for _, k := range answers.ActionKinds {
		errs = append(errs, &answers.ActionError{Kind: k, Status: "later"})
	}
	for _, k := range answers.EvidenceKinds {
		errs = append(errs, &answers.EvidenceError{Kind: k, Input: "x.jpg", File: filekind.Kind{Class: filekind.Image, Format: "JPEG"}, ByContent: true})
	}
	for _, lang := range []string{"en", "sv"} {
		w := newWordsFor(lang)
		for _, err := range errs {
			got := refusal(w, nil, err)
			if got == "" || got == err.Error() || strings.Contains(got, "%!") {
				t.Errorf("%s %#v: %q", lang, err, got)
			}
		}
	}
}
