package answers

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// ParseInput reads an answer as a person types it in the walk-through or
// the accessible prompts, in their language, and returns the value as the
// answers file keeps it. It takes more than ParseText, which reads the
// file's own forms:
//
//   - numbers grouped as the language groups them: 1,800,000 in English,
//     1 234 567 and 45 000 in Swedish (a space, a non-breaking or a thin
//     space), with the language's decimal mark (1.5; 1,5);
//   - a scale word: 1.8M, 2k, 3 million; 1,8 milj, 45 tusen;
//   - a percent sign where the question's unit is %: 85%;
//   - durations as ParseText reads them: with a decimal comma, spaces and
//     words in either language (1,5h, 2 days, 2 dagar, 4 tim, 30 sek, 1 år).
//
// A refused value is a *questionnaire.ValueError whose Input is what was
// typed. Other types read as ParseText reads them.
func ParseInput(qn *questionnaire.Question, s, lang string) (Value, error) {
	typed := strings.TrimSpace(s)
	text := s
	if qn.Type == questionnaire.Number {
		canon, err := readNumber(typed, lang, qn.Unit.String() == "%")
		if err != nil {
			return Value{}, err
		}
		text = canon
	}
	// Durations in words and with a decimal comma (1,5 tim, 2 days)
	// ParseText reads as a file may write them (NormalizeDuration).
	v, err := ParseText(qn, text)
	var ve *questionnaire.ValueError
	if errors.As(err, &ve) {
		ve.Input = typed
	}
	return v, err
}

// ParseInput is the function ParseInput with the file's own checks, as
// File.ParseText is ParseText with them: a date answer later than the
// assessment date is refused (a *DateAfterError).
func (f *File) ParseInput(qn *questionnaire.Question, s, lang string) (Value, error) {
	v, err := ParseInput(qn, s, lang)
	if err == nil && qn.Type == questionnaire.Date && f.DateSet {
		err = CheckDateAnswer(v.Date, f.Date)
	}
	if err != nil {
		return Value{}, err
	}
	return v, nil
}

// scales are the words and letters that multiply a typed number, in both
// languages (a Swede may well type 1.8M). Lower case; "m" is a million
// only in numbers, never in durations.
var scales = map[string]string{
	"k": "e3", "thousand": "e3", "tusen": "e3", "tn": "e3",
	"m": "e6", "mn": "e6", "mio": "e6", "million": "e6", "millions": "e6",
	"milj": "e6", "miljon": "e6", "miljoner": "e6",
	"b": "e9", "bn": "e9", "billion": "e9", "billions": "e9",
	"md": "e9", "mdr": "e9", "miljard": "e9", "miljarder": "e9",
}

// isSpace reports whether r separates groups of digits: a space, a
// non-breaking space or a thin or narrow no-break space.
func isSpace(r rune) bool { return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f' }

// readNumber turns a number as typed in lang into the form ParseText
// reads ("1800000", "1.5", "-3").
func readNumber(s, lang string, percent bool) (string, error) {
	bad := func(kind questionnaire.ValueKind) (string, error) {
		return "", &questionnaire.ValueError{Type: questionnaire.Number, Kind: kind, Input: s}
	}
	t := s
	if percent {
		t = strings.TrimRightFunc(strings.TrimSuffix(t, "%"), isSpace)
	}
	// A scale word or letter at the end: 1.8M, 3 million.
	exp := ""
	if i := strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }); i < len(t)-1 {
		word := strings.ToLower(t[i+1:])
		e, ok := scales[word]
		if !ok {
			return bad(questionnaire.ValueSyntax)
		}
		exp, t = e, strings.TrimRightFunc(t[:i+1], isSpace)
	}
	sign := ""
	switch {
	case strings.HasPrefix(t, "-"), strings.HasPrefix(t, "+"):
		sign, t = t[:1], t[1:]
	case strings.HasPrefix(t, "\u2212"):
		sign, t = "-", t[len("\u2212"):]
	}
	if sign == "+" {
		sign = ""
	}
	body, kind := ungroup(t, lang)
	if kind != "" {
		return bad(kind)
	}
	f, err := strconv.ParseFloat(sign+body+exp, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return bad(questionnaire.ValueSyntax)
	}
	return strconv.FormatFloat(f, 'f', -1, 64), nil
}

// ungroup reads the digits of a number typed in lang and returns them with
// a decimal point and no grouping: "1,234.5" (en) and "1 234,5" (sv) are
// both "1234.5". Groups must be whole: 12,34 is no grouped number. The
// kind is empty when the number reads.
func ungroup(t, lang string) (string, questionnaire.ValueKind) {
	const syntax, ambiguous = questionnaire.ValueSyntax, questionnaire.ValueAmbiguous
	if strings.IndexFunc(t, isSpace) >= 0 {
		// Spaces group in every language: 1 234 567, 45 000, 1 234,5.
		parts := strings.FieldsFunc(t, isSpace)
		last := len(parts) - 1
		lastInt, frac, hasFrac := strings.Cut(strings.Replace(parts[last], ",", ".", 1), ".")
		if strings.Count(t, " ")+strings.Count(t, "\u00a0")+strings.Count(t, "\u2009")+strings.Count(t, "\u202f") != last {
			return "", syntax // two spaces in a row, or one at an end
		}
		for i, p := range parts {
			if i == last {
				p = lastInt
			}
			if !allDigits(p) || i > 0 && len(p) != 3 || i == 0 && len(p) > 3 {
				return "", syntax
			}
		}
		t = strings.Join(parts[:last], "") + lastInt
		if hasFrac {
			t += "." + frac
		}
	}
	commas, dots := strings.Count(t, ","), strings.Count(t, ".")
	switch {
	case commas == 0 && dots <= 1:
		// 1234 or 1234.5: a point is a decimal point everywhere.
	case lang == "en" && dots <= 1:
		intPart, _, _ := strings.Cut(t, ".")
		switch {
		case threeGroups(intPart, ',') > 0:
			t = strings.ReplaceAll(t, ",", "") // 1,800,000 and 1,234.5
		case commas == 1 && dots == 0:
			t = strings.Replace(t, ",", ".", 1) // 0,5: a decimal comma, as files allow
		default:
			return "", syntax
		}
	case lang == "en":
		return "", syntax
	case commas == 1 && dots == 0 && threeGroups(t, ',') == 1:
		return "", ambiguous // 1,000: a thousand in English, one in Swedish
	case commas == 1 && dots == 0:
		t = strings.Replace(t, ",", ".", 1) // 1,5
	case dots == 0 && threeGroups(t, ',') >= 2:
		t = strings.ReplaceAll(t, ",", "") // 1,800,000 cannot be a decimal
	case commas == 0 && threeGroups(t, '.') >= 2:
		t = strings.ReplaceAll(t, ".", "") // 1.800.000 neither
	case commas == 1:
		intPart, frac, _ := strings.Cut(t, ",")
		if threeGroups(intPart, '.') == 0 {
			return "", syntax
		}
		t = strings.ReplaceAll(intPart, ".", "") + "." + frac // 1.234,5
	default:
		return "", syntax
	}
	intPart, frac, hasFrac := strings.Cut(t, ".")
	if intPart != "" && !allDigits(intPart) || hasFrac && !allDigits(frac) || intPart == "" && !hasFrac {
		return "", syntax
	}
	return t, ""
}

// threeGroups counts the marks in an integer when they group its digits
// in threes (1,234,567 has 2), and is 0 when they do not.
func threeGroups(intPart string, mark byte) int {
	parts := strings.Split(intPart, string(mark))
	if len(parts) < 2 || len(parts[0]) > 3 || !allDigits(parts[0]) {
		return 0
	}
	for _, p := range parts[1:] {
		if len(p) != 3 || !allDigits(p) {
			return 0
		}
	}
	return len(parts) - 1
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
