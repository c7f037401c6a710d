package diff

import (
	"slices"
	"sort"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// answers lists the questions whose answer, status, note or evidence
// changed. A
// question that has no answer on either side (new and unanswered, say) is
// left out: the gaps and the question changes already tell of it.
func (c *comparer) answers() []AnswerDiff {
	out := []AnswerDiff{}
	for _, id := range c.ids {
		before, after := state(c.old, c.oldID(id), c.lang), state(c.new, id, c.lang)
		// A figure typed last time and measured now (or measured over
		// another period) is a change of what the answer rests on.
		valueChanged := before.Status != after.Status || before.Answer != after.Answer || before.Estimate != after.Estimate ||
			before.Measured != after.Measured
		noteChanged := before.Note != after.Note
		evidenceChanged := !slices.Equal(before.Evidence, after.Evidence)
		if !noteChanged && !evidenceChanged && (!valueChanged || !(hasAnswer(before) || hasAnswer(after))) {
			continue
		}
		// What backed the old answer was kept for the new one: a note or
		// evidence unchanged, on a question answered on both sides.
		stale := valueChanged && hasAnswer(before) && hasAnswer(after) &&
			(before.Note != "" && !noteChanged || len(before.Evidence) > 0 && !evidenceChanged)
		qn := c.question(id)
		ad := AnswerDiff{
			Question: id, Section: qn.Section.ID, Text: qn.Text.In(c.lang), Critical: c.critical(id),
			Before: before, After: after, ValueChanged: valueChanged, NoteChanged: noteChanged,
			EvidenceChanged: evidenceChanged, Stale: stale,
			PointsGained: before.PointsLost - after.PointsLost, QuestionChange: c.kinds[id],
		}
		ad.OptionsAdded, ad.OptionsRemoved = c.optionChanges(id)
		for _, v := range ad.OptionsAdded {
			ad.addedShown = append(ad.addedShown, c.optionLabel(id, v))
		}
		for _, v := range ad.OptionsRemoved {
			ad.removedShown = append(ad.removedShown, c.optionLabel(id, v))
		}
		out = append(out, ad)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Critical != out[j].Critical {
			return out[i].Critical
		}
		return c.order[out[i].Question] < c.order[out[j].Question]
	})
	return out
}

// critical reports whether the question is a must-have on either side as
// scored: critical, or its condition holding, where it applies and counts.
func (c *comparer) critical(id string) bool {
	if qr := c.old.Question(c.oldID(id)); qr != nil && qr.Critical {
		return true
	}
	qr := c.new.Question(id)
	return qr != nil && qr.Critical
}

// state is a question as one side has it.
func state(r *scoring.Result, id, lang string) State {
	qr := r.Question(id)
	if qr == nil {
		return State{Status: Absent}
	}
	s := State{Status: summary.StatusName(qr.Status), PointsLost: qr.PointsLost, Gap: qr.Gap, counts: counts(r, qr)}
	if a := qr.Answer; a != nil {
		s.Note = a.Note
		s.Estimate = a.Estimate && a.Value.Set
		s.Measured = measuredtext.Of(l10n.For(lang), a, qr.Question)
		if len(a.Evidence) > 0 {
			s.Evidence = summary.Evidence(a)
		}
		if a.Value.Set {
			s.Answer = a.Value.Format(qr.Question.Type)
			s.shown = summary.ShowAnswer(qr.Question, a.Value, lang)
		}
	}
	if qr.Counted {
		score := qr.Score
		s.Score = &score
	}
	return s
}

func hasAnswer(s State) bool {
	return s.Status == summary.StatusAnswered || s.Status == summary.StatusNotApplicable ||
		s.Status == summary.StatusUnknown || s.Answer != ""
}

// optionChanges is, for a multiple-choice question answered with options
// on both sides, the options chosen only now and those chosen only before,
// each in the order the side's answer lists them.
func (c *comparer) optionChanges(id string) (added, removed []string) {
	oq, nq := c.old.Question(c.oldID(id)), c.new.Question(id)
	if oq == nil || nq == nil || oq.Question.Type != questionnaire.Multi || nq.Question.Type != questionnaire.Multi ||
		oq.Answer == nil || nq.Answer == nil || !oq.Answer.Value.Set || !nq.Answer.Value.Set {
		return nil, nil
	}
	before, after := oq.Answer.Value.Choices, nq.Answer.Value.Choices
	for _, v := range after {
		if !slices.Contains(before, v) {
			added = append(added, v)
		}
	}
	for _, v := range before {
		if !slices.Contains(after, v) {
			removed = append(removed, v)
		}
	}
	return added, removed
}

// optionLabel is an option's label in the diff's language, from the new
// questionnaire when it has the option (its wording is current), else the
// old; the value itself when neither has it.
func (c *comparer) optionLabel(id, value string) string {
	for _, qn := range []*questionnaire.Question{c.new.Questionnaire.Question(id), c.old.Questionnaire.Question(c.oldID(id))} {
		if qn == nil {
			continue
		}
		if o, ok := qn.Option(value); ok && !o.Label.IsZero() {
			return o.Label.In(c.lang)
		}
	}
	return value
}
