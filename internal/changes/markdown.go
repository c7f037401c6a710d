package changes

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/mdtext"
)

// Markdown writes the report as a pull-request comment, in lang: the
// verdict and a summary table first, then one table of changes per
// subject. Text from the files is escaped so that it shows as written and
// never becomes markup, links or HTML.
func Markdown(r *Report, lang string) []byte {
	w := wordsIn(lang)
	var b bytes.Buffer
	fmt.Fprintf(&b, "### %s\n\n", w.T("ch.md.title", code(r.New.ID), md(r.Old.Version), md(r.New.Version)))
	verdict := w.verdict(r)
	problems := w.problems(r)
	if len(problems) > 0 {
		verdict = "⚠️ " + verdict
	}
	fmt.Fprintf(&b, "%s\n\n", md(verdict))
	if len(r.Changes) == 0 {
		b.WriteString(w.T("ch.none") + "\n")
		return b.Bytes()
	}
	fmt.Fprintf(&b, "| | %s | %s | %s | %s |\n| --- | ---: | ---: | ---: | ---: |\n", w.kind(Added), w.kind(Removed), w.kind(Renamed), w.kind(Changed))
	for _, t := range r.Tallies() {
		fmt.Fprintf(&b, "| %s | %d | %d | %d | %d |\n", w.heading(t.Subject), t.Added, t.Removed, t.Renamed, t.Changed)
	}
	sc := r.ScoringCount()
	fmt.Fprintf(&b, "\n%s\n", w.T("ch.md.summary", w.N("ch.n.change", len(r.Changes)), w.N("ch.n.scoring", sc), len(r.Changes)-sc))
	if len(problems) > 0 {
		fmt.Fprintf(&b, "\n<details><summary>%s</summary>\n\n", w.T("ch.md.why"))
		for _, line := range problems {
			fmt.Fprintf(&b, "- %s\n", md(line))
		}
		b.WriteString("\n</details>\n")
	}
	renamed := r.renames()
	for _, g := range r.groups() {
		fmt.Fprintf(&b, "\n#### %s\n\n| | %s | %s | %s | %s | %s |\n| --- | --- | --- | --- | --- | --- |\n", w.heading(g.subject),
			w.T("ch.md.change"), w.T("ch.md.before"), w.T("ch.md.after"), w.T("ch.md.effect"), w.T("ch.md.needs"))
		for _, it := range g.items {
			c := it.head
			name := code(c.ID)
			if from := renamed[c.ID]; from != "" && c.Kind == Changed {
				name += " " + w.T("ch.was", code(from))
			}
			switch c.Kind {
			case Renamed:
				row(&b, w, code(c.Old), w.kind(Renamed), c, code(c.Old), code(c.New))
			case Added:
				row(&b, w, name, w.kind(Added), c, "", mdValue(c, c.New))
			case Removed:
				row(&b, w, name, w.kind(Removed), c, mdValue(c, c.Old), "")
			}
			for _, f := range it.fields {
				what := f.Field
				if f.verb != "" {
					what += " " + w.kind(f.verb)
				}
				row(&b, w, name, md(what), f, mdValue(f, f.Old), mdValue(f, f.New))
			}
		}
	}
	return b.Bytes()
}

func row(b *bytes.Buffer, w words, name, what string, c Change, before, after string) {
	if n := w.note(c); n != "" {
		what += "<br>_" + md(n) + "_"
	}
	needs := w.level(c.Needs)
	if c.Needs == Major {
		needs = "**" + needs + "**"
	}
	fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", name, what, before, after, w.effect(c), needs)
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
