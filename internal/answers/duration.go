package answers

import (
	"strings"
	"unicode"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// unitWords maps the ways people write a duration's units, in English and
// Swedish, to the unit letters of questionnaires/README.md. A single letter maps to
// itself only in lower case: "M" could be a month.
var unitWords = map[string]byte{}

func init() {
	for unit, words := range map[byte]string{
		's': "s sec secs second seconds sek sekund sekunder",
		'm': "m min mins minute minutes minut minuter",
		'h': "h hr hrs hour hours t tim timme timmar",
		'd': "d day days dag dagar dygn",
		'w': "w wk wks week weeks v vecka veckor",
		'y': "y yr yrs year years år",
	} {
		for _, w := range strings.Fields(words) {
			unitWords[w] = unit
		}
	}
}

// NormalizeDuration rewrites a duration as a person typed it into the form
// the answers file keeps (docs/answers-format.md): the units they chose, as
// unit letters, without spaces, with a decimal point and without needless
// zeros. "24h" stays "24h"; "1,5 h" and "1,5 tim" become "1.5h"; "1 h 30
// min" becomes "1h30m". ok is false when s is not a number and unit
// sequence at all; the caller then lets ParseDuration say what is wrong.
// A number grouped in thousands ("1,000h") is refused as ambiguous, as
// for number answers.
func NormalizeDuration(s string) (norm string, ok bool, err error) {
	s = strings.TrimSpace(s)
	if s == "0" {
		// zero needs no unit, but a bare 0 would read back as a number
		return "0m", true, nil
	}
	var b strings.Builder
	rest := []rune(s)
	parts := 0
	for len(rest) > 0 {
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.' || rest[i] == ',') {
			i++
		}
		num := string(rest[:i])
		if !strings.ContainsAny(num, "0123456789") || strings.Count(num, ".")+strings.Count(num, ",") > 1 {
			if thousandsRE.MatchString(num) {
				return "", false, &questionnaire.ValueError{Type: questionnaire.Duration, Kind: questionnaire.ValueAmbiguous, Input: s}
			}
			return "", false, nil
		}
		if thousandsRE.MatchString(num) {
			return "", false, &questionnaire.ValueError{Type: questionnaire.Duration, Kind: questionnaire.ValueAmbiguous, Input: s}
		}
		rest = trimSpace(rest[i:])
		j := 0
		for j < len(rest) && unicode.IsLetter(rest[j]) {
			j++
		}
		word := string(rest[:j])
		if len([]rune(word)) > 1 {
			word = strings.ToLower(word)
		}
		unit, known := unitWords[word]
		if j == 0 || !known {
			return "", false, nil
		}
		b.WriteString(normalNumber(num))
		b.WriteByte(unit)
		parts++
		rest = trimSpace(rest[j:])
	}
	if parts == 0 {
		return "", false, nil
	}
	return b.String(), true, nil
}

func trimSpace(r []rune) []rune {
	for len(r) > 0 && unicode.IsSpace(r[0]) {
		r = r[1:]
	}
	return r
}

// normalNumber writes a decimal number of digits with at most one '.' or
// ',' without changing its value: a decimal point, no leading zeros but
// one before the point, no trailing zeros after it. It works on the text,
// not a float, so the value written is exactly the value typed.
func normalNumber(s string) string {
	s = strings.Replace(s, ",", ".", 1)
	whole, frac, _ := strings.Cut(s, ".")
	whole = strings.TrimLeft(whole, "0")
	if whole == "" {
		whole = "0"
	}
	frac = strings.TrimRight(frac, "0")
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// parseDuration reads a duration answer, keeping its normal form.
func parseDuration(s string) (Value, error) {
	norm, ok, err := NormalizeDuration(s)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		norm = strings.TrimSpace(s)
	}
	d, err := questionnaire.ParseDuration(norm)
	if err != nil {
		return Value{}, err
	}
	return Value{Set: true, Duration: d, DurationText: norm}, nil
}
