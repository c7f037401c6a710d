package yamlsrc

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// Pos is a place in the source file, 1-based.
type Pos struct {
	Line, Col int
}

// Problem is one thing wrong with an input file, at a place when known
// (Line 0 means the whole file).
type Problem struct {
	Pos
	Msg string
	// Format and Args are what Msg was made from, so that an interface
	// can say the problem in another language (see ErrorList.Localize);
	// Format is empty for a problem added with its message only.
	Format string
	Args   []any
}

// ErrorList carries every problem found in one file, sorted by position, so
// that an author fixes them all in one pass instead of one run per typo.
type ErrorList struct {
	Path     string
	Problems []Problem
}

// Error prints one line per problem: "path:line:col: message" ("path:line:"
// without a column, "path:" for the whole file).
func (e *ErrorList) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Line(p))
	}
	return b.String()
}

// Line formats a single problem of this file.
func (e *ErrorList) Line(p Problem) string {
	if p.Pos.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, p.Msg)
	}
	if p.Pos.Col == 0 {
		// a line without a column, such as a CSV record's
		return fmt.Sprintf("%s:%d: %s", e.Path, p.Pos.Line, p.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, p.Pos.Line, p.Pos.Col, p.Msg)
}

// Sort orders the problems by position and drops exact repeats.
func (e *ErrorList) Sort() {
	sort.SliceStable(e.Problems, func(i, j int) bool {
		a, b := e.Problems[i], e.Problems[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
	out := e.Problems[:0]
	for i, p := range e.Problems {
		if i > 0 && p.Pos == e.Problems[i-1].Pos && p.Msg == e.Problems[i-1].Msg {
			continue
		}
		out = append(out, p)
	}
	e.Problems = out
}

// Add records a problem at pos.
func (e *ErrorList) Add(pos Pos, format string, args ...any) {
	e.Problems = append(e.Problems, Problem{Pos: pos, Msg: fmt.Sprintf(format, args...), Format: format, Args: args})
}

// Localize returns a copy of the list whose messages are said by say,
// which gets each problem's format and arguments and returns its text in
// another language; a problem without a format keeps its message. The
// list itself is unchanged, so English stays the error's own text.
func (e *ErrorList) Localize(say func(format string, args []any) string) *ErrorList {
	out := &ErrorList{Path: e.Path, Problems: make([]Problem, len(e.Problems))}
	for i, p := range e.Problems {
		if p.Format != "" {
			p.Msg = say(p.Format, p.Args)
		}
		out.Problems[i] = p
	}
	return out
}

// Err returns the list as an error when it holds any problem, else nil.
func (e *ErrorList) Err() error {
	if len(e.Problems) == 0 {
		return nil
	}
	e.Sort()
	return e
}

// Clip shortens a value quoted in a message to 40 characters, so that one
// problem stays one readable line however long the text it quotes.
func Clip(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		r := []rune(s)
		return string(r[:37]) + "…"
	}
	return s
}

// Message is a problem's text as a format and its arguments, for a
// message that is itself an argument of a problem (a field's error inside
// "sign-off 1: date: …"), so that an interface can say it in another
// language too (ProblemFormat). It prints as its English.
type Message struct {
	Format string
	Args   []any
}

func (m Message) String() string { return fmt.Sprintf(m.Format, m.Args...) }

// ProblemFormat returns the message's format and arguments.
func (m Message) ProblemFormat() (string, []any) { return m.Format, m.Args }

// Reason is an error that is a Message: the reason inside a problem
// ("timezone: <reason>") or a message of the command line, which an
// interface says in its language from the format and arguments
// (ProblemFormat), as it says problems. It prints as its English.
type Reason struct{ Message }

func (r *Reason) Error() string { return r.String() }

// Reasonf is a Reason with a formatted message.
func Reasonf(format string, args ...any) error {
	return &Reason{Message{Format: format, Args: args}}
}
