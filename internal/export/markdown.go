package export

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Markdown writes a summary and tables meant for review in a pull request:
// GitHub-flavoured Markdown, scores with one decimal, every question with
// its answer and note, in the words of in.Lang (the catalogue's "md."
// keys). Text from the files is escaped so that it shows as written and
// never turns into markup, links, images or HTML.
func Markdown(in Input) ([]byte, error) {
	r, lang := in.Result, in.Lang
	q, f := r.Questionnaire, r.Answers
	m := &mdWriter{p: l10n.For(lang), lang: lang}
	title := q.Title.In(lang)
	if f.Organization != "" {
		title += " · " + f.Organization
	}
	fmt.Fprintf(&m.b, "# %s\n\n", mdText(title))
	m.facts(in)
	m.summary(r)
	m.sections(r)
	m.gaps(r)
	m.answers(r)
	m.orphans(r)
	return m.b.Bytes(), nil
}

type mdWriter struct {
	b    bytes.Buffer
	p    *l10n.Printer
	lang string
}

func (m *mdWriter) facts(in Input) {
	p, r := m.p, in.Result
	q, f := r.Questionnaire, r.Answers
	var rows [][2]string
	add := func(k l10n.Key, v string) { rows = append(rows, [2]string{p.T(k), v}) }
	if f.Service != "" {
		add("md.service", mdText(f.Service))
	}
	if f.Respondent != "" {
		add("md.respondent", mdText(f.Respondent))
	}
	add("md.assessed", p.Date(f.Date))
	qline := fmt.Sprintf("%s %s", code(q.ID), mdText(q.Version))
	if s := in.source(RoleQuestionnaire); s != nil && !s.BuiltIn {
		qline += " · " + code(s.Path) + m.gitText(s.Git)
	} else {
		qline += " " + p.T("md.built.in")
	}
	add("md.questionnaire", qline)
	add("md.questionnaire.sha", code(q.SHA256))
	if s := in.source(RoleAnswers); s != nil {
		add("md.answers.file", code(s.Path)+m.gitText(s.Git))
		add("md.answers.sha", code(s.SHA256))
	}
	m.b.WriteString("| | |\n| --- | --- |\n")
	for _, row := range rows {
		fmt.Fprintf(&m.b, "| %s | %s |\n", row[0], row[1])
	}
	m.b.WriteString("\n")
}

// gitText is a file's git state after its path, e.g. " · commit 3f1c9a2".
func (m *mdWriter) gitText(g *Git) string {
	switch {
	case g == nil:
		return ""
	case g.Commit == "":
		return " · " + m.p.T("md.git.uncommitted", short(g.Head))
	case g.Modified:
		return " · " + m.p.T("md.git.modified", short(g.Commit))
	}
	return " · " + m.p.T("md.git.commit", short(g.Commit))
}

func (m *mdWriter) summary(r *scoring.Result) {
	p := m.p
	m.b.WriteString("**" + p.T("md.overall", p.Score(r.Overall), mdText(r.RatingLabel(m.lang))) + "**")
	if r.Capped {
		m.b.WriteString(" " + p.T("md.capped", p.N("critical", r.CriticalGaps), mdText(r.BandLabel(m.lang))))
	}
	m.b.WriteString("\n\n" + p.T("md.completion", p.Percent(r.Completion), r.Answered, r.Applicable) +
		" · " + p.N("md.gaps", len(r.Gaps)) + " · " + p.N("critical", r.CriticalGaps) + "\n\n")
}

func (m *mdWriter) sections(r *scoring.Result) {
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n\n| %s | %s | %s | %s | %s |\n| --- | ---: | ---: | ---: | ---: |\n",
		p.T("md.sections"), p.T("md.col.section"), p.T("md.col.weight"), p.T("md.col.score"), p.T("md.col.answered"), p.T("md.col.critical.gaps"))
	for _, sr := range r.Sections {
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s |\n", mdText(sr.Section.Title.In(m.lang)), p.Number(sr.Weight),
			m.sectionScore(sr), p.T("md.of", sr.Answered, sr.Applicable), p.Int(int64(sr.CriticalGaps)))
	}
	m.b.WriteString("\n")
}

// sectionScore is a section's score with one decimal, or why it has none.
func (m *mdWriter) sectionScore(sr scoring.SectionResult) string {
	switch {
	case !sr.Applies:
		return m.p.T("md.does.not.apply")
	case !sr.Scored:
		return m.p.T("md.not.scored")
	}
	return m.p.Score(sr.Score)
}

func (m *mdWriter) gaps(r *scoring.Result) {
	p := m.p
	if len(r.Gaps) == 0 {
		fmt.Fprintf(&m.b, "## %s\n\n%s\n\n", p.T("md.gaps.title"), p.T("md.gaps.none"))
		return
	}
	fmt.Fprintf(&m.b, "## %s\n\n%s\n\n", p.T("md.gaps.title"), p.T("md.gaps.order"))
	fmt.Fprintf(&m.b, "| # | %s | %s | %s | %s | %s | %s |\n| ---: | --- | --- | ---: | ---: | --- | --- |\n",
		p.T("md.col.question"), p.T("md.col.critical"), p.T("md.col.score"), p.T("md.col.points.lost"), p.T("md.col.recommendation"), p.T("md.col.references"))
	for i, g := range r.Gaps {
		crit := ""
		if g.Critical {
			crit = "**" + p.T("md.critical") + "**"
		}
		score := p.PercentFine(g.Score)
		if g.Status == scoring.Unanswered {
			score = p.T("status.unanswered")
		}
		refs := make([]string, len(g.References))
		for j, id := range g.References {
			refs[j] = code(id)
		}
		fmt.Fprintf(&m.b, "| %d | %s %s | %s | %s | %s | %s | %s |\n", i+1, mdText(g.Question.Text.In(m.lang)),
			code(g.Question.ID), crit, score, p.Score(g.PointsLost), mdText(g.Recommendation.In(m.lang)), strings.Join(refs, ", "))
	}
	m.b.WriteString("\n")
}

func (m *mdWriter) answers(r *scoring.Result) {
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n", p.T("md.answers"))
	for _, sr := range r.Sections {
		fmt.Fprintf(&m.b, "\n### %s (%s)\n\n", mdText(sr.Section.Title.In(m.lang)), m.sectionScore(sr))
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s |\n| --- | --- | --- | ---: | --- |\n",
			p.T("md.col.id"), p.T("md.col.question"), p.T("md.col.answer"), p.T("md.col.score"), p.T("md.col.note"))
		for _, qn := range sr.Section.Questions {
			qr := r.Questions[qn.Index]
			answer := ""
			if qr.Answer != nil && qr.Answer.Value.Set {
				answer = mdText(ShowAnswer(qn, qr.Answer.Value, m.lang))
			}
			if qr.Status != scoring.Answered {
				answer = strings.TrimSpace("*" + m.status(qr.Status) + "* " + answer)
			}
			score := "–"
			if isDuty(r, qr) {
				score = p.PercentFine(qr.Score)
			}
			note := ""
			if qr.Answer != nil {
				note = mdText(qr.Answer.Note)
			}
			if qr.MissingEvidence {
				note = strings.TrimSpace(note + " *" + p.T("md.no.evidence") + "*")
			}
			fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s |\n", code(qn.ID), mdText(qn.Text.In(m.lang)), answer, score, note)
		}
	}
	m.b.WriteString("\n")
}

// status is a question's status in words.
func (m *mdWriter) status(s scoring.Status) string {
	switch s {
	case scoring.Answered:
		return m.p.T("status.answered")
	case scoring.AnsweredNA:
		return m.p.T("status.na")
	case scoring.Unanswered:
		return m.p.T("status.unanswered")
	}
	return m.p.T("status.does.not.apply")
}

func (m *mdWriter) orphans(r *scoring.Result) {
	p := m.p
	if len(r.Orphans) == 0 {
		return
	}
	fmt.Fprintf(&m.b, "## %s\n\n%s\n\n| %s | %s | %s |\n| --- | --- | --- |\n",
		p.T("md.orphans"), p.T("md.orphans.intro"), p.T("md.col.id"), p.T("md.col.na"), p.T("md.col.note"))
	for _, o := range Orphans(r) {
		na := ""
		if o.NA {
			na = p.T("md.yes")
		}
		fmt.Fprintf(&m.b, "| %s | %s | %s |\n", code(o.ID), na, mdText(o.Note))
	}
	m.b.WriteString("\n")
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
	s = mdEscaper.Replace(inert.Block(s))
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
	return "`" + inert.Line(s) + "`"
}
