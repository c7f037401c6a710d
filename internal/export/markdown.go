package export

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/mdtext"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// Markdown writes a summary and tables meant for review in a pull request:
// GitHub-flavoured Markdown, scores with one decimal, every question with
// its answer and note, in the words of in.Lang (the catalogue's "md."
// keys). Text from the files is escaped so that it shows as written and
// never turns into markup, links, images or HTML.
func Markdown(in Input) ([]byte, error) {
	r, lang := in.Result, in.Lang
	q, f := r.Questionnaire, r.Answers
	m := newMDWriter(r, lang)
	title := q.Title.In(lang)
	if f.Organization != "" {
		title += " · " + f.Organization
	}
	fmt.Fprintf(&m.b, "# %s\n\n", mdText(title))
	m.facts(in)
	m.summary()
	m.sections()
	m.targets()
	m.regimes()
	m.gaps()
	m.answers(r)
	m.orphans(r)
	return m.b.Bytes(), nil
}

// mdWriter lays out a summary.Summary, and the tables around it, in
// Markdown.
type mdWriter struct {
	b    bytes.Buffer
	s    *summary.Summary
	p    *l10n.Printer
	lang string
}

func newMDWriter(r *scoring.Result, lang string) *mdWriter {
	s := summary.Build(r, lang, summary.Options{})
	return &mdWriter{s: s, p: s.P, lang: lang}
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

func (m *mdWriter) summary() {
	p, s := m.p, m.s
	pos := s.Position
	m.b.WriteString("**" + p.T("score.overall") + " " + mdText(pos.Headline) + "**\n\n")
	if pos.Cap != "" {
		m.b.WriteString(mdText(pos.Cap) + "\n\n")
	}
	m.b.WriteString(p.T("score.completion") + " " + pos.CompletionText +
		" · " + p.N("md.gaps", len(s.Result.Gaps)) + " · " + p.N("must", len(s.MustHaves.Gaps)) + "\n\n")
	if s.Provisional != nil {
		m.b.WriteString("**" + mdText(s.Provisional.Line) + "**\n\n")
	}
	if ms := s.Measured; ms != nil {
		m.b.WriteString("**" + mdText(p.T("sum.measured.heading")) + ":** " + mdText(ms.Line) + "\n\n")
		for _, it := range ms.Items {
			m.b.WriteString("- " + code(it.ID) + ": " + mdText(it.Line) + "\n")
		}
		m.b.WriteString("\n")
	}
	if s.RestsOn.Line == "" {
		return
	}
	m.b.WriteString("**" + mdText(s.RestsOn.Heading) + ":** " + mdText(s.RestsOn.Line) + "\n\n")
	for _, k := range s.RestsOn.Kinds {
		if len(k.IDs) > 0 {
			m.b.WriteString("- " + mdText(k.Phrase) + ": " + codes(k.IDs) + "\n")
		}
	}
	m.b.WriteString("\n")
}

// codes is a list of ids in code spans.
func codes(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = code(id)
	}
	return strings.Join(out, ", ")
}

func (m *mdWriter) sections() {
	p, r := m.p, m.s.Result
	fmt.Fprintf(&m.b, "## %s\n\n| %s | %s | %s | %s | %s |\n| --- | ---: | ---: | ---: | ---: |\n",
		p.T("md.sections"), p.T("md.col.section"), p.T("md.col.weight"), p.T("md.col.score"), p.T("md.col.answered"), p.T("md.col.critical.gaps"))
	for i, sr := range r.Sections {
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s |\n", mdText(m.s.Sections[i].Title), p.Number(sr.Weight),
			m.s.Sections[i].ScoreText, p.T("md.of", sr.Answered, sr.Applicable), p.Int(int64(sr.CriticalGaps)))
	}
	m.b.WriteString("\n")
}

// gaps writes the must-have duties not met, without points (they are
// never weighed against other gaps), then the other gaps by points lost;
// each with its action.
func (m *mdWriter) gaps() {
	p, s, r := m.p, m.s, m.s.Result
	must, others := s.MustHaves.Gaps, s.Others
	if len(must) > 0 {
		fmt.Fprintf(&m.b, "## %s\n\n", s.MustHaves.Heading)
		if c := s.MustHaves.Consequence; c != "" {
			fmt.Fprintf(&m.b, "%s\n\n", mdText(c))
		}
		fmt.Fprintf(&m.b, "| # | %s | %s | %s | %s | %s |\n| ---: | --- | --- | --- | --- | --- |\n",
			p.T("md.col.question"), p.T("md.col.answer"), p.T("md.col.action"), p.T("md.col.recommendation"), p.T("md.col.references"))
		for i, g := range must {
			fmt.Fprintf(&m.b, "| %d | %s %s | %s | %s | %s | %s |\n", i+1, mdText(g.Text), code(g.ID),
				m.gapAnswer(g), m.action(g.Action), mdText(g.Gap.Recommendation.In(m.lang)), m.refs(r, g.Gap.References))
		}
		m.b.WriteString("\n")
	}
	switch {
	case len(others) == 0 && len(must) == 0:
		fmt.Fprintf(&m.b, "## %s\n\n%s\n\n", p.T("md.gaps.title"), p.T("md.gaps.none"))
		return
	case len(others) == 0:
		return
	}
	if len(must) > 0 {
		fmt.Fprintf(&m.b, "## %s\n\n", p.T("plan.others", len(others)))
	} else {
		fmt.Fprintf(&m.b, "## %s\n\n%s\n\n", p.T("md.gaps.title"), p.T("md.gaps.bypoints"))
	}
	fmt.Fprintf(&m.b, "| # | %s | %s | %s | %s | %s | %s |\n| ---: | --- | --- | ---: | --- | --- | --- |\n",
		p.T("md.col.question"), p.T("md.col.answer"), p.T("md.col.points.lost"), p.T("md.col.action"), p.T("md.col.recommendation"), p.T("md.col.references"))
	for i, g := range others {
		fmt.Fprintf(&m.b, "| %d | %s %s | %s | %s | %s | %s | %s |\n", i+1, mdText(g.Text),
			code(g.ID), m.gapAnswer(g), p.Score(g.Gap.PointsLost), m.action(g.Action), mdText(g.Gap.Recommendation.In(m.lang)), m.refs(r, g.Gap.References))
	}
	m.b.WriteString("\n")
}

// gapAnswer is a gap's answer and score: "Some · 50%", "*unanswered*",
// "*don't know / not measured: measure this*", with "est." for an
// estimate.
func (m *mdWriter) gapAnswer(g summary.Gap) string {
	p := m.p
	switch {
	case g.Unknown:
		return "*" + g.UnknownText + "*"
	case g.Gap.Status == scoring.Unanswered:
		return "*" + summary.StatusWord(p, scoring.Unanswered) + "*"
	}
	ans := ""
	if qr := m.s.Result.Question(g.ID); qr != nil && qr.Answer != nil && qr.Answer.Value.Set {
		ans = mdText(summary.ShowAnswer(g.Gap.Question, qr.Answer.Value, m.lang) + summary.AnswerMark(p, qr.Answer, g.Gap.Question))
		ans += " · "
	}
	return ans + p.PercentFine(g.Gap.Score)
}

// action is a gap's action in a cell, with "done when" on a line of its
// own.
func (m *mdWriter) action(a summary.Action) string {
	s := mdText(a.Line)
	if a.Overdue || a.Unowned {
		s = "**" + s + "**"
	}
	if a.DoneWhen != "" {
		s += "<br>" + mdText(a.DoneWhen)
	}
	return s
}

// refs are a question's sources with pinpoint and status in words.
func (m *mdWriter) refs(r *scoring.Result, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = mdText(summary.RefText(m.p, r, id, m.lang))
	}
	return strings.Join(out, "; ")
}

// regimes writes whether each regime applies and its readiness, in the
// order and words of the summary: a proposal "would apply if adopted" and
// a lapsed law is "no longer in force", neither with readiness, for
// neither is a duty.
func (m *mdWriter) regimes() {
	g := m.s.Regimes
	if !g.Any() {
		return
	}
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n\n| %s | %s | %s |\n| --- | --- | ---: |\n",
		g.Heading, p.T("md.col.regime"), p.T("md.col.applies"), p.T("md.col.readiness"))
	row := func(reg summary.Regime, applies string) {
		ready := "–"
		if reg.Scored {
			ready = reg.ScoreText
		}
		fmt.Fprintf(&m.b, "| %s | %s | %s |\n", mdText(reg.Named), applies, ready)
	}
	for _, reg := range append(append([]summary.Regime{}, g.Duties...), g.NotDuties...) {
		row(reg, p.T("md.yes"))
	}
	for _, reg := range g.NotInForce {
		row(reg, mdText(reg.State))
	}
	for _, reg := range g.NotApplying {
		row(reg, p.T("md.no"))
	}
	m.b.WriteString("\n")
}

func (m *mdWriter) answers(r *scoring.Result) {
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n", p.T("md.answers"))
	for _, sr := range r.Sections {
		fmt.Fprintf(&m.b, "\n### %s (%s)\n\n", mdText(sr.Section.Title.In(m.lang)), m.s.Sections[sr.Section.Index].ScoreText)
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s | %s |\n| --- | --- | --- | ---: | --- | --- |\n",
			p.T("md.col.id"), p.T("md.col.question"), p.T("md.col.answer"), p.T("md.col.score"), p.T("md.col.note"), p.T("md.col.evidence"))
		for _, qn := range sr.Section.Questions {
			qr := r.Questions[qn.Index]
			answer := ""
			if qr.Answer != nil && qr.Answer.Value.Set {
				answer = mdText(summary.ShowAnswer(qn, qr.Answer.Value, m.lang) + summary.AnswerMark(p, qr.Answer, qn))
			}
			if qr.Status != scoring.Answered {
				answer = strings.TrimSpace("*" + summary.StatusWord(p, qr.Status) + "* " + answer)
			}
			score := "–"
			if isDuty(r, qr) {
				score = p.PercentFine(qr.Score)
			}
			note := ""
			if qr.Answer != nil {
				note = mdText(qr.Answer.Note)
				if mark := summary.NoteForMark(p, qr.Answer); mark != "" {
					note = strings.TrimSpace("*(" + mdText(mark) + ")* " + note)
				}
			}
			if qr.MissingEvidence {
				note = strings.TrimSpace(note + " *" + p.T("md.no.evidence") + "*")
			}
			fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s | %s |\n", code(qn.ID), mdText(qn.Text.In(m.lang)), answer, score, note, m.evidence(qr.Answer))
		}
	}
	m.b.WriteString("\n")
}

// evidence is an answer's evidence in a cell: links as code spans (never
// as live links or images: a viewer would fetch them), files with the
// start of their digest.
func (m *mdWriter) evidence(a *answers.Answer) string {
	var out []string
	for _, e := range summary.Evidence(a) {
		s := code(e.URL)
		if e.File != "" {
			s = code(e.File)
			if len(e.SHA256) >= 12 {
				s += " sha256 " + code(e.SHA256[:12]) + "…"
			}
		}
		if e.Date != "" {
			s += " (" + e.Date + ")"
		}
		if e.Status != "" {
			s += " *" + m.p.EvidenceStale(e.Status) + "*"
		}
		out = append(out, s)
	}
	return strings.Join(out, "<br>")
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

// mdText makes text from a file safe for one line of Markdown or a table
// cell: control characters become visible, what Markdown acts on is
// escaped (package mdtext), and newlines become <br> so that a note keeps
// its lines without breaking the table.
func mdText(s string) string {
	s = mdtext.Escape(inert.Block(s))
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
