package answers

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

// thousandsRE matches a number grouped in thousands with commas, such as
// 1,000 or 12,345,678; a single comma otherwise is a decimal comma (0,5).
var thousandsRE = regexp.MustCompile(`^[-+]?[0-9]{1,3}(,[0-9]{3})+$`)

// decimalRE matches a number written in decimal, with a point or a comma
// and an optional exponent. strconv.ParseFloat reads more (Go's hex floats
// such as 0x1.9p5, digit separators such as 5_0, NaN and Infinity), none
// of which a person reviewing an answers file reads as the number it is,
// and all of which the walk-through refuses.
var decimalRE = regexp.MustCompile(`^[-+]?([0-9]+([.,][0-9]*)?|[.,][0-9]+)([eE][-+]?[0-9]+)?$`)

// ParseValue reads a YAML value as an answer to qn, checking that the
// question can have it.
func ParseValue(qn *questionnaire.Question, n *yaml.Node) (Value, error) {
	if qn.Type == questionnaire.Multi {
		if n.Kind != yaml.SequenceNode {
			return Value{}, fmt.Errorf("a multiple-choice answer is a list, e.g. [%s]", optionValues(qn, 2))
		}
		var choices []string
		for _, it := range n.Content {
			item := it
			if item.Kind == yaml.AliasNode && item.Alias != nil {
				item = item.Alias
			}
			if item.Kind != yaml.ScalarNode || item.Tag == "!!null" {
				return Value{}, &ItemError{Node: it, Err: errors.New("list items must be option values")}
			}
			choices = append(choices, item.Value)
		}
		v, bad, err := checkChoices(qn, choices)
		if err != nil && bad >= 0 {
			err = &ItemError{Node: n.Content[bad], Err: err}
		}
		return v, err
	}
	if n.Kind != yaml.ScalarNode {
		switch qn.Type {
		case questionnaire.Single, questionnaire.YesNo:
			return Value{}, fmt.Errorf("this question takes one value, not a list; choose one of %s", optionValues(qn, 0))
		}
		return Value{}, fmt.Errorf("expected a single value, got a %s", map[yaml.Kind]string{yaml.SequenceNode: "list", yaml.MappingNode: "mapping"}[n.Kind])
	}
	return ParseText(qn, n.Value)
}

// ParseDecimal reads a finite number written in decimal, with a point or
// a comma and an optional exponent: how an answers file writes a number,
// and how a command-line threshold such as --fail-under should be read
// (strconv.ParseFloat, behind flag.Float64, also takes 0x1p6, 1_0, NaN
// and Inf). -0 and numbers too small to hold read as 0, without a sign.
func ParseDecimal(s string) (float64, bool) {
	if !decimalRE.MatchString(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", "."), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, false
	}
	if f == 0 {
		f = 0
	}
	return f, true
}

// ParseText reads an answer typed as text (in the walk-through, or a YAML
// scalar): an option value, a number, a duration, a date or free text.
func ParseText(qn *questionnaire.Question, s string) (Value, error) {
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		if _, ok := qn.Option(s); !ok {
			return Value{}, &ChoiceError{Kind: ChoiceUnknown, Choice: s, Known: optionValues(qn, 0)}
		}
		return Value{Set: true, Choice: s}, nil
	case questionnaire.Multi:
		var choices []string
		for _, part := range strings.Split(s, ",") {
			if p := strings.TrimSpace(part); p != "" {
				choices = append(choices, p)
			}
		}
		return CheckChoices(qn, choices)
	case questionnaire.Number:
		t := strings.TrimSpace(s)
		bad := func(kind questionnaire.ValueKind, limit float64) (Value, error) {
			return Value{}, &questionnaire.ValueError{Type: questionnaire.Number, Kind: kind, Input: t, Limit: limit}
		}
		if thousandsRE.MatchString(t) {
			// "1,000" reads as a thousand in English and as one in
			// Swedish; guessing either could misstate a count by 1000×.
			return bad(questionnaire.ValueAmbiguous, 0)
		}
		f, ok := ParseDecimal(t)
		if !ok {
			return bad(questionnaire.ValueSyntax, 0)
		}
		if qn.Min != nil && f < *qn.Min {
			return bad(questionnaire.ValueBelowMin, *qn.Min)
		}
		if qn.Max != nil && f > *qn.Max {
			return bad(questionnaire.ValueAboveMax, *qn.Max)
		}
		return Value{Set: true, Number: f}, nil
	case questionnaire.Duration:
		return parseDuration(s)
	case questionnaire.Date:
		d, err := questionnaire.ParseDate(strings.TrimSpace(s))
		if err != nil {
			return Value{}, err
		}
		return Value{Set: true, Date: d}, nil
	}
	if !utf8.ValidString(s) {
		return Value{}, errors.New("the text is not valid UTF-8")
	}
	return Value{Set: true, Text: s}, nil
}

// CheckChoices checks a multi answer: known values, none twice, and an
// exclusive option ("none of these") alone.
func CheckChoices(qn *questionnaire.Question, choices []string) (Value, error) {
	v, _, err := checkChoices(qn, choices)
	return v, err
}

// checkChoices is CheckChoices that also gives the index of the choice at
// fault, so that a file's error points at that item.
func checkChoices(qn *questionnaire.Question, choices []string) (Value, int, error) {
	seen := map[string]bool{}
	for i, c := range choices {
		o, ok := qn.Option(c)
		switch {
		case !ok:
			return Value{}, i, &ChoiceError{Kind: ChoiceUnknown, Choice: c, Known: optionValues(qn, 0), Multi: true}
		case seen[c]:
			return Value{}, i, &ChoiceError{Kind: ChoiceTwice, Choice: c, Multi: true}
		case o.Exclusive && len(choices) > 1:
			return Value{}, i, &ChoiceError{Kind: ChoiceExclusive, Choice: c, Multi: true}
		}
		seen[c] = true
	}
	if choices == nil {
		choices = []string{}
	}
	return Value{Set: true, Choices: choices}, -1, nil
}

// ItemError is a problem with one item of a list answer; Node is where
// the item is written.
type ItemError struct {
	Node *yaml.Node
	Err  error
}

func (e *ItemError) Error() string { return e.Err.Error() }
func (e *ItemError) Unwrap() error { return e.Err }

// FormatNumber writes a number as briefly as it is exact: 42, 0.5, 99.9.
func FormatNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// Format writes the value as the answers file stores it (and as a person
// types it): an option value, "a, b", a number, a duration in the units
// it was given in (else canonical), a date or the text.
func (v Value) Format(t questionnaire.Type) string {
	if !v.Set {
		return ""
	}
	switch t {
	case questionnaire.YesNo, questionnaire.Single:
		return v.Choice
	case questionnaire.Multi:
		return strings.Join(v.Choices, ", ")
	case questionnaire.Number:
		return FormatNumber(v.Number)
	case questionnaire.Duration:
		if v.DurationText != "" {
			if d, err := questionnaire.ParseDuration(v.DurationText); err == nil && d == v.Duration {
				return v.DurationText
			}
		}
		return questionnaire.FormatDuration(v.Duration)
	case questionnaire.Date:
		return v.Date.Format(questionnaire.DateLayout)
	}
	return v.Text
}

func optionValues(qn *questionnaire.Question, limit int) string {
	var vals []string
	for i, o := range qn.Options {
		if limit > 0 && i == limit {
			break
		}
		vals = append(vals, o.Value)
	}
	return strings.Join(vals, ", ")
}
