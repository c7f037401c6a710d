package diff

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// sameQuestionnaire reports whether two questionnaires are the same file
// contents (two loads of one file are two values).
func sameQuestionnaire(a, b *questionnaire.Questionnaire) bool {
	return a == b || (a.ID == b.ID && a.SHA256 == b.SHA256)
}

// questionChanges tells which questions are new, changed or removed on the
// way from the old side to the new. With two questionnaires they are
// compared directly, question by question (by fingerprint: text, options,
// scores, bands). With one, the old answers file's fingerprints tell what
// changed since those answers were given.
func questionChanges(oldQ, newQ *questionnaire.Questionnaire, oldFile *answers.File) QuestionChange {
	if sameQuestionnaire(oldQ, newQ) {
		c := answers.Compare(oldFile, newQ)
		basis := "fingerprints"
		if !c.Known {
			basis = "unknown"
		}
		return QuestionChange{Basis: basis, New: nonNil(c.New), Changed: nonNil(c.Changed), Removed: nonNil(c.Removed)}
	}
	c := QuestionChange{Basis: "questionnaires", New: []string{}, Changed: []string{}, Removed: []string{}}
	renamed := renames(oldQ, newQ)
	was := map[string]string{}
	for from, to := range renamed {
		was[to] = from
	}
	for _, qn := range newQ.Questions {
		old := oldQ.Question(qn.ID)
		if from, ok := was[qn.ID]; ok {
			old = oldQ.Question(from)
		}
		switch {
		case old == nil:
			c.New = append(c.New, qn.ID)
		case old.Fingerprint() != qn.Fingerprint():
			c.Changed = append(c.Changed, qn.ID)
		}
	}
	for _, qn := range oldQ.Questions {
		if _, ok := renamed[qn.ID]; !ok && newQ.Question(qn.ID) == nil {
			c.Removed = append(c.Removed, qn.ID)
		}
	}
	return c
}

// renames maps the ids of old questions to the new questions that replace
// them (`replaces`, questionnaires/README.md): a question the new version renamed
// is the same question on both sides, not one removed and one new.
func renames(oldQ, newQ *questionnaire.Questionnaire) map[string]string {
	m := map[string]string{}
	if sameQuestionnaire(oldQ, newQ) {
		return m
	}
	for _, qn := range newQ.Questions {
		if oldQ.Question(qn.ID) != nil {
			continue
		}
		for _, from := range qn.Replaces {
			if oldQ.Question(from) != nil && newQ.Question(from) == nil {
				m[from] = qn.ID
				break
			}
		}
	}
	return m
}

// kinds indexes a QuestionChange by question id.
func (c QuestionChange) kinds() map[string]string {
	m := map[string]string{}
	for _, id := range c.New {
		m[id] = QuestionNew
	}
	for _, id := range c.Changed {
		m[id] = QuestionChanged
	}
	for _, id := range c.Removed {
		m[id] = QuestionRemoved
	}
	return m
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
