package changes

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/columns"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// Text writes the report for a terminal or a CI log, in lang: the
// version verdict, a summary, then every change under its subject, each
// marked with its effect and the bump it needs.
func Text(r *Report, lang string) []byte {
	w := wordsIn(lang)
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n", w.T("ch.title", inert.Line(r.New.ID), inert.Line(r.Old.Version), inert.Line(r.New.Version)))
	for _, s := range []struct {
		name l10n.Key
		side Side
	}{{"ch.old", r.Old}, {"ch.new", r.New}} {
		if s.side.Source != "" {
			fmt.Fprintf(&b, "  %s: %s (sha256 %s)\n", w.T(s.name), inert.Line(s.side.Source), short(s.side.SHA256))
		}
	}
	b.WriteString(w.verdict(r) + "\n")
	if len(r.Changes) == 0 {
		fmt.Fprintf(&b, "\n%s\n", w.T("ch.none"))
		return b.Bytes()
	}
	fmt.Fprintf(&b, "\n%s\n", w.summaryLine(r))
	renamed := r.renames()
	for _, g := range r.groups() {
		fmt.Fprintf(&b, "\n%s\n", w.heading(g.subject))
		for _, it := range g.items {
			c := it.head
			switch c.Kind {
			case Added:
				fmt.Fprintf(&b, "  + %s %s  [%s]\n", c.ID, value(w, c, c.New), w.marks(c))
			case Removed:
				fmt.Fprintf(&b, "  - %s %s  [%s]\n", c.ID, value(w, c, c.Old), w.marks(c))
			case Renamed:
				fmt.Fprintf(&b, "  > %s → %s  [%s]\n", c.Old, c.New, w.marks(c))
			case Changed:
				name := c.ID
				if from := renamed[c.ID]; from != "" {
					name += " " + w.T("ch.was", from)
				}
				if name != "" {
					fmt.Fprintf(&b, "  ~ %s\n", name)
				}
			}
			if n := w.note(c); n != "" {
				fmt.Fprintf(&b, "      %s\n", inert.Line(n))
			}
			indent := "      "
			if c.ID == "" {
				indent = "  "
			}
			for _, f := range it.fields {
				switch f.verb {
				case Added:
					fmt.Fprintf(&b, "%s%s\n", indent, w.T("ch.field.added", f.Field, value(w, f, f.New), w.marks(f)))
				case Removed:
					fmt.Fprintf(&b, "%s%s\n", indent, w.T("ch.field.removed", f.Field, value(w, f, f.Old), w.marks(f)))
				default:
					fmt.Fprintf(&b, "%s%s: %s → %s  [%s]\n", indent, f.Field, value(w, f, f.Old), value(w, f, f.New), w.marks(f))
				}
				if n := w.note(f); n != "" {
					fmt.Fprintf(&b, "%s  %s\n", indent, inert.Line(n))
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

// value shows one side of a change: "(none)" when absent, a text quoted
// and clipped, anything else as it is; all made inert.
func value(w words, c Change, s string) string {
	if s == "" {
		return w.T("ch.value.none")
	}
	if c.text || c.Kind == Added || c.Kind == Removed {
		return strconv.Quote(clip(s, 100))
	}
	return inert.Line(s)
}

// clip shortens s to n characters with an ellipsis, made inert, with no
// space left before the ellipsis.
func clip(s string, n int) string {
	c := columns.Clip(inert.Line(s), n)
	if body, cut := strings.CutSuffix(c, "…"); cut && c != inert.Line(s) {
		return strings.TrimSpace(body) + "…"
	}
	return c
}

func short(sum string) string {
	if len(sum) > 12 {
		return sum[:12]
	}
	return sum
}
