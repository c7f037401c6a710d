package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
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
	colour := muted
	if rr.Applies && rg.Status != questionnaire.StatusProposal && rg.Status != questionnaire.StatusLapsed {
		colour = accent
	}
	verdict := txt(cellS.bold().sized(8).in(colour), upper(w.regimeVerdict(rr)))
	left := []span{verdict, txt(cellS.bold(), d.tr(rg.Title))}
	if meta := joinNonEmpty(" · ", cleanLine(w.Jurisdiction(rg.Jurisdiction)), w.LegalStatus(string(rg.Status))); meta != "" {
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
		tested := d.testedValues(rg)
		for _, id := range rr.Read {
			right = append(right, span{st: small.in(ink), text: d.questionName(id) + " " + d.decidingAnswer(id, tested[id]), bullet: true})
		}
	}
	return row{key: "regime:" + rg.ID, cells: []cell{{spans: left}, {spans: right}}}
}

// regimeVerdict says in a word whether a regime applies: "applies",
// "does not apply", "would apply" for a proposal (never a duty), "no
// longer in force" for a lapsed law. The regimes chapter and the appendix
// both say it so.
func (w *words) regimeVerdict(rr *scoring.RegimeResult) string {
	switch {
	case !rr.Applies:
		return w.T("pdf.notApplies")
	case rr.Regime.Status == questionnaire.StatusProposal:
		return w.T("pdf.wouldApply")
	case rr.Regime.Status == questionnaire.StatusLapsed:
		return l10n.UpperFirst(w.LegalStatus(string(questionnaire.StatusLapsed)))
	}
	return w.T("pdf.applies")
}

// decidingAnswer is the answer to a question a regime's condition read,
// after an arrow: "→ Yes", "→ 12 people", "→ not answered". Of a multi
// answer only the options the conditions test are named (a list of every
// feature the service has says nothing about why one regime applies); when
// none of them is chosen, it says which were not.
func (d *doc) decidingAnswer(id string, tested []string) string {
	qr := d.r.Question(id)
	if qr == nil {
		return ""
	}
	var s string
	switch {
	case qr.Status == scoring.Answered && qr.Question.Type == questionnaire.Multi && len(tested) > 0:
		var chosen, not []string
		for _, v := range tested {
			if slices.Contains(qr.Answer.Value.Choices, v) {
				chosen = append(chosen, d.optionLabel(qr.Question, v))
			} else {
				not = append(not, d.optionLabel(qr.Question, v))
			}
		}
		s = strings.Join(chosen, ", ")
		if len(chosen) == 0 {
			s = d.w.T("pdf.noneOf", strings.Join(not, ", "))
		}
	case qr.Status == scoring.Answered:
		s = strings.Join(d.choices(qr.Question, qr.Answer.Value), ", ")
		if qr.Answer.Estimate {
			s += " (" + d.w.T("pdf.est") + ")"
		}
	case qr.Status == scoring.Unknown:
		s = d.w.T("status.unknown")
	default:
		s = d.answerShort(qr)
	}
	return "→ " + s
}

// testedValues lists, per question, the option values a regime's
// condition tests, through the regimes it tests too, in the order the
// conditions give them.
func (d *doc) testedValues(rg *questionnaire.Regime) map[string][]string {
	return conditionValues(d.q, rg.Applies, map[string]bool{rg.ID: true})
}
