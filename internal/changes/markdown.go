package changes

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/mdtext"
)

// Markdown writes the report as a pull-request comment: the verdict and a
// summary table first, then one table of changes per subject. Text from
// the files is escaped so that it shows as written and never becomes
// markup, links or HTML.
func Markdown(r *Report) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "### Questionnaire changes: %s %s → %s\n\n", code(r.New.ID), md(r.Old.Version), md(r.New.Version))
	verdict := r.Verdict()
	if len(r.Problems()) > 0 {
		verdict = "⚠️ " + verdict
	}
	fmt.Fprintf(&b, "%s\n\n", md(verdict))
	if len(r.Changes) == 0 {
		b.WriteString("No changes.\n")
		return b.Bytes()
	}
	b.WriteString("| | added | removed | renamed | changed |\n| --- | ---: | ---: | ---: | ---: |\n")
	for _, t := range r.Tallies() {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", headingOf(t.Subject), t.Added, t.Removed, t.Renamed, t.Changed)
	}
	sc := r.ScoringCount()
	fmt.Fprintf(&b, "\n%s: **%d %s scoring**, %d wording only.\n", plural(len(r.Changes), "change"), sc, pick(sc == 1, "changes", "change"), len(r.Changes)-sc)
	if p := r.Problems(); len(p) > 0 {
		b.WriteString("\n<details><summary>Why the version bump is too small</summary>\n\n")
		for _, line := range p {
			fmt.Fprintf(&b, "- %s\n", md(line))
		}
		b.WriteString("\n</details>\n")
	}
	renamed := r.renames()
	for _, g := range r.groups() {
		fmt.Fprintf(&b, "\n#### %s\n\n| | change | before | after | effect | needs |\n| --- | --- | --- | --- | --- | --- |\n", g.heading)
		for _, it := range g.items {
			c := it.head
			name := code(c.ID)
			if from := renamed[c.ID]; from != "" && c.Kind == Changed {
				name += " (was " + code(from) + ")"
			}
			switch c.Kind {
			case Renamed:
				row(&b, code(c.Old), "renamed", c, code(c.Old), code(c.New))
			case Added:
				row(&b, name, "added", c, "", mdValue(c, c.New))
			case Removed:
				row(&b, name, "removed", c, mdValue(c, c.Old), "")
			}
			for _, f := range it.fields {
				what := f.Field
				if f.verb != "" {
					what += " " + f.verb
				}
				row(&b, name, md(what), f, mdValue(f, f.Old), mdValue(f, f.New))
			}
		}
	}
	return b.Bytes()
}

func row(b *bytes.Buffer, name, what string, c Change, before, after string) {
	if c.Note != "" {
		what += "<br>_" + md(c.Note) + "_"
	}
	needs := c.Needs.String()
	if c.Needs == Major {
		needs = "**major**"
	}
	fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", name, what, before, after, c.Effect(), needs)
}

func mdValue(c Change, s string) string {
	if s == "" {
		return ""
	}
	if c.text || c.Kind == Added || c.Kind == Removed {
		return md(clip(s, 200))
	}
	return md(s)
}

func md(s string) string {
	return strings.TrimSpace(mdtext.Escape(inert.Line(s)))
}

// code shows an identifier in a code span; identifiers hold no backtick.
func code(s string) string {
	if s == "" || strings.ContainsAny(s, "`|\n\r") {
		return md(s)
	}
	return "`" + inert.Line(s) + "`"
}
