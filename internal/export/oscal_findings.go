package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// observation records an answer as the respondent gave it.
func (b *oscalBuilder) observation(qr scoring.QuestionResult) (observation, bool) {
	qn, a := qr.Question, qr.Answer
	if qr.Status != scoring.Answered && qr.Status != scoring.AnsweredNA {
		return observation{}, false
	}
	o := observation{
		UUID:      newUUID("observation\x1f" + b.subject + "\x1f" + qn.ID),
		Title:     qn.Text.In(b.lang),
		Methods:   []string{"INTERVIEW"},
		Types:     []string{"control-objective"},
		Collected: b.collected,
	}
	o.Props = props(p("question", qn.ID), p("section", qn.Section.ID), p("status", Status(qr.Status)))
	if qr.Status == scoring.AnsweredNA {
		o.Description = "Answered not applicable."
		if a.Note != "" {
			o.Remarks = "Reason given: " + a.Note
		}
		return o, true
	}
	o.Description = "Answer: " + answerText(qn, a.Value, b.lang) + "."
	o.Props = append(o.Props, props(p("answer", a.Value.Format(qn.Type)))...)
	if qr.Counted {
		o.Props = append(o.Props, p("score", decimal(qr.Score)))
	}
	if strings.TrimSpace(a.Note) != "" {
		o.RelevantEvidence = []evidence{{Description: a.Note}}
	}
	return o, true
}

// finding judges one duty: satisfied when it scores in full.
func (b *oscalBuilder) finding(qr scoring.QuestionResult, obs string) finding {
	qn := qr.Question
	state, reason := "satisfied", "pass"
	desc := "Meets the duty in full."
	switch {
	case qr.Status == scoring.Unanswered:
		state, reason = "not-satisfied", "fail"
		desc = fmt.Sprintf("Not answered: what is not known is not done, so it scores 0 and costs %.1f points.", qr.PointsLost)
	case qr.Gap:
		state, reason = "not-satisfied", "fail"
		desc = fmt.Sprintf("Falls short: scores %s and costs %.1f points.", percent(qr.Score), qr.PointsLost)
	}
	if qn.Critical {
		desc += " This is a critical duty."
	}
	fd := finding{
		UUID:        newUUID("finding\x1f" + b.subject + "\x1f" + qn.ID),
		Title:       qn.Text.In(b.lang),
		Description: desc,
		Props: props(p("question", qn.ID), p("section", qn.Section.ID), p("score", decimal(qr.Score)),
			p("weight", decimal(qn.Weight)), p("points-lost", decimal(qr.PointsLost)),
			p("critical", strconv.FormatBool(qn.Critical)), p("status", Status(qr.Status))),
		Target: findingTarget{Type: "objective-id", TargetID: token(qn.ID),
			Status: objectiveStatus{State: state, Reason: reason}},
	}
	if obs != "" {
		fd.RelatedObservations = []relatedObservation{{ObservationUUID: obs}}
	}
	if qr.Gap {
		fd.Remarks = b.recommendation(qr)
	}
	return fd
}

// recommendation is the action plan's text for a gap, with its sources.
func (b *oscalBuilder) recommendation(qr scoring.QuestionResult) string {
	for _, g := range b.r.Gaps {
		if g.Question != qr.Question {
			continue
		}
		var parts, refs []string
		if rec := strings.TrimSpace(g.Recommendation.In(b.lang)); rec != "" {
			parts = append(parts, "Recommendation: "+rec)
		}
		for _, id := range g.References {
			if ref := b.r.Questionnaire.Reference(id); ref != nil {
				refs = append(refs, fmt.Sprintf("%s (%s)", ref.Title.In(b.lang), ref.URL))
			}
		}
		if len(refs) > 0 {
			parts = append(parts, "Sources: "+strings.Join(refs, "; ")+".")
		}
		return strings.Join(parts, " ")
	}
	return ""
}

// answerText is an answer in words: option labels for choices, the value
// as written otherwise.
func answerText(qn *questionnaire.Question, v answers.Value, lang string) string {
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single, questionnaire.Multi:
		choices := v.Choices
		if qn.Type != questionnaire.Multi {
			choices = []string{v.Choice}
		}
		var labels []string
		for _, val := range choices {
			if o, ok := qn.Option(val); ok {
				labels = append(labels, o.Label.In(lang))
			}
		}
		if len(labels) > 0 {
			return strings.Join(labels, ", ")
		}
		return "none chosen"
	}
	return v.Format(qn.Type)
}
