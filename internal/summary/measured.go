package summary

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// MeasuredItem is one measured answer and what it rests on: "measured:
// median of 1,234 cases, 1 Jul–30 Sep 2026 (12 open, 0 excluded)".
type MeasuredItem struct {
	ID, Text, Line string
}

// measured counts how the answers the overall score rests on were got
// (measured from case exports, typed, estimated) and how much of the
// score's weight rests on measured ones; nil when none is measured, so
// that an assessment typed by hand reads as it always did.
func measured(p *l10n.Printer, r *scoring.Result, lang string) *Measured {
	b := r.Measured()
	if b.Measured == 0 {
		return nil
	}
	m := &Measured{Measured: b.Measured, Share: b.Share, ShareText: p.Percent(b.Share)}
	for _, qr := range r.Questions {
		if !qr.CountsOverall() || qr.Status != scoring.Answered || qr.Answer == nil || qr.Answer.Measured != nil {
			continue
		}
		if qr.Answer.Estimate {
			m.Estimated++
		} else {
			m.Typed++
		}
	}
	for _, id := range b.IDs {
		qn := r.Questionnaire.Question(id)
		m.Items = append(m.Items, MeasuredItem{ID: id, Text: qn.Text.In(lang), Line: measuredtext.Of(p, r.Answers.Get(id), qn)})
	}
	m.Line = p.T("sum.measured", m.ShareText, m.Measured, m.Typed, m.Estimated)
	return m
}

// AnswerMark is what every output puts beside an answer's value so that
// it never reads as something it is not: " (estimate)" for an estimate,
// " (measured: median of 1,234 cases, 1 Jul–30 Sep 2026)" for a measured
// one, "" for a value typed by hand.
func AnswerMark(p *l10n.Printer, a *answers.Answer, qn *questionnaire.Question) string {
	switch {
	case a == nil || !a.Value.Set:
		return ""
	case a.Measured != nil:
		return " (" + measuredtext.Of(p, a, qn) + ")"
	case a.Estimate:
		return " (" + p.T("act.estimate") + ")"
	}
	return ""
}
