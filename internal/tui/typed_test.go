package tui

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestReasonFromKind checks that every kind of refused value the parsers
// produce is worded in every language from its kind, input and limit, and
// never falls back to the English of Error in Swedish.
func TestReasonFromKind(t *testing.T) {
	produced := map[questionnaire.Type][]questionnaire.ValueKind{
		questionnaire.Number: {questionnaire.ValueSyntax, questionnaire.ValueAmbiguous, questionnaire.ValueBelowMin, questionnaire.ValueAboveMax},
		questionnaire.Duration: {questionnaire.ValueEmpty, questionnaire.ValueSyntax, questionnaire.ValueAmbiguous, questionnaire.ValueSpelled,
			questionnaire.ValueUnknownUnit, questionnaire.ValueRepeatedUnit, questionnaire.ValueTooLong, questionnaire.ValueFraction},
		questionnaire.Date: {questionnaire.ValueSyntax},
	}
	for _, lang := range l10n.Langs() {
		w := l10n.For(string(lang))
		for typ, kinds := range produced {
			for _, kind := range kinds {
				ve := &questionnaire.ValueError{Type: typ, Kind: kind, Input: "INPUT", Limit: 12345, Detail: "DETAIL"}
				if !w.Has(summary.ValueKey(ve)) {
					t.Errorf("%s: no message for %s", lang, summary.ValueKey(ve))
					continue
				}
				got := reason(w, ve)
				if kind != questionnaire.ValueEmpty && !strings.Contains(got, "INPUT") {
					t.Errorf("%s %s: %q does not show the input", lang, summary.ValueKey(ve), got)
				}
				if strings.Contains(got, "%!") {
					t.Errorf("%s %s: bad format: %q", lang, summary.ValueKey(ve), got)
				}
				if lang == l10n.SV && got == ve.Error() {
					t.Errorf("sv %s: shows the English %q", summary.ValueKey(ve), got)
				}
			}
		}
	}
	sv := l10n.For("sv")
	if got := reason(sv, &questionnaire.ValueError{Type: questionnaire.Number, Kind: questionnaire.ValueAboveMax, Input: "200000", Limit: 100000}); got != "200000 är över maximum 100\u00a0000" {
		t.Errorf("the limit is not written in Swedish: %q", got)
	}
}
