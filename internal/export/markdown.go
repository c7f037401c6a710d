package export

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Markdown writes a summary and tables meant for review in a pull request:
// GitHub-flavoured Markdown, scores with one decimal, every question with
// its answer and note. Text from the files is escaped so that it shows as
// written and never turns into markup, links, images or HTML.
func Markdown(in Input) ([]byte, error) {
	r, lang := in.Result, in.Lang
	q, f := r.Questionnaire, r.Answers
	var b bytes.Buffer
	title := q.Title.In(lang)
	if f.Organization != "" {
		title += " · " + f.Organization
	}
	fmt.Fprintf(&b, "# %s\n\n", mdText(title))
	writeMDFacts(&b, in)
	writeMDSummary(&b, r, lang)
	writeMDSections(&b, r, lang)
	writeMDGaps(&b, r, lang)
	writeMDAnswers(&b, r, lang)
	writeMDOrphans(&b, r)
	return b.Bytes(), nil
}

func writeMDFacts(b *bytes.Buffer, in Input) {
	r := in.Result
	q, f := r.Questionnaire, r.Answers
	var rows [][2]string
	add := func(k, v string) { rows = append(rows, [2]string{k, v}) }
	if f.Service != "" {
		add("Service", mdText(f.Service))
	}
	if f.Respondent != "" {
		add("Respondent", mdText(f.Respondent))
	}
	add("Assessed", f.Date.Format(questionnaire.DateLayout))
	qline := fmt.Sprintf("%s %s", code(q.ID), mdText(q.Version))
	if s := in.source(RoleQuestionnaire); s != nil && !s.BuiltIn {
		qline += " · " + code(s.Path) + gitText(s.Git)
	} else {
		qline += " (built in)"
	}
	add("Questionnaire", qline)
	add("Questionnaire SHA-256", code(q.SHA256))
	if s := in.source(RoleAnswers); s != nil {
		add("Answers", code(s.Path)+gitText(s.Git))
		add("Answers SHA-256", code(s.SHA256))
	}
	b.WriteString("| | |\n| --- | --- |\n")
	for _, row := range rows {
		fmt.Fprintf(b, "| %s | %s |\n", row[0], row[1])
	}
	b.WriteString("\n")
}

// gitText is a file's git state after its path, e.g. " · commit 3f1c9a2".
func gitText(g *Git) string {
	if g == nil {
		return ""
	}
	return " · " + mdText(strings.TrimPrefix(g.Line(), g.Path+": "))
}

func writeMDSummary(b *bytes.Buffer, r *scoring.Result, lang string) {
	fmt.Fprintf(b, "**Overall %.1f / 100 · %s**", r.Overall, mdText(r.RatingLabel(lang)))
	if r.Capped {
		fmt.Fprintf(b, " (capped by %s; the score alone would be %s)", count(r.CriticalGaps, "critical gap"), mdText(r.BandLabel(lang)))
	}
	fmt.Fprintf(b, "\n\nCompletion %.0f%% (%d of %d applicable questions answered) · %s · %s\n\n",
		100*r.Completion, r.Answered, r.Applicable, count(len(r.Gaps), "gap"), count(r.CriticalGaps, "critical gap"))
}

func writeMDSections(b *bytes.Buffer, r *scoring.Result, lang string) {
	b.WriteString("## Sections\n\n| Section | Weight | Score | Answered | Critical gaps |\n| --- | ---: | ---: | ---: | ---: |\n")
	for _, sr := range r.Sections {
		fmt.Fprintf(b, "| %s | %s | %s | %d of %d | %d |\n", mdText(sr.Section.Title.In(lang)), number(sr.Weight),
			sectionScore(sr), sr.Answered, sr.Applicable, sr.CriticalGaps)
	}
	b.WriteString("\n")
}

// sectionScore is a section's score with one decimal, or why it has none.
func sectionScore(sr scoring.SectionResult) string {
	switch {
	case !sr.Applies:
		return "does not apply"
	case !sr.Scored:
		return "not scored"
	}
	return fmt.Sprintf("%.1f", sr.Score)
}

func writeMDGaps(b *bytes.Buffer, r *scoring.Result, lang string) {
	if len(r.Gaps) == 0 {
		b.WriteString("## Gaps\n\nNone: every counted question scores in full.\n\n")
		return
	}
	b.WriteString("## Gaps\n\nCritical gaps first, then by points lost.\n\n")
	b.WriteString("| # | Question | Critical | Score | Points lost | Recommendation | References |\n| ---: | --- | --- | ---: | ---: | --- | --- |\n")
	for i, g := range r.Gaps {
		crit := ""
		if g.Critical {
			crit = "**critical**"
		}
		score := percent(g.Score)
		if g.Status == scoring.Unanswered {
			score = "unanswered"
		}
		refs := make([]string, len(g.References))
		for j, id := range g.References {
			refs[j] = code(id)
		}
		fmt.Fprintf(b, "| %d | %s %s | %s | %s | %.1f | %s | %s |\n", i+1, mdText(g.Question.Text.In(lang)),
			code(g.Question.ID), crit, score, g.PointsLost, mdText(g.Recommendation.In(lang)), strings.Join(refs, ", "))
	}
	b.WriteString("\n")
}

func writeMDAnswers(b *bytes.Buffer, r *scoring.Result, lang string) {
	b.WriteString("## Answers\n")
	for _, sr := range r.Sections {
		fmt.Fprintf(b, "\n### %s (%s)\n\n", mdText(sr.Section.Title.In(lang)), sectionScore(sr))
		b.WriteString("| ID | Question | Answer | Score | Note |\n| --- | --- | --- | ---: | --- |\n")
		for _, qn := range sr.Section.Questions {
			qr := r.Questions[qn.Index]
			answer := ""
			if qr.Answer != nil && qr.Answer.Value.Set {
				answer = mdText(qr.Answer.Value.Format(qn.Type))
			}
			if qr.Status != scoring.Answered {
				answer = strings.TrimSpace("*" + StatusText(qr.Status) + "* " + answer)
			}
			score := "–"
			if isDuty(r, qr) {
				score = percent(qr.Score)
			}
			note := ""
			if qr.Answer != nil {
				note = mdText(qr.Answer.Note)
			}
			if qr.MissingEvidence {
				note = strings.TrimSpace(note + " *no evidence noted*")
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", code(qn.ID), mdText(qn.Text.In(lang)), answer, score, note)
		}
	}
	b.WriteString("\n")
}

func writeMDOrphans(b *bytes.Buffer, r *scoring.Result) {
	if len(r.Orphans) == 0 {
		return
	}
	b.WriteString("## Answers to removed questions\n\nKept in the answers file; they no longer count.\n\n| ID | Not applicable | Note |\n| --- | --- | --- |\n")
	for _, o := range Orphans(r) {
		na := ""
		if o.NA {
			na = "yes"
		}
		fmt.Fprintf(b, "| %s | %s | %s |\n", code(o.ID), na, mdText(o.Note))
	}
	b.WriteString("\n")
}

// mdEscaper turns characters that Markdown or HTML would act on into
// escapes that show them as written: | would end a table cell, < starts
// HTML, [ starts a link or an image (which a viewer would fetch), and \
// must be escaped first so that an escape in the text stays literal.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "|", `\|`, "<", "&lt;", ">", "&gt;", "&", "&amp;", "[", `\[`, "]", `\]`,
	"`", "\\`", "*", `\*`, "_", `\_`,
)

// mdText makes text from a file safe for one line of Markdown or a table
// cell: control characters become visible, Markdown and HTML are escaped,
// and newlines become <br> so that a note keeps its lines without
// breaking the table.
func mdText(s string) string {
	s = mdEscaper.Replace(questionnaire.Inert(s, true))
	s = strings.ReplaceAll(s, "\n", "<br>")
	return strings.TrimSpace(s)
}

// code shows an identifier or digest in a code span. Identifiers match
// [a-z0-9._-] and digests are hex, so no backtick can occur in them; a
// path could hold one, and then it is shown as escaped text instead.
func code(s string) string {
	if strings.ContainsAny(s, "`|\n\r") || s == "" {
		return mdText(s)
	}
	return "`" + questionnaire.Inert(s, false) + "`"
}

// percent writes a question score s in [0, 1] as a percentage.
func percent(s float64) string {
	return strings.TrimSuffix(fmt.Sprintf("%.1f", 100*s), ".0") + "%"
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
