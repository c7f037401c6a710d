package answers

import (
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// carriedMark starts the fingerprint recorded for an answer carried from
// an earlier assessment (`run --from`) and not yet confirmed; what follows
// it is the fingerprint the earlier file recorded for the question, if
// any. Like renamedMark it matches no question's fingerprint, and it is
// kept in the file, so the answer stays to be confirmed across sittings
// until it is answered again (Put records the real fingerprint).
const carriedMark = "carried:"

// IsCarriedMark reports whether a recorded fingerprint marks an answer
// carried from an earlier assessment and not yet confirmed.
func IsCarriedMark(fp string) bool { return strings.HasPrefix(fp, carriedMark) }

// CarryForward starts a new assessment of q, dated date, from an earlier
// one (docs/commands.md): its answers are the starting point,
// each marked to be confirmed; notes, evidence, actions and targets come along;
// answers to ids that questions of q now replace are carried to those
// questions (Migrate); answers to questions q no longer has stay, as
// orphans. The new file records where it came from. old is not changed.
func CarryForward(old *File, q *questionnaire.Questionnaire, from Origin, date time.Time) (*File, []Renamed) {
	f := New(q, date)
	f.Organization, f.Service, f.Respondent = old.Organization, old.Service, old.Respondent
	o := from
	f.From = &o
	for _, id := range old.ids() {
		f.Set(id, copyAnswer(old.Answers[id]))
	}
	// The board's targets stand until it sets others.
	f.Targets = copyTargets(old.Targets)
	for _, id := range old.ActionIDs() {
		a := *old.Actions[id]
		a.Pos = yamlsrc.Pos{}
		f.SetAction(id, &a)
	}
	// Questions the earlier file never recorded are new to this team:
	// leave them without a fingerprint, so that Compare says so.
	oldFP := old.Questionnaire.Fingerprints
	if recorded(oldFP) {
		for _, qn := range q.Questions {
			if _, ok := oldFP[qn.ID]; !ok && f.Answers[qn.ID] == nil {
				delete(f.Questionnaire.Fingerprints, qn.ID)
			}
		}
	}
	renamed := f.Migrate(q)
	for _, qn := range q.Questions {
		a := f.Answers[qn.ID]
		if !a.Answered() || IsRenamedMark(f.Questionnaire.Fingerprints[qn.ID]) {
			continue
		}
		prev := oldFP[qn.ID]
		if IsRenamedMark(prev) || IsCarriedMark(prev) {
			prev = "" // not confirmed then either: nothing to compare with
		}
		f.Questionnaire.Fingerprints[qn.ID] = carriedMark + prev
	}
	return f, renamed
}

// copyAnswer is a deep copy of a, with no position in any file.
func copyAnswer(a *Answer) *Answer {
	c := *a
	c.Pos = yamlsrc.Pos{}
	c.Value.Choices = append([]string(nil), a.Value.Choices...)
	if a.Value.Choices != nil && c.Value.Choices == nil {
		c.Value.Choices = []string{}
	}
	c.Evidence = append([]Evidence(nil), a.Evidence...)
	for i := range c.Evidence {
		c.Evidence[i].Pos = yamlsrc.Pos{}
	}
	return &c
}

// CarriedFrom reports whether the answer to id was carried from an
// earlier assessment and is still to be confirmed.
func (f *File) CarriedFrom(id string) bool {
	return IsCarriedMark(f.Questionnaire.Fingerprints[id])
}
