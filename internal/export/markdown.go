package export

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/mdtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
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
	m.regimes(r)
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
	rating := mdText(r.RatingLabel(m.lang))
	if r.Provisional {
		rating += " (" + p.T("provisional") + ")"
	}
	m.b.WriteString("**" + p.T("md.overall", p.Score(r.Overall), rating) + "**")
	if r.Capped {
		m.b.WriteString(" " + p.T("md.capped", p.N("must", r.CriticalGaps), mdText(r.BandLabel(m.lang))))
	}
	m.b.WriteString("\n\n" + p.T("md.completion", p.Percent(r.Completion), r.Answered, r.Applicable) +
		" · " + p.N("md.gaps", len(r.Gaps)) + " · " + p.N("must", r.CriticalGaps) + "\n\n")
	if r.Provisional {
		m.b.WriteString("**" + mdText(ProvisionalWhy(p, r.Reason)) + "**\n\n")
	}
	var rests []string
	if n := len(r.Unknowns); n > 0 {
		rests = append(rests, p.N("score.unknowns", n, codes(r.Unknowns)))
	}
	if n := len(r.Estimates); n > 0 {
		rests = append(rests, p.N("score.estimates", n, codes(r.Estimates)))
	}
	for _, l := range rests {
		m.b.WriteString("- " + l + "\n")
	}
	if len(rests) > 0 {
		m.b.WriteString("\n")
	}
}

// codes is a list of ids in code spans.
func codes(ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = code(id)
	}
	return strings.Join(out, ", ")
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

// gaps writes the must-have duties not met, without points (SPEC section
// 4, 1.1: they are never weighed against other gaps), then the other gaps
// by points lost; each with its action.
func (m *mdWriter) gaps(r *scoring.Result) {
	p := m.p
	var must, others []scoring.Gap
	for _, g := range r.Gaps {
		if g.Critical {
			must = append(must, g)
		} else {
			others = append(others, g)
		}
	}
	if len(must) > 0 {
		fmt.Fprintf(&m.b, "## %s (%s)\n\n", p.T("md.must.title"), p.Int(int64(len(must))))
		if r.Capped {
			m.b.WriteString(upperFirst(p.T("must.cap", mdText(r.RatingLabel(m.lang)), mdText(r.BandLabel(m.lang)))) + ".\n\n")
		} else {
			m.b.WriteString(p.T("must.nocap") + "\n\n")
		}
		fmt.Fprintf(&m.b, "| # | %s | %s | %s | %s | %s |\n| ---: | --- | --- | --- | --- | --- |\n",
			p.T("md.col.question"), p.T("md.col.answer"), p.T("md.col.action"), p.T("md.col.recommendation"), p.T("md.col.references"))
		for i, g := range must {
			fmt.Fprintf(&m.b, "| %d | %s %s | %s | %s | %s | %s |\n", i+1, mdText(g.Question.Text.In(m.lang)), code(g.Question.ID),
				m.gapAnswer(r, g), m.action(g), mdText(g.Recommendation.In(m.lang)), m.refs(r, g.References))
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
		fmt.Fprintf(&m.b, "| %d | %s %s | %s | %s | %s | %s | %s |\n", i+1, mdText(g.Question.Text.In(m.lang)),
			code(g.Question.ID), m.gapAnswer(r, g), p.Score(g.PointsLost), m.action(g), mdText(g.Recommendation.In(m.lang)), m.refs(r, g.References))
	}
	m.b.WriteString("\n")
}

// gapAnswer is a gap's answer and score: "Some · 50%", "*unanswered*",
// "*don't know / not measured* (measure this)", with "est." for an
// estimate.
func (m *mdWriter) gapAnswer(r *scoring.Result, g scoring.Gap) string {
	p := m.p
	switch {
	case g.Unknown:
		return "*" + p.T("act.unknown") + "*"
	case g.Status == scoring.Unanswered:
		return "*" + p.T("status.unanswered") + "*"
	}
	ans := ""
	if qr := r.Question(g.Question.ID); qr != nil && qr.Answer != nil && qr.Answer.Value.Set {
		ans = mdText(ShowAnswer(g.Question, qr.Answer.Value, m.lang))
		if qr.Answer.Estimate {
			ans += " (" + p.T("act.estimate") + ")"
		}
		ans += " · "
	}
	return ans + p.PercentFine(g.Score)
}

// action is a gap's action in a cell, with "done when" on a line of its
// own.
func (m *mdWriter) action(g scoring.Gap) string {
	s := mdText(ActionLine(m.p, g))
	if g.Overdue || g.Unowned {
		s = "**" + s + "**"
	}
	if g.Action != nil && g.Action.DoneWhen != "" {
		s += "<br>" + mdText(m.p.T("act.done.when", g.Action.DoneWhen))
	}
	return s
}

// refs are a question's sources with pinpoint and status in words.
func (m *mdWriter) refs(r *scoring.Result, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = mdText(RefText(m.p, r, id, m.lang))
	}
	return strings.Join(out, "; ")
}

// regimes writes whether each regime applies and its readiness.
func (m *mdWriter) regimes(r *scoring.Result) {
	if len(r.Regimes) == 0 {
		return
	}
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n\n| %s | %s | %s |\n| --- | --- | ---: |\n",
		p.T("md.regimes"), p.T("md.col.regime"), p.T("md.col.applies"), p.T("md.col.readiness"))
	// In the order every output uses (scoring.GroupRegimes): a proposal
	// "would apply if adopted" and a lapsed law is "no longer in force",
	// neither with readiness, for neither is a duty.
	g := r.GroupRegimes()
	var regs []*scoring.RegimeResult
	for _, part := range [][]*scoring.RegimeResult{g.Duties, g.NotDuties, g.NotInForce, g.NotApplying} {
		regs = append(regs, part...)
	}
	for _, rr := range regs {
		applies, ready := p.T("md.yes"), "–"
		switch {
		case !rr.Applies:
			applies = p.T("md.no")
		case rr.Regime.Status == questionnaire.StatusProposal:
			applies = p.T("score.regime.would")
		case rr.Regime.Status == questionnaire.StatusLapsed:
			applies = p.LegalStatus(string(questionnaire.StatusLapsed))
		case rr.Scored:
			ready = p.Score(rr.Score)
		}
		title := mdText(rr.Regime.Title.In(m.lang))
		if st := p.LegalStatus(string(rr.Regime.Status)); st != "" {
			title += " (" + mdText(st) + ")"
		}
		fmt.Fprintf(&m.b, "| %s | %s | %s |\n", title, applies, ready)
	}
	m.b.WriteString("\n")
}

// upperFirst capitalises a sentence's first letter.
func upperFirst(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

func (m *mdWriter) answers(r *scoring.Result) {
	p := m.p
	fmt.Fprintf(&m.b, "## %s\n", p.T("md.answers"))
	for _, sr := range r.Sections {
		fmt.Fprintf(&m.b, "\n### %s (%s)\n\n", mdText(sr.Section.Title.In(m.lang)), m.sectionScore(sr))
		fmt.Fprintf(&m.b, "| %s | %s | %s | %s | %s | %s |\n| --- | --- | --- | ---: | --- | --- |\n",
			p.T("md.col.id"), p.T("md.col.question"), p.T("md.col.answer"), p.T("md.col.score"), p.T("md.col.note"), p.T("md.col.evidence"))
		for _, qn := range sr.Section.Questions {
			qr := r.Questions[qn.Index]
			answer := ""
			if qr.Answer != nil && qr.Answer.Value.Set {
				answer = mdText(ShowAnswer(qn, qr.Answer.Value, m.lang))
				if qr.Answer.Estimate {
					answer += " (" + p.T("act.estimate") + ")"
				}
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
	for _, e := range Evidence(a) {
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

// status is a question's status in words.
func (m *mdWriter) status(s scoring.Status) string {
	switch s {
	case scoring.Unknown:
		return m.p.T("status.unknown")
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
