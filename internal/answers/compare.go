package answers

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Changes says how the questionnaire differs from the one the answers were
// given to, question by question.
type Changes struct {
	// Known is false when the answers file records no fingerprints (a
	// hand-written file): then only removed questions can be told.
	Known bool
	// New lists questions the earlier questionnaire did not have.
	New []string
	// Changed lists questions whose text, options, scores or bands changed
	// since they were answered.
	Changed []string
	// Removed lists ids answered or recorded earlier that the questionnaire
	// no longer has.
	Removed []string
	// Carried lists questions whose answer was carried from an earlier
	// assessment (`run --from`, CarryForward) and is still to be
	// confirmed; a carried answer to a question that changed since the
	// earlier assessment is listed as changed instead.
	Carried []string
}

// Any reports whether anything changed.
func (c Changes) Any() bool { return len(c.New)+len(c.Changed)+len(c.Removed) > 0 }

// Compare tells what changed in q since the answers in f were given.
func Compare(f *File, q *questionnaire.Questionnaire) Changes {
	fp := f.Questionnaire.Fingerprints
	c := Changes{Known: recorded(fp)}
	removed := map[string]bool{}
	for _, id := range f.Orphans(q) {
		removed[id] = true
		c.Removed = append(c.Removed, id)
	}
	if !c.Known {
		// Answers carried from a renamed question (Migrate) or from an
		// earlier assessment are to be confirmed even when nothing else
		// was recorded.
		for _, qn := range q.Questions {
			switch v := fp[qn.ID]; {
			case IsCarriedMark(v):
				c.carried(qn, v)
			case IsRenamedMark(v):
				c.Changed = append(c.Changed, qn.ID)
			}
		}
		return c
	}
	for _, qn := range q.Questions {
		old, ok := fp[qn.ID]
		switch {
		case IsCarriedMark(old):
			c.carried(qn, old)
		case !ok:
			c.New = append(c.New, qn.ID)
		case old != qn.Fingerprint():
			c.Changed = append(c.Changed, qn.ID)
		}
	}
	for _, id := range fingerprintOrder(fp, q) {
		if q.Question(id) == nil && !removed[id] {
			c.Removed = append(c.Removed, id)
		}
	}
	return c
}

// carried lists a question whose answer was carried from an earlier
// assessment: as changed when the question changed since (its fingerprint
// then was recorded after the mark), else as carried.
func (c *Changes) carried(qn *questionnaire.Question, mark string) {
	if was := strings.TrimPrefix(mark, carriedMark); was != "" && was != qn.Fingerprint() {
		c.Changed = append(c.Changed, qn.ID)
		return
	}
	c.Carried = append(c.Carried, qn.ID)
}

// Adopt moves the assessment to questionnaire q: the reference names q,
// and questions never recorded get q's fingerprints. Changed questions
// keep their old fingerprint until they are answered again (Put), so that
// Compare still lists them.
func (f *File) Adopt(q *questionnaire.Questionnaire) {
	old := f.Questionnaire.Fingerprints
	ref := RefOf(q)
	for id, fp := range old {
		if q.Question(id) != nil {
			ref.Fingerprints[id] = fp
		}
	}
	f.Questionnaire = ref
}

// recorded reports whether the file recorded the questionnaire's
// fingerprints when it was written, not only marks of carried answers. A
// carried mark that holds the fingerprint the earlier file recorded counts:
// an assessment carried from a recorded one, every question of which was
// answered, has only such marks, and a question new since then must still
// be told as new.
func recorded(fp map[string]string) bool {
	for _, v := range fp {
		if !IsRenamedMark(v) && !IsCarriedMark(v) || IsCarriedMark(v) && v != carriedMark {
			return true
		}
	}
	return false
}
