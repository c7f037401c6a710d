package answers

import "github.com/dutycheck/dutycheck/internal/questionnaire"

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
		// Answers carried from a renamed question (Migrate) are to be
		// confirmed even when nothing else was recorded.
		for _, qn := range q.Questions {
			if IsRenamedMark(fp[qn.ID]) {
				c.Changed = append(c.Changed, qn.ID)
			}
		}
		return c
	}
	for _, qn := range q.Questions {
		old, ok := fp[qn.ID]
		switch {
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
// fingerprints when it was written, not only marks of carried answers.
func recorded(fp map[string]string) bool {
	for _, v := range fp {
		if !IsRenamedMark(v) {
			return true
		}
	}
	return false
}
