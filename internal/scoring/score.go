package scoring

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// tie is the difference below which two points-lost values count as equal,
// so that rounding noise does not reorder gaps that are mathematically tied.
const tie = 1e-9

// Score scores the answers in f against q, as of f.Date.
func Score(q *questionnaire.Questionnaire, f *answers.File) *Result {
	r := &Result{Questionnaire: q, Answers: f, Questions: make([]QuestionResult, len(q.Questions))}
	e := newEvaluator(q, f)
	e.settle()
	for i, qn := range q.Questions {
		qr := &r.Questions[i]
		qr.Question = qn
		qr.Answer = f.Get(qn.ID)
		qr.Weight = qn.Weight
		answered := qr.Answer.Answered()
		switch {
		case !e.applies[i]:
			qr.Status = NotApplicable
			continue
		case answered && qr.Answer.NA:
			qr.Status = AnsweredNA
		case answered && isUnknown(qn, qr.Answer):
			qr.Status = Unknown
			r.Unknowns = append(r.Unknowns, qn.ID)
		case answered:
			qr.Status = Answered
		default:
			qr.Status = Unanswered
			r.Unanswered = append(r.Unanswered, qn.ID)
		}
		r.Applicable++
		if qr.Status != Unanswered {
			r.Answered++
		}
		if qn.Scored() && qr.Status != AnsweredNA {
			qr.Counted = true
			if qr.Status == Answered {
				qr.Score = QuestionScore(qn, qr.Answer.Value, f.Date)
			}
			// A must-have only where it counts: one that does not apply,
			// or is answered not applicable, asks nothing of the service.
			// It is decided once every question is settled, so a critical
			// condition may read any answer.
			qr.Critical = e.critical(qn)
			qr.Weight = e.weight(qn)
		}
		// Estimates and missing evidence are listed for the questions the
		// overall score rests on (docs/scoring.md: "the scored ones"): a profile in a
		// section of weight 0 decides what applies but scores nothing.
		if qr.Status == Answered && qr.CountsOverall() && qr.Answer.Estimate {
			r.Estimates = append(r.Estimates, qn.ID)
		}
		if qr.Answer != nil && hasStale(qr.Answer.Evidence) {
			r.StaleEvidence = append(r.StaleEvidence, qn.ID)
		}
		if qr.Status == Answered && qr.CountsOverall() && qr.Score > 0 && !qn.Evidence.IsZero() &&
			strings.TrimSpace(qr.Answer.Note) == "" && !holdsEvidence(qr.Answer.Evidence) {
			qr.MissingEvidence = true
			r.MissingEvidence = append(r.MissingEvidence, qn.ID)
		}
	}
	r.Completion = 1
	if r.Applicable > 0 {
		r.Completion = float64(r.Answered) / float64(r.Applicable)
	}
	r.scoreSections()
	r.collectGaps()
	r.rate()
	r.provisional()
	r.scoreRegimes(e)
	r.collectRegimeEstimates()
	r.Orphans = f.Orphans(q)
	r.scoreTargets()
	return r
}

// QuestionScore is s for an answered, scored question: the option's score
// (yesno, single), the capped sum of the chosen options' scores (multi), or
// the score of the first band holding the value (number, duration, date).
func QuestionScore(qn *questionnaire.Question, v answers.Value, assessed time.Time) float64 {
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		o, _ := qn.Option(v.Choice)
		return o.Score
	case questionnaire.Multi:
		sum := 0.0
		for _, c := range v.Choices {
			o, _ := qn.Option(c)
			sum += o.Score
		}
		// Options that add up to 1 on paper (0.7 + 0.2 + 0.1) can add up
		// to 0.9999999999999999 in floating point; that answer is full
		// marks, not a gap losing 1e-14 points.
		if sum >= 1-tie {
			return 1
		}
		return sum
	case questionnaire.Number:
		return qn.BandScore(v.Number)
	case questionnaire.Duration:
		return qn.BandScore(questionnaire.Minutes(v.Duration))
	case questionnaire.Date:
		return qn.BandScore(questionnaire.DateAge(v.Date, assessed))
	}
	return 0
}

func (r *Result) scoreSections() {
	q := r.Questionnaire
	r.Sections = make([]SectionResult, len(q.Sections))
	totalW := 0.0
	for i, s := range q.Sections {
		sr := &r.Sections[i]
		sr.Section, sr.Weight = s, s.Weight
		for _, qn := range s.Questions {
			qr := &r.Questions[qn.Index]
			if qr.Status == NotApplicable {
				continue
			}
			sr.Applies = true
			sr.Applicable++
			if qr.Status != Unanswered {
				sr.Answered++
			}
		}
	}
	maxS := 0.0
	for i := range r.Sections {
		sr := &r.Sections[i]
		ws := r.sectionWeights(sr.Section)
		sumW, sumWS := 0.0, 0.0
		for _, qn := range sr.Section.Questions {
			if w, ok := ws[qn.Index]; ok {
				sumW += w
				sumWS += w * r.Questions[qn.Index].Score
			}
		}
		if sr.Weight > 0 && sumW > 0 {
			sr.Scored = true
			sr.Score = 100 * sumWS / sumW
			maxS = max(maxS, sr.Weight)
		}
	}
	scaleS := scaler(maxS)
	for i := range r.Sections {
		if sr := &r.Sections[i]; sr.Scored {
			totalW += scaleS(sr.Weight)
		}
	}
	sum := 0.0
	for i := range r.Sections {
		sr := &r.Sections[i]
		if !sr.Scored {
			continue
		}
		sr.Share = scaleS(sr.Weight) / totalW
		sum += scaleS(sr.Weight) * sr.Score
		ws := r.sectionWeights(sr.Section)
		sumW := 0.0
		for _, w := range ws {
			sumW += w
		}
		for _, qn := range sr.Section.Questions {
			qr := &r.Questions[qn.Index]
			if w, ok := ws[qn.Index]; ok && qn.Weight > 0 {
				qr.PointsLost = 100 * sr.Share * (w / sumW) * (1 - qr.Score)
				qr.Gap = qr.Score < 1
			}
		}
	}
	if totalW > 0 {
		r.Overall = sum / totalW
	}
}

// sectionWeights gives the weight of each counted question of section s
// (by question index), scaled so that the largest is 1. Weights are
// relative, and any finite number in [0, 1000] is valid: unscaled, a
// subnormal weight such as 5e-324 times a score rounds to 0 or to the
// weight itself, and an answer scored 0.51 would count as 1.
func (r *Result) sectionWeights(s *questionnaire.Section) map[int]float64 {
	var qs []*questionnaire.Question
	for _, qn := range s.Questions {
		if r.Questions[qn.Index].Counted {
			qs = append(qs, qn)
		}
	}
	return r.scaledWeights(qs)
}

// scaledWeights maps each question's index to its weight here (its
// weight_when case, else its weight) scaled by scaler(the largest weight
// among qs).
func (r *Result) scaledWeights(qs []*questionnaire.Question) map[int]float64 {
	top := 0.0
	for _, qn := range qs {
		top = max(top, r.Questions[qn.Index].Weight)
	}
	scale := scaler(top)
	ws := make(map[int]float64, len(qs))
	for _, qn := range qs {
		ws[qn.Index] = scale(r.Questions[qn.Index].Weight)
	}
	return ws
}

// scaler returns the function that multiplies a weight by the power of
// two that brings top into [0.5, 1). A power of two changes no digit of a
// normal weight, so ordinary questionnaires score bit for bit as before;
// only subnormal weights gain the precision they lacked. An infinite top
// (never valid, but scoring is total) is left as it is so the result is
// not finite and fails every gate.
func scaler(top float64) func(float64) float64 {
	_, e := math.Frexp(top)
	return func(w float64) float64 { return math.Ldexp(w, -e) }
}

func (r *Result) collectGaps() {
	for i := range r.Questions {
		qr := &r.Questions[i]
		if !qr.Gap {
			continue
		}
		qn := qr.Question
		g := Gap{Question: qn, Critical: qr.Critical, Score: qr.Score, PointsLost: qr.PointsLost,
			Recommendation: recommendation(qn, qr), References: qn.References, Status: qr.Status,
			Unknown: qr.Status == Unknown, Estimate: qr.Status == Answered && qr.Answer.Estimate}
		if a := r.Answers.Actions[qn.ID]; a != nil {
			g.Action = a
			g.Overdue = a.Overdue(r.Answers.Date)
		}
		g.Unowned = g.Critical && (g.Action == nil || strings.TrimSpace(g.Action.Owner) == "")
		r.Gaps = append(r.Gaps, g)
		sr := &r.Sections[qn.Section.Index]
		sr.Gaps++
		if g.Critical {
			r.CriticalGaps++
			sr.CriticalGaps++
			r.CriticalGapIDs = append(r.CriticalGapIDs, qn.ID)
		}
	}
	// Questionnaire order breaks every tie, so the order is total and an
	// unstable sort gives the same result as a stable one, much faster.
	slices.SortFunc(r.Gaps, func(a, b Gap) int {
		switch {
		case a.Critical != b.Critical:
			if a.Critical {
				return -1
			}
			return 1
		case math.Abs(a.PointsLost-b.PointsLost) > tie:
			return cmp.Compare(b.PointsLost, a.PointsLost)
		}
		return cmp.Compare(a.Question.Index, b.Question.Index)
	})
}

// recommendation is the chosen option's recommendation, else the
// question's. For a multi answer the question's comes first, since one
// chosen option does not speak for the others.
func recommendation(qn *questionnaire.Question, qr *QuestionResult) questionnaire.Text {
	if qr.Status == Unknown && qr.Answer.Value.Set && qn.Type != questionnaire.Multi {
		// "don't know" chosen as an option: its advice (typically "measure
		// it") speaks to this answer better than the question's.
		if o, ok := qn.Option(qr.Answer.Value.Choice); ok && !o.Recommendation.IsZero() {
			return o.Recommendation
		}
	}
	if qr.Status != Answered {
		if qn.Recommendation.IsZero() {
			return worstOptionRecommendation(qn)
		}
		return qn.Recommendation
	}
	v := qr.Answer.Value
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		if o, ok := qn.Option(v.Choice); ok && !o.Recommendation.IsZero() {
			return o.Recommendation
		}
	case questionnaire.Multi:
		if !qn.Recommendation.IsZero() {
			return qn.Recommendation
		}
		for _, c := range v.Choices {
			if o, ok := qn.Option(c); ok && !o.Recommendation.IsZero() {
				return o.Recommendation
			}
		}
	}
	return qn.Recommendation
}

func (r *Result) rate() {
	q := r.Questionnaire
	r.Band = len(q.Rating) - 1
	for i, b := range q.Rating {
		if b.Min <= r.Overall+tie {
			r.Band = i
			break
		}
	}
	r.Rating = r.Band
	if r.CriticalGaps > 0 && q.CriticalCap >= 0 && r.Band < q.CriticalCap {
		r.Rating = q.CriticalCap
		r.Capped = true
	}
}

// worstOptionRecommendation is what an unanswered question without a
// recommendation of its own advises: that of its lowest-scoring option,
// since what is not known is treated as not done.
func worstOptionRecommendation(qn *questionnaire.Question) questionnaire.Text {
	var best questionnaire.Text
	low := 2.0
	for _, o := range qn.Options {
		if !o.Recommendation.IsZero() && o.Score < low {
			best, low = o.Recommendation, o.Score
		}
	}
	return best
}
