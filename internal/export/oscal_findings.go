package export

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// observation records an answer as the respondent gave it.
func (b *oscalBuilder) observation(qr scoring.QuestionResult) (observation, bool) {
	qn, a := qr.Question, qr.Answer
	if qr.Status != scoring.Answered && qr.Status != scoring.AnsweredNA && qr.Status != scoring.Unknown {
		return observation{}, false
	}
	o := observation{
		UUID:      newUUID("observation\x1f" + b.subject + "\x1f" + qn.ID),
		Title:     qn.Text.In(b.lang),
		Methods:   []string{"INTERVIEW"},
		Types:     []string{"control-objective"},
		Collected: b.collected,
	}
	o.Props = props(p("question", qn.ID), p("section", qn.Section.ID), p("status", summary.StatusName(qr.Status)))
	if qr.Status == scoring.AnsweredNA {
		o.Description = "Answered not applicable."
		if a.Note != "" {
			o.Remarks = "Reason given: " + a.Note
		}
		return o, true
	}
	if qr.Status == scoring.Unknown {
		o.Description = "Answered don't know / not measured: it scores 0, and the action is to measure it."
	} else {
		o.Description = "Answer: " + answerText(qn, a.Value, b.lang) + "."
		if a.Estimate {
			o.Description = "Answer (an estimate, not a measurement): " + answerText(qn, a.Value, b.lang) + "."
		}
		if m := a.Measured; m != nil {
			o.Description = fmt.Sprintf("Answer (measured from case exports: %s of %d cases, %s to %s): %s.", m.Metric, m.Cases,
				m.From.Format(questionnaire.DateLayout), m.To.Format(questionnaire.DateLayout), answerText(qn, a.Value, b.lang))
		}
		o.Props = append(o.Props, props(p("answer", a.Value.Format(qn.Type)))...)
	}
	o.Props = append(o.Props, props(p("estimate", boolProp(a.Estimate && a.Value.Set)))...)
	if a.Measured != nil {
		o.Props = append(o.Props, p("measured", "true"))
	}
	if qr.Counted {
		o.Props = append(o.Props, p("score", decimal(qr.Score)))
	}
	if strings.TrimSpace(a.Note) != "" {
		o.RelevantEvidence = []evidence{{Description: a.Note}}
	}
	o.RelevantEvidence = append(o.RelevantEvidence, relevantEvidence(a)...)
	// A note or evidence kept when the answer changed says so, as in
	// every other output: it backs the earlier answer, not this one.
	if mark := summary.NoteForMark(l10n.For("en"), a); mark != "" {
		for i := range o.RelevantEvidence {
			o.RelevantEvidence[i].Description = "(" + mark + ") " + o.RelevantEvidence[i].Description
		}
		o.Props = append(o.Props, p("note-written-for", clean(a.NoteFor)))
	}
	return o, true
}

// relevantEvidence is an answer's evidence items as OSCAL relevant
// evidence: a link by its URL; a file by its path relative to the answers
// file, with the SHA-256 recorded when it was added as a property, so that
// an auditor can fetch it and check it is the file that backed the answer.
func relevantEvidence(a *answers.Answer) []evidence {
	var out []evidence
	for _, e := range a.Evidence {
		ev := evidence{Description: "Link to what backs the answer."}
		if e.URL != "" {
			ev.Href = e.URL
		} else {
			ev.Href = pathHref(e.File)
			ev.Description = "File " + clean(e.File) + ", relative to the answers file."
			if e.Stale != "" {
				ev.Description += " It is " + e.Stale + " since it was recorded, and is not evidence."
			}
			ev.Props = props(p("sha256", e.SHA256))
		}
		if !e.Date.IsZero() {
			ev.Props = append(ev.Props, p("evidence-date", e.Date.Format(questionnaire.DateLayout)))
		}
		if len(ev.Props) == 0 {
			ev.Props = nil
		}
		out = append(out, ev)
	}
	return out
}

// boolProp is "true", or "" (left out) for false.
func boolProp(b bool) string {
	if b {
		return "true"
	}
	return ""
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
	case qr.Status == scoring.Unknown:
		state, reason = "not-satisfied", "fail"
		desc = fmt.Sprintf("Answered don't know / not measured: it scores 0 and costs %.1f points; measure it.", qr.PointsLost)
	case qr.Gap:
		state, reason = "not-satisfied", "fail"
		desc = fmt.Sprintf("Falls short: scores %s and costs %.1f points.", percent(qr.Score), qr.PointsLost)
	}
	if qr.Critical {
		desc = strings.Replace(desc, fmt.Sprintf(" and costs %.1f points", qr.PointsLost), "", 1)
		desc += " This is a must-have duty."
	}
	fd := finding{
		UUID:        newUUID("finding\x1f" + b.subject + "\x1f" + qn.ID),
		Title:       qn.Text.In(b.lang),
		Description: desc,
		Props: props(p("question", qn.ID), p("section", qn.Section.ID), p("score", decimal(qr.Score)),
			p("weight", decimal(qn.Weight)), p("points-lost", decimal(qr.PointsLost)),
			p("critical", strconv.FormatBool(qr.Critical)), p("status", summary.StatusName(qr.Status))),
		Target: findingTarget{Type: "objective-id", TargetID: token(qn.ID),
			Status: objectiveStatus{State: state, Reason: reason}},
	}
	if obs != "" {
		fd.RelatedObservations = []relatedObservation{{ObservationUUID: obs}}
	}
	if act := b.r.Answers.Actions[qn.ID]; act != nil {
		st := string(act.Status)
		if st == "" {
			st = string(answers.ActionOpen)
		}
		due := ""
		if !act.Due.IsZero() {
			due = act.Due.Format(questionnaire.DateLayout)
		}
		fd.Props = append(fd.Props, props(p("action-owner", act.Owner), p("action-due", due), p("action-status", st),
			p("action-done-when", act.DoneWhen), p("action-approved-by", act.ApprovedBy),
			p("action-overdue", boolProp(qr.Gap && act.Overdue(b.r.Answers.Date))))...)
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
		en := l10n.For("en") // OSCAL prose is English by design
		for _, id := range g.References {
			if ref := b.r.Questionnaire.Reference(id); ref != nil {
				t := summary.RefText(en, b.r, id, b.lang)
				if ref.URL != "" {
					t += " (" + ref.URL + ")"
				}
				refs = append(refs, t)
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
