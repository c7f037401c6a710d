package scoring

import "github.com/dutycheck/dutycheck/internal/questionnaire"

// scoreRegimes fills Result.Regimes (docs/scoring.md): for every
// regime whether it applies, the questions its condition read, and, when
// it applies, its readiness: 100 · Σ(w·s) / Σw over the questions that
// count towards the overall score and cite a reference of the regime.
//
// "Count towards the overall score" is the reading chosen for docs/scoring.md's
// "counted scored questions": a question in a section of weight 0 (a
// profile) is left out, like everywhere else it is unscored and never a
// gap, so that the answers which decide whether a regime applies never
// move its readiness. Section weights do not enter otherwise. A regime with
// no such question of weight above 0 has no score. A regime that does not
// apply has neither a score nor gaps: its duties are not this service's.
func (r *Result) scoreRegimes(e *evaluator) {
	q := r.Questionnaire
	r.Regimes = make([]RegimeResult, len(q.Regimes))
	for i, rg := range q.Regimes {
		rr := &r.Regimes[i]
		rr.Regime = rg
		rr.Applies = e.regime(rg.ID)
		rr.Read = e.regimeReads(rg)
		if !rr.Applies {
			continue
		}
		var cited []*questionnaire.Question
		for _, qr := range r.Questions {
			if qr.Counted && qr.Question.Section.Weight > 0 && r.cites(qr, rg.ID) {
				cited = append(cited, qr.Question)
			}
		}
		ws := r.scaledWeights(cited)
		sumW, sumWS := 0.0, 0.0
		for _, qn := range cited {
			qr := r.Questions[qn.Index]
			sumW += ws[qn.Index]
			sumWS += ws[qn.Index] * qr.Score
			if qr.Gap {
				rr.Gaps++
				if qr.Critical && canBind(rg) {
					rr.CriticalGaps++
				}
			}
		}
		if sumW > 0 {
			rr.Scored = true
			rr.Score = 100 * sumWS / sumW
		}
	}
}

// cites reports whether the question cites at least one reference that
// belongs to the regime.
func (r *Result) cites(qr QuestionResult, regimeID string) bool {
	for _, id := range qr.Question.References {
		if ref := r.Questionnaire.Reference(id); ref != nil && ref.Regime == regimeID {
			return true
		}
	}
	return false
}

// canBind reports whether a regime can hold must-have duties: a law or a
// regulator's code, or a regime whose status the questionnaire leaves out.
// A critical gap that also cites a voluntary framework, guidance, a
// proposal or a lapsed law is still a must-have, but of the binding regime
// that makes it one: counting it under the voluntary one would tell a board
// that the framework has duties.
func canBind(rg *questionnaire.Regime) bool { return rg.Status == "" || rg.Status.Binding() }
