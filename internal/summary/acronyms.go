package summary

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Acronym is an abbreviation the questionnaire's glossary explains, with
// its long form in the summary's language: "CSEA", "Child sexual
// exploitation and abuse".
type Acronym struct {
	Short, Long string
}

// acronyms are the glossary's terms written in capitals (CSEA, DSA, NCA),
// each with the long form its definition starts with: the definition up
// to its first colon, comma, semicolon or parenthesis, without a leading
// article ("The UK National Crime Agency, to which …" gives "UK National
// Crime Agency").
func acronyms(q *questionnaire.Questionnaire, lang string) []Acronym {
	var out []Acronym
	for _, e := range q.Glossary {
		if !isAcronym(e.Term) {
			continue
		}
		long := e.Definition.In(lang)
		if i := strings.IndexAny(long, ":;,("); i > 0 {
			long = long[:i]
		}
		long = strings.TrimSpace(long)
		for _, art := range []string{"The ", "Det ", "Den "} {
			long = strings.TrimPrefix(long, art)
		}
		if long == "" || strings.Contains(long, e.Term) || len(strings.Fields(long)) > 8 {
			continue
		}
		out = append(out, Acronym{Short: e.Term, Long: long})
	}
	return out
}

func isAcronym(s string) bool {
	if len(s) < 2 {
		return false
	}
	caps := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return caps >= 2
}

// Speller spells out each acronym at its first use in the texts it is
// given, in reading order: "Child sexual exploitation and abuse (CSEA)"
// the first time, "CSEA" after.
type Speller struct {
	list []Acronym
	done map[string]bool
}

// Speller starts spelling out the summary's acronyms afresh.
func (s *Summary) Speller() *Speller {
	return &Speller{list: s.Acronyms, done: map[string]bool{}}
}

// Spell returns text with the first use of each acronym not yet spelled
// out written in full; a nil Speller returns text as it is.
func (sp *Speller) Spell(text string) string {
	if sp == nil {
		return text
	}
	for _, a := range sp.list {
		if sp.done[a.Short] {
			continue
		}
		i := wordIndex(text, a.Short)
		if i < 0 {
			continue
		}
		sp.done[a.Short] = true
		if strings.Contains(strings.ToLower(text), strings.ToLower(a.Long)) {
			continue
		}
		text = text[:i] + midSentence(a.Long, i) + " (" + a.Short + ")" + text[i+len(a.Short):]
	}
	return text
}

// wordIndex is the index of w in s where it stands as a word of its own
// (no letter or digit on either side), or -1.
func wordIndex(s, w string) int {
	for at := 0; at < len(s); {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return -1
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		at = i + len(w)
	}
	return -1
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// midSentence is a long form as written at byte i of a text: with its
// first letter in lower case inside a sentence when no other word of it
// has a capital ("förordningen om digitala tjänster"), as it is where
// names are ("UK National Crime Agency").
func midSentence(long string, i int) string {
	r, n := utf8.DecodeRuneInString(long)
	if i == 0 || !unicode.IsUpper(r) || strings.IndexFunc(long[n:], unicode.IsUpper) >= 0 {
		return long
	}
	return string(unicode.ToLower(r)) + long[n:]
}
