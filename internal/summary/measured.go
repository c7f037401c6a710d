package summary

import (
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
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
