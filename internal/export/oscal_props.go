package export

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/inert"
)

// p is a property in dutycheck's namespace. Its value is cleaned to what
// the schema allows (one line, no surrounding space).
func p(name, value string) prop { return prop{Name: name, NS: OSCALNamespace, Value: clean(value)} }

// props drops properties without a value: the schema forbids empty ones.
func props(ps ...prop) []prop {
	out := ps[:0:0]
	for _, x := range ps {
		if x.Value != "" {
			out = append(out, x)
		}
	}
	return out
}

func clean(s string) string { return strings.TrimSpace(inert.Line(s)) }

// token makes an identifier an OSCAL token (an XML NCName), which must not
// start with a digit, as a dutycheck id may.
func token(id string) string {
	if r, _ := utf8.DecodeRuneInString(id); id != "" && !unicode.IsLetter(r) && r != '_' {
		return "_" + id
	}
	return id
}

// decimal writes a score rounded to two decimals: properties are read by
// people in GRC tools, and 56.666666666666664 reads as a bug.
func decimal(f float64) string {
	return strconv.FormatFloat(math.Round(f*100)/100, 'f', -1, 64)
}

func timestamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }
