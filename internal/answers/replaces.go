package answers

import (
	"errors"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// Renamed is an answer found under an id that a question now `replaces`
// (questionnaires/README.md).
type Renamed struct {
	// From is the old id, To the question that replaces it.
	From, To string
	// Err is set when the old answer does not fit the question as it is
	// now (an option removed, a type changed): the answer then stays under
	// the old id, kept and reported as an orphan, never dropped.
	Err error
	// Kept is set when To has an answer of its own already: that one
	// wins, and the old answer stays under the old id as an orphan.
	Kept bool
}

// Carried reports whether the answer now stands under the new id.
func (r Renamed) Carried() bool { return r.Err == nil && !r.Kept }

// renamedMark starts the fingerprint recorded for an answer carried from
// an old id. It matches no question's fingerprint, so Compare lists the
// question as changed and the walk-through offers the answer for
// confirmation; answering again (Put) records the real fingerprint. It is
// kept in the file, so a carried answer stays to be confirmed across
// sittings until it is.
const renamedMark = "renamed-from:"

// Migrate carries answers, and their actions, from old ids to the
// questions of q that replace them, so that they are scored, shown and
// written back under the new id instead of as orphans. An old answer is
// checked against the new question as if it had been written under the
// new id. Migrate is idempotent: a second call finds nothing to carry.
func (f *File) Migrate(q *questionnaire.Questionnaire) []Renamed {
	var out []Renamed
	for _, qn := range q.Questions {
		for _, old := range qn.Replaces {
			if q.Question(old) != nil {
				continue // the validator refuses this; never take a live answer
			}
			f.migrateAction(old, qn.ID)
			a, ok := f.Answers[old]
			if !ok {
				continue
			}
			r := Renamed{From: old, To: qn.ID}
			if f.Answers[qn.ID] != nil {
				r.Kept = true
				out = append(out, r)
				continue
			}
			na, err := f.carry(a, q, qn)
			if err != nil {
				r.Err = err
				out = append(out, r)
				continue
			}
			f.Set(qn.ID, na)
			delete(f.Answers, old)
			if f.Questionnaire.Fingerprints == nil {
				f.Questionnaire.Fingerprints = map[string]string{}
			}
			delete(f.Questionnaire.Fingerprints, old)
			f.Questionnaire.Fingerprints[qn.ID] = renamedMark + old
			out = append(out, r)
		}
	}
	return out
}

// migrateAction moves the action under an old id to the new one, unless
// the new one has its own.
func (f *File) migrateAction(old, new string) {
	act, ok := f.Actions[old]
	if !ok {
		return
	}
	if _, taken := f.Actions[new]; taken {
		return
	}
	f.Actions[new] = act
	delete(f.Actions, old)
}

// carry reads an orphaned answer as an answer to qn, with every check a
// decoded answer gets: the old answer's YAML is read by Decode as if the
// file had it under the new id (with the file's assessment date, which
// date answers are checked against). An answer made in memory (not read
// from a file) is moved as it is.
func (f *File) carry(a *Answer, q *questionnaire.Questionnaire, qn *questionnaire.Question) (*Answer, error) {
	if a.raw == nil {
		c := *a
		return &c, nil
	}
	top := mapping()
	add(top, "format", str(Format))
	ref := mapping()
	add(ref, "id", str(q.ID))
	add(top, "questionnaire", ref)
	if f.DateSet {
		add(top, "date", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: f.Date.Format(questionnaire.DateLayout)})
	}
	ans := mapping()
	add(ans, qn.ID, a.raw)
	add(top, "answers", ans)
	data, err := yaml.Marshal(top)
	if err != nil {
		return nil, err
	}
	g, err := Decode("", data, q)
	if err != nil {
		var el *yamlsrc.ErrorList
		if errors.As(err, &el) {
			var msgs []string
			for _, p := range el.Problems {
				msgs = append(msgs, p.Msg)
			}
			return nil, errors.New(strings.Join(msgs, "; "))
		}
		return nil, err
	}
	na := g.Answers[qn.ID]
	if na == nil {
		return nil, errors.New("no answer")
	}
	na.Pos = a.Pos
	return na, nil
}

// IsRenamedMark reports whether a recorded fingerprint marks an answer
// carried from an old id and not yet confirmed.
func IsRenamedMark(fp string) bool { return strings.HasPrefix(fp, renamedMark) }
