package summary

import (
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Regimes are the regimes in the order every output uses
// (scoring.GroupRegimes), with their headings and words: the laws and
// codes that apply with their readiness (the duties); guidance and
// voluntary frameworks that apply, not duties; proposals and lapsed laws,
// neither a duty and so without readiness; and those that do not apply.
type Regimes struct {
	// Heading is "Duties that apply: readiness per regime"; None is said
	// under it when no law or code applies.
	Heading, None string
	Duties        []Regime
	// NotDutiesHeading, NotInForceHeading and NotApplyingHeading head
	// the other groups.
	NotDutiesHeading, NotInForceHeading, NotApplyingHeading string
	NotDuties, NotInForce, NotApplying                      []Regime
}

// Any reports whether the questionnaire has regimes at all.
func (r Regimes) Any() bool {
	return len(r.Duties)+len(r.NotDuties)+len(r.NotInForce)+len(r.NotApplying) > 0
}

// Regime is one regime's part.
type Regime struct {
	Result *scoring.RegimeResult
	ID     string
	// Title is the regime's title; Status its legal status in words
	// ("law", "voluntary"), "" when it gives none; Named the title with
	// the status after it: "US reporting duty (law)".
	Title, Status, Named string
	// Scored is false when it has no readiness: State then says why ("no
	// scored question", "would apply if adopted", "no longer in force").
	Scored    bool
	Score     float64
	ScoreText string
	State     string
	// MustNotMet counts its must-have duties not met; MustText words
	// them, "" when none.
	MustNotMet int
	MustText   string
}

func regimes(p *l10n.Printer, r *scoring.Result, lang string) Regimes {
	g := r.GroupRegimes()
	out := Regimes{
		Heading: p.T("end.regimes"), NotDutiesHeading: p.T("pdf.notDuties"),
		NotInForceHeading: p.T("score.regimes.notInForce"), NotApplyingHeading: p.T("score.regimes.not"),
		Duties: regimeList(p, g.Duties, lang), NotDuties: regimeList(p, g.NotDuties, lang),
		NotInForce: regimeList(p, g.NotInForce, lang), NotApplying: regimeList(p, g.NotApplying, lang),
	}
	if len(out.Duties) == 0 {
		out.None = p.T("pdf.regimesNone")
	}
	return out
}

func regimeList(p *l10n.Printer, rs []*scoring.RegimeResult, lang string) []Regime {
	var out []Regime
	for _, rr := range rs {
		reg := Regime{Result: rr, ID: rr.Regime.ID, Title: rr.Regime.Title.In(lang), Status: p.LegalStatus(string(rr.Regime.Status)),
			MustNotMet: rr.CriticalGaps}
		reg.Named = reg.Title
		if reg.Status != "" {
			reg.Named += " (" + reg.Status + ")"
		}
		switch {
		case rr.Applies && rr.Regime.Status == questionnaire.StatusProposal:
			reg.State = p.T("score.regime.would")
		case rr.Applies && rr.Regime.Status == questionnaire.StatusLapsed:
			reg.State = p.LegalStatus(string(questionnaire.StatusLapsed))
		case rr.Scored:
			reg.Scored, reg.Score, reg.ScoreText = true, rr.Score, p.Score(rr.Score)
		default:
			reg.State = p.T("score.regime.none")
		}
		if rr.CriticalGaps > 0 {
			reg.MustText = p.N("must", rr.CriticalGaps)
		}
		out = append(out, reg)
	}
	return out
}
