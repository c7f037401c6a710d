package report

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// tr is a questionnaire text in the report's language, made safe to set.
func (d *doc) tr(t questionnaire.Text) string { return clean(t.In(d.lang), false) }

// trLong is like tr but keeps line breaks, for longer texts.
func (d *doc) trLong(t questionnaire.Text) string { return clean(t.In(d.lang), true) }

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
	return []string{clean(v.Text, true)}
}

func (d *doc) optionLabel(qn *questionnaire.Question, value string) string {
	if o, ok := qn.Option(value); ok {
		return d.tr(o.Label)
	}
	return clean(value, false)
}

// answerShort is the answer on one line, for the action plan.
func (d *doc) answerShort(qr *scoring.QuestionResult) string {
	switch qr.Status {
	case scoring.Unanswered:
		return d.w.T("pdf.unanswered")
	case scoring.AnsweredNA:
		return d.w.T("pdf.notApplicable")
	case scoring.NotApplicable:
		return d.w.T("pdf.doesNotApplyQ")
	}
	c := d.choices(qr.Question, qr.Answer.Value)
	if len(c) == 0 {
		return d.w.T("pdf.noneChosen")
	}
	return strings.Join(c, "; ")
}

// answerCell is the answer column of the details: the answer, or the
// status in italics (unanswered; not applicable with its reason; does not
// apply).
func (d *doc) answerCell(qr *scoring.QuestionResult) cell {
	it := cellS.italic().in(muted)
	switch qr.Status {
	case scoring.NotApplicable:
		return cell{spans: []span{txt(it, d.w.T("pdf.doesNotApplyQ"))}}
	case scoring.Unanswered:
		return cell{spans: []span{txt(it, d.w.T("pdf.unanswered"))}}
	case scoring.AnsweredNA:
		if note := clean(qr.Answer.Note, true); note != "" {
			return cell{spans: []span{txt(it, d.w.T("pdf.notApplicableWhy", note))}}
		}
		return cell{spans: []span{txt(it, d.w.T("pdf.notApplicable"))}}
	}
	c := d.choices(qr.Question, qr.Answer.Value)
	if len(c) == 0 {
		return cell{spans: []span{txt(it, d.w.T("pdf.noneChosen"))}}
	}
	var spans []span
	for _, s := range c {
		spans = append(spans, span{st: cellS, text: s, bullet: len(c) > 1})
	}
	return cell{spans: spans}
}

// noteCell is the note column: the respondent's note, or "no evidence
// noted" in italics where the question asks for evidence and a scored
// answer has none, with what was asked for.
func (d *doc) noteCell(qr *scoring.QuestionResult) cell {
	if qr.MissingEvidence {
		return cell{spans: []span{
			txt(cellS.italic().in(scoreLow), d.w.T("pdf.noEvidence")),
			txt(small.italic(), d.w.T("pdf.evidenceAsked", d.tr(qr.Question.Evidence))),
		}}
	}
	if qr.Answer == nil || qr.Status == scoring.AnsweredNA {
		return cell{} // an NA's note is its reason, shown with the answer
	}
	return cell{spans: []span{txt(cellS, clean(qr.Answer.Note, true))}}
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
	if qr.PointsLost >= 0.05 {
		out.spans = append(out.spans, txt(small.sized(7.5), d.w.T("pdf.lost", d.w.Score(qr.PointsLost))))
	}
	return out
}
