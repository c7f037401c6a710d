package changes

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Text writes the report for a terminal or a CI log: the version verdict,
// a summary, then every change under its subject, each marked with its
// effect and the bump it needs.
func Text(r *Report) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "Changes in %s from %s to %s\n", inert(r.New.ID), inert(r.Old.Version), inert(r.New.Version))
	for _, s := range []struct {
		name string
		side Side
	}{{"old", r.Old}, {"new", r.New}} {
		if s.side.Source != "" {
			fmt.Fprintf(&b, "  %s: %s (sha256 %s)\n", s.name, inert(s.side.Source), short(s.side.SHA256))
		}
	}
	b.WriteString(r.Verdict() + "\n")
	if len(r.Changes) == 0 {
		b.WriteString("\nNo changes.\n")
		return b.Bytes()
	}
	fmt.Fprintf(&b, "\n%s\n", r.summaryLine())
	renamed := r.renames()
	for _, g := range r.groups() {
		fmt.Fprintf(&b, "\n%s\n", g.heading)
		for _, it := range g.items {
			c := it.head
			switch c.Kind {
			case Added:
				fmt.Fprintf(&b, "  + %s %s  [%s]\n", c.ID, value(c, c.New), marks(c))
			case Removed:
				fmt.Fprintf(&b, "  - %s %s  [%s]\n", c.ID, value(c, c.Old), marks(c))
			case Renamed:
				fmt.Fprintf(&b, "  > %s → %s  [%s]\n", c.Old, c.New, marks(c))
			case Changed:
				name := c.ID
				if from := renamed[c.ID]; from != "" {
					name += " (was " + from + ")"
				}
				if name != "" {
					fmt.Fprintf(&b, "  ~ %s\n", name)
				}
			}
			if c.Note != "" {
				fmt.Fprintf(&b, "      %s\n", inert(c.Note))
			}
			indent := "      "
			if c.ID == "" {
				indent = "  "
			}
			for _, f := range it.fields {
				switch f.verb {
				case Added:
					fmt.Fprintf(&b, "%s%s added: %s  [%s]\n", indent, f.Field, value(f, f.New), marks(f))
				case Removed:
					fmt.Fprintf(&b, "%s%s removed: %s  [%s]\n", indent, f.Field, value(f, f.Old), marks(f))
				default:
					fmt.Fprintf(&b, "%s%s: %s → %s  [%s]\n", indent, f.Field, value(f, f.Old), value(f, f.New), marks(f))
				}
				if f.Note != "" {
					fmt.Fprintf(&b, "%s  %s\n", indent, inert(f.Note))
				}
			}
		}
	}
	return b.Bytes()
}

// renames maps each renamed question's new id to its old one.
func (r *Report) renames() map[string]string {
	m := map[string]string{}
	for _, c := range r.Changes {
		if c.Kind == Renamed {
			m[c.New] = c.Old
		}
	}
	return m
}

// summaryLine counts the changes per subject and by effect: "Questions: 1
// added, 2 changed. Sections: 1 changed. 5 changes: 3 change scoring, 2
// wording only."
func (r *Report) summaryLine() string {
	var parts []string
	for _, t := range r.Tallies() {
		var n []string
		for _, k := range []struct {
			n    int
			word string
		}{{t.Added, "added"}, {t.Removed, "removed"}, {t.Renamed, "renamed"}, {t.Changed, "changed"}} {
			if k.n > 0 {
				n = append(n, fmt.Sprintf("%d %s", k.n, k.word))
			}
		}
		parts = append(parts, fmt.Sprintf("%s: %s.", headingOf(t.Subject), strings.Join(n, ", ")))
	}
	sc := r.ScoringCount()
	parts = append(parts, fmt.Sprintf("%s: %d %s scoring, %d wording only.",
		plural(len(r.Changes), "change"), sc, pick(sc == 1, "changes", "change"), len(r.Changes)-sc))
	return strings.Join(parts, " ")
}

func headingOf(subject string) string {
	for _, s := range subjects {
		if s.id == subject {
			return s.heading
		}
	}
	return subject
}

func marks(c Change) string { return c.Effect() + " · needs " + c.Needs.String() }

// value shows one side of a change: "(none)" when absent, a text quoted
// and clipped, anything else as it is; all made inert.
func value(c Change, s string) string {
	if s == "" {
		return "(none)"
	}
	if c.text || c.Kind == Added || c.Kind == Removed {
		return strconv.Quote(clip(s, 100))
	}
	return inert(s)
}

func inert(s string) string { return questionnaire.Inert(s, false) }

// clip shortens s to n characters with an ellipsis, made inert.
func clip(s string, n int) string {
	s = inert(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func pick(cond bool, a, b string) string {
	if cond {
		return a
	}
	return b
}
