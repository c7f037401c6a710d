package report

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// regimesChapter is "What applies to this service, and why": every
// regime of the questionnaire, whether it applies, its status in words,
// its `why`, the answers that decided it, and its readiness when it
// applies. Those that apply come first. A questionnaire without regimes
// has no such chapter.
func (d *doc) regimesChapter() {
	if len(d.q.Regimes) == 0 {
		return
	}
	w := d.w
	d.heading(0, w.T("pdf.regimesTitle"), 0)
	d.para(body.in(muted), w.T("pdf.regimesIntro"))
	d.gap(3)
	t := &table{caption: w.T("pdf.regimesTitle"), cols: []column{
		{title: w.T("pdf.colRegime"), width: 62},
		{title: w.T("pdf.colWhy"), width: textW - 62},
	}}
	var rows []row
	for _, applies := range []bool{true, false} {
		for i := range d.r.Regimes {
			rr := &d.r.Regimes[i]
			if rr.Applies == applies {
				rows = append(rows, d.regimeRow(rr))
			}
		}
	}
	d.table(t, rows)
}

// regimeRow is one regime: on the left its title, whether it applies (in
// a word, in colour, and in capitals so it survives greyscale), its
// jurisdiction and status and its readiness; on the right why, and the
// answers that decided it.
func (d *doc) regimeRow(rr *scoring.RegimeResult) row {
	w := d.w
	rg := rr.Regime
	verdict := txt(cellS.bold().sized(8).in(muted), upper(w.T("pdf.notApplies")))
	switch {
	case rr.Applies && rg.Status == questionnaire.StatusProposal:
		verdict = txt(cellS.bold().sized(8).in(muted), upper(w.T("pdf.wouldApply")))
	case rr.Applies && rg.Status == questionnaire.StatusLapsed:
		verdict = txt(cellS.bold().sized(8).in(muted), upper(w.T("pdf.stLapsed")))
	case rr.Applies:
		verdict = txt(cellS.bold().sized(8).in(accent), upper(w.T("pdf.applies")))
	}
	left := []span{verdict, txt(cellS.bold(), d.tr(rg.Title))}
	if meta := joinNonEmpty(" · ", clean(rg.Jurisdiction, false), w.legalStatus(rg.Status)); meta != "" {
		left = append(left, txt(small, meta))
	}
	if rr.Applies {
		s := w.T("pdf.readinessOf") + ": " + w.T("pdf.noScoredQ")
		if rr.Scored {
			s = fmt.Sprintf("%s: %s · %s", w.T("pdf.readinessOf"), w.Score(rr.Score), w.gapCounts(rr.Gaps, rr.CriticalGaps))
		}
		left = append(left, txt(small.in(ink), s))
	}
	var right []span
	if why := d.trLong(rg.Why); why != "" {
		right = append(right, txt(cellS, why))
	}
	if rg.Applies == nil {
		right = append(right, txt(small.italic(), w.T("pdf.always")))
	} else if len(rr.Read) > 0 {
		right = append(right, txt(small.bold().in(muted), w.T("pdf.decidedBy")))
		for _, id := range rr.Read {
			right = append(right, span{st: small.in(ink), text: d.questionName(id) + " " + d.decidingAnswer(id), bullet: true})
		}
	}
	return row{key: "regime:" + rg.ID, cells: []cell{{spans: left}, {spans: right}}}
}

// decidingAnswer is the answer to a question a regime's condition read,
// after an arrow: "→ Yes", "→ 12 people", "→ not answered".
func (d *doc) decidingAnswer(id string) string {
	qr := d.r.Question(id)
	if qr == nil {
		return ""
	}
	var s string
	switch qr.Status {
	case scoring.Answered:
		s = strings.Join(d.choices(qr.Question, qr.Answer.Value), ", ")
		if qr.Answer.Estimate {
			s += " (" + d.w.T("pdf.est") + ")"
		}
	case scoring.Unknown:
		s = d.w.T("pdf.unknownAnswer")
	default:
		s = d.answerShort(qr)
	}
	return "→ " + s
}
