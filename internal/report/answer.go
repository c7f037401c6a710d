package report

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// tr is a questionnaire text in the report's language, made safe to set.
func (d *doc) tr(t questionnaire.Text) string { return cleanLine(t.In(d.lang)) }

// trLong is like tr but keeps line breaks, for longer texts.
func (d *doc) trLong(t questionnaire.Text) string { return cleanBlock(t.In(d.lang)) }

// choices lists the answer as a reader sees it: option labels rather than
// the values stored in the file, numbers with their unit, durations and
// dates written out. A multi answer gives one entry per chosen option.
func (d *doc) choices(qn *questionnaire.Question, v answers.Value) []string {
	w := d.w
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		return []string{d.optionLabel(qn, v.Choice)}
	case questionnaire.Multi:
		out := make([]string, 0, len(v.Choices))
		for _, c := range v.Choices {
			out = append(out, d.optionLabel(qn, c))
		}
		return out
	case questionnaire.Number:
		return []string{w.WithUnit(w.Number(v.Number), d.tr(qn.Unit))}
	case questionnaire.Duration:
		return []string{w.DurationAs(v.Duration, v.DurationText)}
	case questionnaire.Date:
		return []string{isoDate(v.Date)}
	}
	return []string{cleanBlock(v.Text)}
}

func (d *doc) optionLabel(qn *questionnaire.Question, value string) string {
	if o, ok := qn.Option(value); ok {
		return d.tr(o.Label)
	}
	return cleanLine(value)
}

// answerShort is the answer on one line, for the action plan.
func (d *doc) answerShort(qr *scoring.QuestionResult) string {
	switch qr.Status {
	case scoring.Unanswered:
		return d.w.T("status.unanswered")
	case scoring.AnsweredNA:
		return d.w.T("status.na")
	case scoring.NotApplicable:
		return d.w.T("pdf.doesNotApplyQ")
	case scoring.Unknown:
		return d.w.T("status.unknown")
	}
	c := d.choices(qr.Question, qr.Answer.Value)
	if len(c) == 0 {
		return d.w.T("pdf.noneChosen")
	}
	s := strings.Join(c, "; ")
	if qr.Answer.Estimate {
		s += " (" + d.w.T("pdf.est") + ")"
	}
	return s
}

// answerCell is the answer column of the details: the answer, or the
// status in italics (unanswered; not applicable with its reason; does not
// apply).
func (d *doc) answerCell(qr *scoring.QuestionResult) cell {
	it := cellS.italic().in(muted)
	switch qr.Status {
	case scoring.NotApplicable:
		return cell{spans: []span{txt(it, d.whyNotApplicable(qr))}}
	case scoring.Unanswered:
		return cell{spans: []span{txt(it, d.w.T("status.unanswered"))}}
	case scoring.AnsweredNA:
		if note := cleanBlock(qr.Answer.Note); note != "" {
			return cell{spans: []span{txt(it, d.w.T("pdf.notApplicableWhy", note))}}
		}
		return cell{spans: []span{txt(it, d.w.T("status.na"))}}
	case scoring.Unknown:
		return cell{spans: []span{txt(it, l10n.UpperFirst(d.w.T("status.unknown")))}}
	}
	c := d.choices(qr.Question, qr.Answer.Value)
	if len(c) == 0 {
		return cell{spans: []span{txt(it, d.w.T("pdf.noneChosen"))}}
	}
	var spans []span
	for _, s := range c {
		spans = append(spans, span{st: cellS, text: s, bullet: len(c) > 1})
	}
	if qr.Answer.Estimate {
		// "est." in the answer's own column, beside the value, so an
		// estimate never reads as a measurement.
		spans = append(spans, txt(cellS.bold().in(scoreMidText), d.w.T("pdf.est")))
	}
	if line := measuredtext.Of(d.w.Printer, qr.Answer, qr.Question); line != "" {
		// and a measured figure says what it rests on
		spans = append(spans, txt(cellS.in(muted), line))
	}
	if line := d.measuredTrend(qr); line != "" {
		spans = append(spans, txt(small.in(muted), line))
	}
	return cell{spans: spans}
}

// noteCell is the note column: the respondent's note, or "no evidence
// noted" in italics where the question asks for evidence and a scored
// answer has none, with what was asked for.
func (d *doc) noteCell(qr *scoring.QuestionResult) cell {
	if qr.MissingEvidence {
		spans := []span{
			txt(cellS.italic().in(scoreLow), d.w.T("pdf.noEvidence")),
			txt(small.italic(), d.w.T("pdf.evidenceAsked", d.tr(qr.Question.Evidence))),
		}
		if qr.Answer != nil {
			// Files changed or missing since they were recorded:
			// listed, marked, so the reader sees why they do not count.
			spans = append(spans, d.evidenceSpans(qr.Answer.Evidence)...)
		}
		return cell{spans: spans}
	}
	if qr.Answer == nil {
		return cell{}
	}
	var out []span
	if mark := summary.NoteForMark(d.w.Printer, qr.Answer); mark != "" {
		out = append(out, txt(cellS.italic().in(scoreLow), l10n.UpperFirst(cleanLine(mark))))
	}
	if qr.Status != scoring.AnsweredNA { // an NA's note is its reason, shown with the answer
		if note := cleanBlock(qr.Answer.Note); note != "" {
			out = append(out, txt(cellS, note))
		}
	}
	return cell{spans: append(out, d.evidenceSpans(qr.Answer.Evidence)...)}
}

// evidenceSpans lists an answer's evidence: links as links, files by
// name (their digests are in the appendix), each with its date.
func (d *doc) evidenceSpans(ev []answers.Evidence) []span {
	if len(ev) == 0 {
		return nil
	}
	out := []span{txt(small.bold().in(muted), d.w.T("pdf.evidence"))}
	for _, e := range ev {
		date := ""
		if !e.Date.IsZero() {
			date = " (" + isoDate(e.Date) + ")"
		}
		if e.URL != "" {
			out = append(out, span{st: small.in(accent), text: cleanLine(e.URL) + date, link: safeURL(e.URL), bullet: true})
			continue
		}
		if e.Stale != "" {
			out = append(out, span{st: small.italic().in(scoreLow), text: d.w.T("pdf.evidenceFile", cleanLine(e.File)) + date + " · " + d.w.EvidenceStale(e.Stale), bullet: true})
			continue
		}
		out = append(out, span{st: small.in(ink), text: d.w.T("pdf.evidenceFile", cleanLine(e.File)) + date, bullet: true})
	}
	return out
}

// scoreCell is the score column: the question's score on the 0–100 scale
// with its colour, and the points it loses below; a dash where the
// question does not count.
func (d *doc) scoreCell(qr *scoring.QuestionResult, sr *scoring.SectionResult) cell {
	if !qr.Counted || !sr.Scored || qr.Question.Weight == 0 {
		return cell{spans: []span{txt(cellS.in(faint), "—")}}
	}
	c := questionColour(qr.Score)
	out := cell{chip: &c, spans: []span{txt(cellS.bold(), d.w.questionScore(qr.Score))}}
	// Points lost are for ordinary gaps only: a must-have is not weighed.
	if qr.PointsLost >= 0.05 && !qr.Critical {
		out.spans = append(out.spans, txt(small.sized(7.5), d.w.T("pdf.lost", d.w.Score(qr.PointsLost))))
	}
	return out
}
