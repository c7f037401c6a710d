package scoring

import (
	"math"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TargetState is where a target stands on the assessment date (1.2).
type TargetState string

// The four states of a target, as JSON writes them.
const (
	// TargetMet: the figure meets the min and max.
	TargetMet TargetState = "met"
	// TargetOpen: not met, and its date is on or after the assessment date.
	TargetOpen TargetState = "open"
	// TargetMissed: not met, and its date is before the assessment date.
	TargetMissed TargetState = "missed"
	// TargetNotKnown: the figure is unknown, unanswered or not applicable.
	TargetNotKnown TargetState = "not_known"
)

// TargetResult is one target held against the figure it is set on.
type TargetResult struct {
	Scope answers.TargetScope
	// ID is the section's or question's id; "" for the overall score.
	ID     string
	Target *answers.Target
	// Known is false when there is no figure to hold the target against;
	// Actual is then 0.
	Known bool
	// Actual is the figure in the target's units: a score 0–100, the
	// question's number, minutes for a duration, and for a date question
	// the age of the date on the assessment date, in minutes.
	Actual float64
	// Answer is the question's answer (nil for a score), so that outputs
	// can write the figure as it was given and say when it is an estimate.
	Answer *answers.Answer
	State  TargetState
}

// Question is the question the target is set on, or nil.
func (tr TargetResult) Question(q *questionnaire.Questionnaire) *questionnaire.Question {
	if tr.Scope != answers.ScopeQuestion {
		return nil
	}
	return q.Question(tr.ID)
}

// TargetStateOf decides a target's state on the assessment date. The
// figure meets the target with the same tolerance as rating bands, so
// that a score printed as the limit is never "not met" by rounding noise.
// A target with no figure is not known, whatever its date: nobody can say
// whether it was met.
func TargetStateOf(t *answers.Target, known bool, actual float64, assessed time.Time) TargetState {
	switch {
	case !known:
		return TargetNotKnown
	case Meets(t, actual):
		return TargetMet
	case t.By.Before(assessed):
		return TargetMissed
	}
	return TargetOpen
}

// Meets reports whether actual meets the target's min and max, within
// the tolerance bands use.
func Meets(t *answers.Target, actual float64) bool {
	return (t.Min == nil || actual >= t.Min.Value-tie) && (t.Max == nil || actual <= t.Max.Value+tie)
}

// scoreTargets holds every target against its figure: the overall score,
// then sections and questions in the questionnaire's order.
func (r *Result) scoreTargets() {
	ts, f := r.Answers.Targets, r.Answers
	if ts.Count() == 0 {
		return
	}
	add := func(tr TargetResult) {
		tr.State = TargetStateOf(tr.Target, tr.Known, tr.Actual, f.Date)
		r.Targets = append(r.Targets, tr)
	}
	if ts.Overall != nil {
		add(TargetResult{Scope: answers.ScopeOverall, Target: ts.Overall, Known: r.Finite(), Actual: r.Overall})
	}
	for _, sr := range r.Sections {
		if t := ts.Sections[sr.Section.ID]; t != nil {
			add(TargetResult{Scope: answers.ScopeSection, ID: sr.Section.ID, Target: t, Known: sr.Scored, Actual: sr.Score})
		}
	}
	for _, qr := range r.Questions {
		t := ts.Questions[qr.Question.ID]
		if t == nil {
			continue
		}
		tr := TargetResult{Scope: answers.ScopeQuestion, ID: qr.Question.ID, Target: t, Answer: qr.Answer}
		tr.Actual, tr.Known = figure(qr, f.Date)
		add(tr)
	}
}

// figure is a question's answer as a figure in its bands' units, and
// whether there is one: an answer with a value (an estimate counts as its
// value), not unknown, not applicable or unanswered.
func figure(qr QuestionResult, assessed time.Time) (float64, bool) {
	if qr.Status != Answered || !qr.Answer.Value.Set {
		return 0, false
	}
	v := qr.Answer.Value
	switch qr.Question.Type {
	case questionnaire.Number:
		return v.Number, true
	case questionnaire.Duration:
		return questionnaire.Minutes(v.Duration), true
	case questionnaire.Date:
		return questionnaire.DateAge(v.Date, assessed), true
	}
	return 0, false
}

// MissedTargets lists the targets missed, in order.
func (r *Result) MissedTargets() []TargetResult {
	var out []TargetResult
	for _, tr := range r.Targets {
		if tr.State == TargetMissed {
			out = append(out, tr)
		}
	}
	return out
}

// Name is how a message names what a target is set on: "overall",
// "section respond", "question remove-time".
func (tr TargetResult) Name() string {
	if tr.Scope == answers.ScopeOverall {
		return "overall"
	}
	return string(tr.Scope) + " " + tr.ID
}

// TargetSummary is one target in `score --format json` (1.2). Min, Max
// and Actual are in the target's units: numbers for scores and number
// questions, text for durations ("1h") and dates' ages ("315d"); Actual
// is null when not known.
type TargetSummary struct {
	Scope    string `json:"scope"`
	ID       string `json:"id,omitempty"`
	Min      any    `json:"min,omitempty"`
	Max      any    `json:"max,omitempty"`
	By       string `json:"by"`
	Actual   any    `json:"actual"`
	Estimate bool   `json:"estimate,omitempty"`
	State    string `json:"state"`
}

func (r *Result) targetSummaries() []TargetSummary {
	var out []TargetSummary
	for _, tr := range r.Targets {
		ts := TargetSummary{Scope: string(tr.Scope), ID: tr.ID, By: tr.Target.By.Format(questionnaire.DateLayout), State: string(tr.State)}
		if tr.Target.Min != nil {
			ts.Min = limitJSON(*tr.Target.Min)
		}
		if tr.Target.Max != nil {
			ts.Max = limitJSON(*tr.Target.Max)
		}
		if tr.Known {
			ts.Actual = tr.ActualJSON(r.Questionnaire)
			ts.Estimate = tr.Answer != nil && tr.Answer.Estimate
		}
		out = append(out, ts)
	}
	return out
}

func limitJSON(l answers.Limit) any {
	if l.Text != "" {
		return l.Text
	}
	return l.Value
}

// ActualJSON is the figure as JSON and text outputs give it: a number for
// scores and number questions, a duration as it was answered ("192m"),
// and a date's age in days ("315d").
func (tr TargetResult) ActualJSON(q *questionnaire.Questionnaire) any {
	qn := tr.Question(q)
	switch {
	case qn == nil || qn.Type == questionnaire.Number:
		return tr.Actual
	case qn.Type == questionnaire.Duration:
		return tr.Answer.Value.Format(questionnaire.Duration)
	}
	return answers.FormatNumber(math.Round(tr.Actual/(24*60))) + "d"
}
