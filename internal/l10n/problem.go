package l10n

import (
	"fmt"
	"sort"
	"strings"
)

// Problem says one problem found in a file (yamlsrc.Problem's format and
// arguments) in lang. The problem catalogues are keyed by the English
// format itself, which is also the English text: the readers of the
// answers file, the measure map, the signoffs file and the YAML they share
// add problems with literal formats, and a test checks that each has an
// entry here and each entry is still used. A format without an entry, and
// any language without a problem catalogue, is said in English.
//
// Arguments of a %s verb that are the program's own words for where the
// problem is ("answer to "q1"", "the signoffs file") or for the kind of
// YAML node found ("a list") are translated too; anything quoted from the
// file (a %q verb) and field names stay as they are.
func Problem(lang Lang, format string, args []any) string {
	table, ok := problemCatalogs[lang]
	if !ok {
		return fmt.Sprintf(format, args...)
	}
	text, ok := table.formats[format]
	if !ok {
		text = format
	}
	verbs := Verbs(format)
	out := make([]any, len(args))
	for i, a := range args {
		out[i] = a
		switch a := a.(type) {
		case string:
			if i < len(verbs) && verbs[i] == 's' {
				out[i] = table.phrase(a)
			}
		case problemFormatter:
			// a message inside the problem: said in lang too
			f, args := a.ProblemFormat()
			out[i] = Problem(lang, f, args)
		}
	}
	return fmt.Sprintf(text, out...)
}

// problemFormatter is an argument that is itself a problem's message
// (yamlsrc.Message).
type problemFormatter interface {
	ProblemFormat() (format string, args []any)
}

// problemCatalog is one language's problems: formats by their English
// format, and the program's own phrases that problems quote.
type problemCatalog struct {
	formats map[string]string
	// phrases are whole arguments ("a list"); prefixes begin one and are
	// followed by what the file names (`answer to "q1" note`).
	phrases, prefixes map[string]string
	// places are the words of a questionnaire's places, which nest
	// (`question 2 of section "s" option 1`): an argument whose first
	// word is one of them has each of them translated, outside quotes.
	places map[string]string
}

var problemCatalogs = map[Lang]*problemCatalog{
	SV: {
		formats:  joinProblems(swedishProblems, swedishQuestionnaireProblems, swedishMeasureProblems, swedishSignoffReasons, swedishKeyReasons),
		phrases:  joinProblems(swedishProblemPhrases, swedishMeasurePhrases),
		prefixes: swedishProblemPrefixes,
		places:   swedishProblemPlaces,
	},
}

// joinProblems joins a language's tables of problems; a format in two of
// them is a bug that panics when the program starts, and so fails every
// test.
func joinProblems(tables ...map[string]string) map[string]string {
	out := map[string]string{}
	for _, t := range tables {
		for k, v := range t {
			if _, dup := out[k]; dup {
				panic(fmt.Sprintf("l10n: problem %q defined twice", k))
			}
			out[k] = v
		}
	}
	return out
}

// phrase translates one of the program's phrases, or returns s unchanged.
func (c *problemCatalog) phrase(s string) string {
	if t, ok := c.phrases[s]; ok {
		return t
	}
	// the longest prefix first: "answer to " before "answer "
	keys := make([]string, 0, len(c.prefixes))
	for k := range c.prefixes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, k := range keys {
		if rest, ok := strings.CutPrefix(s, k); ok {
			return c.prefixes[k] + rest
		}
	}
	first, _, _ := strings.Cut(s, " ")
	if _, ok := c.places[first]; ok && first != "of" {
		return c.place(s)
	}
	return s
}

// place translates the words of a place outside its quoted ids, a pair
// of words ("rating band") before each word alone.
func (c *problemCatalog) place(s string) string {
	// tokens alternate: unquoted words and spaces, then a quoted id
	var toks []string
	for s != "" {
		if s[0] == '"' {
			end := 1
			for end < len(s) && (s[end] != '"' || s[end-1] == '\\') {
				end++
			}
			end = min(end+1, len(s))
			toks, s = append(toks, s[:end]), s[end:]
			continue
		}
		end := strings.IndexAny(s, " \"")
		switch {
		case end < 0:
			end = len(s)
		case end == 0:
			end = 1 // a space
		}
		toks, s = append(toks, s[:end]), s[end:]
	}
	var b strings.Builder
	for i := 0; i < len(toks); i++ {
		if i+2 < len(toks) && toks[i+1] == " " {
			if t, ok := c.places[toks[i]+" "+toks[i+2]]; ok {
				b.WriteString(t)
				i += 2
				continue
			}
		}
		if t, ok := c.places[toks[i]]; ok {
			b.WriteString(t)
			continue
		}
		b.WriteString(toks[i])
	}
	return b.String()
}

// ProblemFormats returns the English formats lang has a problem entry
// for, sorted, and the entries themselves, for tests.
func ProblemFormats(lang Lang) map[string]string {
	if c, ok := problemCatalogs[lang]; ok {
		return c.formats
	}
	return nil
}

// Verbs returns the verb letters of a fmt format in the order they take
// their arguments ("%s: %q is %d" gives "sqd"), with %% skipped; an
// explicit index (%[2]s) places its verb at that argument.
func Verbs(format string) string {
	var got []byte
	next := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		arg := next
		for i < len(format) && strings.IndexByte("+-# 0123456789.[]", format[i]) >= 0 {
			if format[i] == '[' {
				j := strings.IndexByte(format[i:], ']')
				if j < 0 {
					break
				}
				n := 0
				fmt.Sscanf(format[i+1:i+j], "%d", &n)
				arg = n - 1
				i += j
			}
			i++
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		for len(got) <= arg {
			got = append(got, 0)
		}
		got[arg] = format[i]
		next = arg + 1
	}
	return string(got)
}
