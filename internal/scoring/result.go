// Package scoring computes scores, ratings, gaps and completion from a
// questionnaire and its answers (docs/scoring.md). It is pure: values in,
// values out, so every number in a report can be recomputed and checked.
package scoring

import (
	"math"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Status says how a question stands in an assessment.
type Status int

const (
	// NotApplicable: its own or its section's condition does not hold.
	NotApplicable Status = iota
	// Unanswered: it applies and has no answer (it scores 0).
	Unanswered
	// AnsweredNA: answered "not applicable" by the respondent.
	AnsweredNA
	// Answered: answered with a value.
	Answered
	// Unknown (1.1): answered "don't know / not measured"; it scores 0 and
	// is listed apart from unanswered.
	Unknown
)

func (s Status) String() string {
	return [...]string{"not applicable", "unanswered", "answered not applicable", "answered", "unknown"}[s]
}

// Result is a scored assessment.
type Result struct {
	Questionnaire *questionnaire.Questionnaire
	Answers       *answers.File
	// Overall is the weighted mean of the counted section scores, 0–100.
	Overall float64
	// Band is the index in Questionnaire.Rating of the band the overall
	// score falls in; Rating the index after the critical cap.
	Band, Rating int
	// Capped is true when critical gaps lowered the rating below Band.
	Capped bool
	// Completion is answered (with not applicable) over applicable.
	Completion           float64
	Answered, Applicable int
	Sections             []SectionResult
	// Questions holds every question of the questionnaire in order.
	Questions []QuestionResult
	// Gaps is the action plan: questions with s < 1 that count, critical
	// first, then by points lost, then in questionnaire order.
	Gaps []Gap
	// CriticalGaps counts the gaps on critical questions.
	CriticalGaps int
	// Unanswered lists applicable questions without an answer, in order.
	Unanswered []string
	// Orphans lists answered ids the questionnaire does not have.
	Orphans []string
	// MissingEvidence lists questions that ask for evidence, scored above
	// 0, with no note and no evidence.
	MissingEvidence []string
	// StaleEvidence lists the questions with an evidence file changed or
	// missing since it was recorded (Evidence.Stale, set by the command
	// that re-hashed them), in order; such an item is not evidence.
	StaleEvidence []string
	// Unknowns lists applicable questions answered unknown (scored or not),
	// in order (1.1).
	Unknowns []string
	// Estimates lists counted questions whose answer is an estimate (1.1).
	Estimates []string
	// RegimeEstimates lists estimated answers that score nothing but
	// decide whether a regime applies (a profile's user count), in
	// questionnaire order: what applies rests on them, and they are
	// listed apart from the scored estimates.
	RegimeEstimates []string
	// CriticalGapIDs lists the critical gaps' question ids in order (1.1).
	CriticalGapIDs []string
	// Provisional is true when completion is below the questionnaire's
	// MinCompletion or unknowns exceed 20 % of the applicable scored
	// questions (1.1); Reason says which.
	Provisional bool
	Reason      ProvisionalReason
	// Regimes follows the questionnaire's regimes in order (1.1).
	Regimes []RegimeResult
	// Targets holds the board's targets with their states (1.2): the
	// overall score's, then sections' and questions' in order.
	Targets []TargetResult
}

// ProvisionalReason says why a rating is provisional, as values, so that
// every output words it in its own language.
type ProvisionalReason struct {
	// LowCompletion: Completion < MinCompletion.
	LowCompletion bool
	Completion    float64
	MinCompletion float64
	// TooManyUnknown: Unknown of Scored applicable scored questions is
	// more than MaxUnknownShare.
	TooManyUnknown  bool
	Unknown, Scored int
}

// MaxUnknownShare is the share of unknown answers among the applicable
// scored questions above which a rating is provisional (docs/scoring.md).
const MaxUnknownShare = 0.2

// RegimeResult is one regime's part (1.1).
type RegimeResult struct {
	Regime  *questionnaire.Regime
	Applies bool
	// Read lists the questions its condition read, in questionnaire order:
	// the answers that decided it.
	Read []string
	// Scored is false when it does not apply or has no counted question
	// citing it; Score is 0–100 when Scored.
	Scored             bool
	Score              float64
	Gaps, CriticalGaps int
}

// SectionResult is one section's part.
type SectionResult struct {
	Section *questionnaire.Section
	// Applies is false when the section's condition does not hold.
	Applies bool
	// Scored is false when the section has weight 0 or no counted weight:
	// it has no score and is left out of the overall score.
	Scored bool
	// Score is 0–100 when Scored.
	Score float64
	// Weight is the section's weight; Share its share of the overall score
	// (W/ΣW over scored sections), 0 when not scored.
	Weight, Share        float64
	Answered, Applicable int
	CriticalGaps, Gaps   int
}

// QuestionResult is one question's part.
type QuestionResult struct {
	Question *questionnaire.Question
	Status   Status
	Answer   *answers.Answer
	// Counted is true when the question adds to its section's score: it
	// applies, can be scored, and is not answered not applicable.
	Counted bool
	// Score is s in [0, 1] when Counted.
	Score float64
	// PointsLost is the overall score the question would add at s = 1.
	PointsLost float64
	// Gap is true when it counts, carries weight in a weighted section,
	// and s < 1.
	Gap bool
	// MissingEvidence is true when the question asks for evidence, the
	// answer scores above 0 and has no note and no evidence.
	MissingEvidence bool
	// Weight is the question's weight here: its weight_when case that
	// holds, else its weight (3.0 content).
	Weight float64
	// Critical is true when the question is critical here: it counts, and
	// it is Critical or its CriticalWhen holds (1.1). A question that does
	// not apply, or is answered not applicable, is never critical.
	Critical bool
}

// CountsOverall reports whether the question counts towards the overall
// score: it is counted (applies, can be scored, not answered not
// applicable) and its section has weight above 0. These are docs/scoring.md's
// "applicable scored questions" of the provisional rule, and the questions
// whose estimates and missing evidence are listed.
func (qr QuestionResult) CountsOverall() bool {
	return qr.Counted && qr.Question.Section.Weight > 0
}

// Gap is one entry of the action plan.
type Gap struct {
	Question       *questionnaire.Question
	Critical       bool
	Score          float64
	PointsLost     float64
	Recommendation questionnaire.Text
	References     []string
	Status         Status
	// Unknown and Estimate mirror the answer (1.1).
	Unknown, Estimate bool
	// Action is the tracked action from the answers file, or nil (1.1).
	Action *answers.Action
	// Overdue: the action is past due (docs/scoring.md). Unowned: a
	// critical gap with no owner.
	Overdue, Unowned bool
}

// RatingLabel is the label of the rating after any cap, in lang.
func (r *Result) RatingLabel(lang string) string {
	return r.Questionnaire.Rating[r.Rating].Label.In(lang)
}

// BandLabel is the label of the band before any cap, in lang.
func (r *Result) BandLabel(lang string) string {
	return r.Questionnaire.Rating[r.Band].Label.In(lang)
}

// Question returns the result of the question with the given id.
func (r *Result) Question(id string) *QuestionResult {
	if qn := r.Questionnaire.Question(id); qn != nil {
		return &r.Questions[qn.Index]
	}
	return nil
}

// Section returns the result of the section with the given id.
func (r *Result) Section(id string) *SectionResult {
	for i := range r.Sections {
		if r.Sections[i].Section.ID == id {
			return &r.Sections[i]
		}
	}
	return nil
}

// Finite reports whether every score of the result is a finite number.
// With a validated questionnaire (finite weights in [0, 1000], scores in
// [0, 1]) it always is; a gate such as `score --fail-under` must still
// treat a result that is not as failing, since NaN compares false with
// everything and would otherwise pass.
func (r *Result) Finite() bool {
	ok := func(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
	if !ok(r.Overall) || !ok(r.Completion) {
		return false
	}
	for _, sr := range r.Sections {
		if !ok(sr.Score) || !ok(sr.Share) {
			return false
		}
	}
	for _, qr := range r.Questions {
		if !ok(qr.Score) || !ok(qr.PointsLost) {
			return false
		}
	}
	for _, rr := range r.Regimes {
		if !ok(rr.Score) {
			return false
		}
	}
	return true
}
