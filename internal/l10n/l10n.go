// Package l10n is dutycheck's one message catalogue: every word the
// program itself says, in each language it speaks, with the plural rules
// and the ways of writing numbers, percentages, dates and durations that
// go with each language. The walk-through, the PDF report, the text output
// of the commands and the Markdown export all print through a Printer, so
// that Swedish output has no English in it, a new message cannot be
// added to one language and forgotten in another, and a message nothing
// says any more cannot stay behind (see catalog_test.go).
//
// The design follows golang.org/x/text/message, lighter: messages are
// fmt formats looked up by key, and a Printer for one language formats
// them, with integer arguments grouped by the language's rules. The texts
// of a questionnaire are not here: they come with the questionnaire.
package l10n

import (
	"fmt"
	"slices"

	"github.com/dutycheck/dutycheck/internal/columns"
)

// Lang is a language code as questionnaires write it: "en", "sv".
type Lang string

// The languages the catalogue speaks. English is the fallback for any
// other language a questionnaire may have.
const (
	EN Lang = "en"
	SV Lang = "sv"
)

// Key names a message. Keys are grouped by who says them: "acc." the
// accessible prompts, "pdf." the report, "diff." the diff command, and so
// on; see the catalogue files.
type Key string

// catalog is one language's messages. text holds plain messages; count
// holds counted phrases, one form per plural category.
type catalog struct {
	lang   Lang
	plural func(n int) Form
	num    numberStyle
	text   map[Key]string
	count  map[Key]Forms
	// months are the month names for long dates; units the words of
	// durations written for reading.
	months [12]string
	units  map[Unit]Forms
}

var catalogs = map[Lang]*catalog{EN: &english, SV: &swedish}

// Langs returns the languages the catalogue speaks, in a fixed order.
func Langs() []Lang { return []Lang{EN, SV} }

// Speaks reports whether the catalogue has its own words in lang.
func Speaks(lang string) bool { _, ok := catalogs[Lang(lang)]; return ok }

// Printer writes messages and values in one language. The zero value is
// not usable; get one from For.
type Printer struct {
	c *catalog
}

// For returns the Printer of lang, or of English when the catalogue does
// not speak lang (a questionnaire may be in a language it lacks; then the
// program's own words are English around the questionnaire's).
func For(lang string) *Printer {
	if c, ok := catalogs[Lang(lang)]; ok {
		return &Printer{c}
	}
	return &Printer{catalogs[EN]}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.c.lang }

// T returns the message for key, formatted with args when there are any.
// Integer arguments are written by the language's rules, so %d gives
// "12 345" in Swedish. A key that is missing (the catalogue test makes
// that impossible for keys written in the code) shows as itself, never as
// an empty string.
func (p *Printer) T(key Key, args ...any) string {
	s, ok := p.c.text[key]
	if !ok {
		s, ok = catalogs[EN].text[key]
	}
	if !ok {
		return string(key)
	}
	return p.sprintf(s, args)
}

// N is a counted phrase: "1 question", "3 questions"; "1 fråga",
// "3 frågor". The count is the first argument of the form; args follow it.
func (p *Printer) N(key Key, n int, args ...any) string {
	f, ok := p.c.count[key]
	if !ok {
		f, ok = catalogs[EN].count[key]
	}
	if !ok {
		return string(key)
	}
	return p.sprintf(f.pick(p.c.plural(n)), append([]any{n}, args...))
}

// Has reports whether key is a plain message of the catalogue, for
// callers that build keys from values (the kinds of a ValueError).
func (p *Printer) Has(key Key) bool { _, ok := p.c.text[key]; return ok }

func (p *Printer) sprintf(format string, args []any) string {
	if len(args) == 0 {
		return format
	}
	args = slices.Clone(args)
	for i, a := range args {
		switch v := a.(type) {
		case int:
			args[i] = grouped{p, int64(v)}
		case int64:
			args[i] = grouped{p, v}
		}
	}
	return fmt.Sprintf(format, args...)
}

// grouped formats an integer argument with the printer's digit grouping
// for the verbs %d and %v, keeping any width ("%5d").
type grouped struct {
	p *Printer
	n int64
}

func (g grouped) Format(s fmt.State, verb rune) {
	var out string
	switch verb {
	case 'd', 'v':
		out = g.p.Int(g.n)
	default:
		out = fmt.Sprintf(fmt.FormatString(s, verb), g.n)
		_, _ = fmt.Fprint(s, out)
		return
	}
	if w, ok := s.Width(); ok {
		if s.Flag('-') {
			out = columns.Pad(out, w)
		} else {
			out = columns.PadLeft(out, w)
		}
	}
	_, _ = fmt.Fprint(s, out)
}
