package report

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// regimesChapter is "What applies to this service, and why": one table
// with a row per regime of the questionnaire: the regime (its
// jurisdiction and status, and its readiness when it applies), whether it
// applies, its `why`, and the answers it read, each by its question's
// number with the answer in short. The profile itself is in the details,
// once, not repeated under every regime. Those that apply come first. A
// questionnaire without regimes has no such chapter.
func (d *doc) regimesChapter() {
	if len(d.q.Regimes) == 0 {
		return
	}
	w := d.w
	d.heading(0, w.T("pdf.regimesTitle"), 0)
	d.para(body.in(muted), w.T("pdf.regimesIntro"))
	d.gap(3)
	t := &table{caption: w.T("pdf.regimesTitle"), cols: []column{
		{title: w.T("pdf.colRegime"), width: 48},
		{title: w.T("pdfapp.colApplies"), width: 17},
		{title: w.T("pdf.colWhyShort"), width: 72},
		{title: w.T("pdfapp.colRead"), width: textW - 137},
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

// regimeRow is one regime: its title, jurisdiction and status and its
// readiness; whether it applies (in a word, in colour, and in capitals so
// it survives greyscale); why; and the answers that decided it.
func (d *doc) regimeRow(rr *scoring.RegimeResult) row {
	w := d.w
	rg := rr.Regime
	colour := muted
	if rr.Applies && rg.Status != questionnaire.StatusProposal && rg.Status != questionnaire.StatusLapsed {
		colour = accent
	}
	name := []span{txt(cellS.bold(), d.tr(rg.Title))}
	if meta := joinNonEmpty(" · ", cleanLine(w.Jurisdiction(rg.Jurisdiction)), w.LegalStatus(string(rg.Status))); meta != "" {
		name = append(name, txt(small, meta))
	}
	if rr.Applies {
		s := w.T("pdf.readinessOf") + ": " + w.T("pdf.noScoredQ")
		if rr.Scored {
			s = fmt.Sprintf("%s: %s · %s", w.T("pdf.readinessOf"), w.Score(rr.Score), w.gapCounts(rr.Gaps, rr.CriticalGaps))
		}
		name = append(name, txt(small.in(ink), s))
	}
	verdict := []span{txt(small.bold().in(colour), upper(w.regimeVerdict(rr)))}
	var why []span
	if s := d.trLong(rg.Why); s != "" {
		why = append(why, txt(small.in(ink), s))
	}
	var read []span
	if rg.Applies == nil {
		read = append(read, txt(small.italic(), w.T("pdf.always")))
	} else {
		tested := d.testedValues(rg)
		for _, id := range rr.Read {
			ans := strings.TrimPrefix(d.decidingAnswer(id, tested[id]), "→ ")
			read = append(read, span{st: small.in(ink), text: d.questionNumber(id) + " " + ans, bullet: true})
		}
	}
	return row{key: "regime:" + rg.ID, cells: []cell{{spans: name}, {spans: verdict}, {spans: why}, {spans: read}}}
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
				chosen = append(chosen, shortLabel(d.optionLabel(qr.Question, v)))
			} else {
				not = append(not, shortLabel(d.optionLabel(qr.Question, v)))
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
	case qr.Status == scoring.NotApplicable:
		// why is said in the details, by the answers it follows from
		s = d.w.T("pdf.doesNotApply")
	default:
		s = d.answerShort(qr)
	}
	return "→ " + s
}

// shortLabel is an option's label up to its explanation, for lists of
// the options a condition tested: "Public sharing: posts, comments…" is
// "Public sharing", "Livestreaming (live video…)" is "Livestreaming".
func shortLabel(s string) string {
	for _, sep := range []string{": ", " ("} {
		if head, _, ok := strings.Cut(s, sep); ok && len([]rune(head)) >= 3 {
			s = head
		}
	}
	return s
}

// testedValues lists, per question, the option values a regime's
// condition tests, through the regimes it tests too, in the order the
// conditions give them.
func (d *doc) testedValues(rg *questionnaire.Regime) map[string][]string {
	return conditionValues(d.q, rg.Applies, map[string]bool{rg.ID: true})
}
