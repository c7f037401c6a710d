package diff

import (
	"math"
	"sort"

	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// gaps lists the gaps that closed and those that opened, and counts those
// open on both sides.
func (c *comparer) gaps() (closed, opened []GapDiff, stillOpen int) {
	oldGaps, newGaps := gapsByID(c.old), gapsByID(c.new)
	closed, opened = []GapDiff{}, []GapDiff{}
	for _, g := range c.old.Gaps {
		id := c.canon(g.Question.ID)
		if _, ok := newGaps[id]; ok {
			stillOpen++
			continue
		}
		closed = append(closed, c.gapDiff(g, c.closedWhy(id)))
	}
	for _, g := range c.new.Gaps {
		if _, ok := oldGaps[c.oldID(g.Question.ID)]; !ok {
			gd := c.gapDiff(g, c.openedWhy(g.Question.ID))
			gd.Recommendation = g.Recommendation.In(c.lang)
			opened = append(opened, gd)
		}
	}
	c.sortGaps(closed)
	c.sortGaps(opened)
	return closed, opened, stillOpen
}

func gapsByID(r *scoring.Result) map[string]scoring.Gap {
	m := make(map[string]scoring.Gap, len(r.Gaps))
	for _, g := range r.Gaps {
		m[g.Question.ID] = g
	}
	return m
}

// gapDiff is a gap of either side. It is a must-have when the question is
// one on either side, as the answers list marks it: a duty that is a
// must-have only where a condition holds (critical: {regime: …}) is not
// weighed in points on the side where it does not hold either, so that
// one question is never both marked a must-have and ranked by points.
func (c *comparer) gapDiff(g scoring.Gap, why reason) GapDiff {
	qn := c.question(c.canon(g.Question.ID))
	return GapDiff{Question: qn.ID, Section: qn.Section.ID, Text: qn.Text.In(c.lang),
		Critical: g.Critical || c.critical(qn.ID), PointsLost: g.PointsLost, Why: why.english(), reason: why}
}

// sortGaps orders gaps as the action plan does: critical first, then by
// points lost, then in questionnaire order.
func (c *comparer) sortGaps(gs []GapDiff) {
	sort.SliceStable(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		if a.Critical != b.Critical {
			return a.Critical
		}
		if math.Abs(a.PointsLost-b.PointsLost) > 1e-9 {
			return a.PointsLost > b.PointsLost
		}
		return c.order[a.Question] < c.order[b.Question]
	})
}

// closedWhy says what closed a gap of the old side.
func (c *comparer) closedWhy(id string) reason {
	qr := c.new.Question(id)
	switch {
	case qr == nil:
		return reason{key: "diff.why.question-removed"}
	case qr.Status == scoring.NotApplicable:
		return reason{key: "diff.why.no-longer-applies"}
	case qr.Status == scoring.AnsweredNA:
		return reason{key: "diff.why.answered-na"}
	case !counts(c.new, qr):
		return reason{key: "diff.why.no-longer-counts"}
	}
	before, after := state(c.old, c.oldID(id), c.lang), state(c.new, id, c.lang)
	switch {
	case before.Answer != after.Answer:
		return answered(after)
	case c.kinds[id] == QuestionChanged:
		return reason{key: "diff.why.question-changed"}
	}
	return reason{key: "diff.why.scores-full"}
}

// openedWhy says what opened a gap of the new side.
func (c *comparer) openedWhy(id string) reason {
	oqr, nqr := c.old.Question(c.oldID(id)), c.new.Question(id)
	before, after := state(c.old, c.oldID(id), c.lang), state(c.new, id, c.lang)
	switch {
	case oqr == nil:
		return reason{key: "diff.why.new-question"}
	case oqr.Status == scoring.NotApplicable:
		return reason{key: "diff.why.now-applies"}
	case oqr.Status == scoring.AnsweredNA:
		return reason{key: "diff.why.no-longer-na"}
	case !counts(c.old, oqr):
		return reason{key: "diff.why.now-counts"}
	case nqr.Status == scoring.Unanswered:
		return reason{key: "diff.why.answer-removed"}
	case before.Answer != after.Answer || before.Status != after.Status && after.Status == summary.StatusUnknown:
		return answered(after)
	case c.kinds[id] == QuestionChanged:
		return reason{key: "diff.why.question-changed"}
	}
	return reason{key: "diff.why.scores-less"}
}

// answered is the reason "answered …" quoting the new answer. An answer
// "don't know" with no value (unknown: true) is quoted as such; it was
// quoted as “”.
func answered(after State) reason {
	if after.Status == summary.StatusUnknown && after.Answer == "" {
		return reason{key: "diff.why.answered", answer: "unknown", unknown: true}
	}
	return reason{key: "diff.why.answered", answer: after.Answer, shown: after.shown}
}
