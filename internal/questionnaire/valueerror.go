package questionnaire

import (
	"fmt"
	"strconv"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// ValueKind says what is wrong with a value typed as a number, a duration
// or a date. It plays the part of strconv.NumError's Err: callers branch
// on it, and each interface words it in its own language from the kind,
// the input and the limit, never from the English of Error.
type ValueKind string

// The kinds of ValueError.
const (
	// ValueEmpty: nothing was typed.
	ValueEmpty ValueKind = "empty"
	// ValueSyntax: not a number, duration or date at all.
	ValueSyntax ValueKind = "syntax"
	// ValueAmbiguous: a number such as 1,000 that reads as a thousand in
	// one language and as one in another.
	ValueAmbiguous ValueKind = "ambiguous"
	// ValueBelowMin and ValueAboveMax: a number outside the question's
	// range; Limit is the bound passed.
	ValueBelowMin ValueKind = "below-min"
	ValueAboveMax ValueKind = "above-max"
	// ValueUnknownUnit: a duration with a unit dutycheck does not know;
	// Detail is the unit.
	ValueUnknownUnit ValueKind = "unknown-unit"
	// ValueRepeatedUnit: a duration that gives a unit twice (1h1h);
	// Detail is the unit.
	ValueRepeatedUnit ValueKind = "repeated-unit"
	// ValueTooLong: a duration past the longest dutycheck keeps (100
	// years).
	ValueTooLong ValueKind = "too-long"
	// ValueFraction: a duration finer than its smallest unit (0.5s).
	ValueFraction ValueKind = "fraction"
	// ValueSpelled: a duration written in words that dutycheck can
	// suggest a form for; Detail is that form ("2d" for "2 days").
	ValueSpelled ValueKind = "spelled"
)

// ValueKinds lists every kind, for tests that check each is worded in
// every language.
var ValueKinds = []ValueKind{ValueEmpty, ValueSyntax, ValueAmbiguous, ValueBelowMin, ValueAboveMax,
	ValueUnknownUnit, ValueRepeatedUnit, ValueTooLong, ValueFraction, ValueSpelled}

// ValueError is a value that cannot be read as an answer to a question of
// type Type (Number, Duration or Date), modelled on strconv.NumError.
type ValueError struct {
	Type  Type
	Kind  ValueKind
	Input string
	// Limit is the bound that was passed (ValueBelowMin, ValueAboveMax).
	Limit float64
	// Detail is the unit at fault or the form to try instead.
	Detail string
}

// Error words the problem in English, for files and logs; interfaces that
// speak other languages word it from the fields.
func (e *ValueError) Error() string {
	in := yamlsrc.Clip(e.Input)
	switch e.Type {
	case Number:
		switch e.Kind {
		case ValueAmbiguous:
			return fmt.Sprintf("%q is ambiguous: write 1000 for a thousand, or 1.0 for a decimal", in)
		case ValueBelowMin:
			return fmt.Sprintf("%s is below the minimum %s", in, formatNumber(e.Limit))
		case ValueAboveMax:
			return fmt.Sprintf("%s is above the maximum %s", in, formatNumber(e.Limit))
		}
		return fmt.Sprintf("%q is not a number", in)
	case Duration:
		switch e.Kind {
		case ValueEmpty:
			return "empty duration: " + ErrDurationSyntax.Error()
		case ValueAmbiguous:
			return fmt.Sprintf("%q is ambiguous: write 1000 for a thousand, or 1.5 for a decimal", in)
		case ValueSpelled:
			return fmt.Sprintf("%q is not a duration: try %s", in, e.Detail)
		case ValueUnknownUnit:
			return fmt.Sprintf("%q is not a duration: unknown unit %q; %v", in, e.Detail, ErrDurationSyntax)
		case ValueRepeatedUnit:
			return fmt.Sprintf("%q is not a duration: unit %q given twice", in, e.Detail)
		case ValueTooLong:
			return fmt.Sprintf("%q is too long: at most 100 years", in)
		case ValueFraction:
			return fmt.Sprintf("%q is not a whole number of %s", in, durationGrain)
		}
		return fmt.Sprintf("%q is not a duration: %v", in, ErrDurationSyntax)
	case Date:
		return fmt.Sprintf("%q is not a date: write YYYY-MM-DD, e.g. 2026-03-01", in)
	}
	return fmt.Sprintf("%q is not a valid %s", in, e.Type)
}

// Unwrap lets errors.Is(err, ErrDurationSyntax) find a duration's syntax
// errors, whose English ends with the accepted form.
func (e *ValueError) Unwrap() error {
	if e.Type == Duration && (e.Kind == ValueSyntax || e.Kind == ValueEmpty || e.Kind == ValueUnknownUnit) {
		return ErrDurationSyntax
	}
	return nil
}

func formatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
