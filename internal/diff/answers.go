package diff

import (
	"sort"

	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// answers lists the questions whose answer, status or note changed. A
// question that has no answer on either side (new and unanswered, say) is
// left out: the gaps and the question changes already tell of it.
func (c *comparer) answers() []AnswerDiff {
	out := []AnswerDiff{}
	for _, id := range c.ids {
		before, after := state(c.old, c.oldID(id)), state(c.new, id)
		valueChanged := before.Status != after.Status || before.Answer != after.Answer
		noteChanged := before.Note != after.Note
		if !noteChanged && (!valueChanged || !(hasAnswer(before) || hasAnswer(after))) {
			continue
		}
		qn := c.question(id)
		out = append(out, AnswerDiff{
			Question: id, Section: qn.Section.ID, Text: qn.Text.In(c.lang), Critical: qn.Critical,
			Before: before, After: after, ValueChanged: valueChanged, NoteChanged: noteChanged,
			PointsGained: before.PointsLost - after.PointsLost, QuestionChange: c.kinds[id],
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Critical != out[j].Critical {
			return out[i].Critical
		}
		return c.order[out[i].Question] < c.order[out[j].Question]
	})
	return out
}

// state is a question as one side has it.
func state(r *scoring.Result, id string) State {
	qr := r.Question(id)
	if qr == nil {
		return State{Status: Absent}
	}
	s := State{Status: export.Status(qr.Status), PointsLost: qr.PointsLost, Gap: qr.Gap}
	if a := qr.Answer; a != nil {
		s.Note = a.Note
		if a.Value.Set {
			s.Answer = a.Value.Format(qr.Question.Type)
		}
	}
	if qr.Counted {
		score := qr.Score
		s.Score = &score
	}
	return s
}

func hasAnswer(s State) bool {
	return s.Status == export.StatusAnswered || s.Status == export.StatusNotApplicable || s.Answer != ""
}
