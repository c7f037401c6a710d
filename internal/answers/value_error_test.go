package answers_test

import (
	"errors"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestNumberErrorKinds checks that a refused number says why as a kind,
// with the bound it passed, so each interface can word it.
func TestNumberErrorKinds(t *testing.T) {
	lo, hi := 1.0, 100.0
	qn := &questionnaire.Question{ID: "n", Type: questionnaire.Number, Min: &lo, Max: &hi}
	for _, tt := range []struct {
		in    string
		kind  questionnaire.ValueKind
		limit float64
	}{
		{"many", questionnaire.ValueSyntax, 0},
		{"1,000", questionnaire.ValueAmbiguous, 0},
		{"0,5", questionnaire.ValueBelowMin, 1},
		{"101", questionnaire.ValueAboveMax, 100},
	} {
		_, err := answers.ParseText(qn, tt.in)
		var ve *questionnaire.ValueError
		if !errors.As(err, &ve) || ve.Kind != tt.kind || ve.Limit != tt.limit || ve.Input != tt.in || ve.Type != questionnaire.Number {
			t.Errorf("%q: got %#v, want kind %s limit %v", tt.in, err, tt.kind, tt.limit)
		}
	}
}
