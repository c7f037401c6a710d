package tui

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// session is one sitting with an assessment: the questionnaire, the answers
// and where the respondent is allowed to go. It knows nothing of terminals,
// so the full-screen walk-through and the plain prompts share it and walk
// the same questions in the same order.
type session struct {
	q      *questionnaire.Questionnaire
	f      *answers.File
	w      words
	lang   string
	path   string
	isNew  bool
	save   func([]byte) error
	report func() (string, error)
	// reportCmd is the command line that writes the report.
	reportCmd string

	// applies tells, by question index, which questions apply under the
	// answers so far; rank is a question's 1-based place among those that
	// apply (0 when it does not). Both are recomputed after every answer,
	// never per keystroke, so a long questionnaire stays quick to browse.
	applies              []bool
	rank                 []int
	answered, applicable int
	result               *scoring.Result

	// tags marks the questions new or changed since the answers were given
	// ("new", "changed"), until they are answered again.
	tags map[string]string
	// changes is what changed in the questionnaire since the answers were
	// given, as found when the sitting began.
	changes answers.Changes
	// only, when set, limits the walk to these question indexes: the
	// respondent chose to walk just the new and changed questions.
	only map[int]bool

	// unsaved is set when the file on disk lags behind f (a save failed,
	// or nothing was saved yet after a change); saveErr is the last failure.
	unsaved bool
	saveErr error
	// adopted is set once the file names this questionnaire (Adopt); from
	// then on Put keeps the fingerprints current, and hashing every
	// question again on each save would only cost time.
	adopted bool
}

func newSession(cfg Config) *session {
	lang := cfg.Lang
	if lang == "" {
		lang = cfg.Questionnaire.DefaultLang()
	}
	s := &session{
		q: cfg.Questionnaire, f: cfg.Answers, lang: lang, w: words{lang},
		path: cfg.Path, isNew: cfg.New, save: cfg.Save, report: cfg.WriteReport,
		tags: map[string]string{}, reportCmd: cfg.ReportCommand,
	}
	if s.reportCmd == "" {
		s.reportCmd = "dutycheck report -a " + cfg.Path
	}
	if !cfg.New {
		// Answers under ids that questions now replace are read as those
		// questions' (the command line has usually done this already; a
		// second call finds nothing), and Compare lists them as changed,
		// so they are offered for confirmation.
		s.f.Migrate(s.q)
		c := answers.Compare(s.f, s.q)
		s.changes = c
		for _, id := range c.New {
			s.tags[id] = "new"
		}
		for _, id := range c.Changed {
			s.tags[id] = "changed"
		}
	}
	s.refresh()
	return s
}

// refresh recomputes what applies and the counts after answers changed.
func (s *session) refresh() {
	s.applies = scoring.Applicability(s.q, s.f)
	if len(s.rank) != len(s.applies) {
		s.rank = make([]int, len(s.applies))
	}
	s.answered, s.applicable = 0, 0
	for i, qn := range s.q.Questions {
		s.rank[i] = 0
		if !s.applies[i] {
			continue
		}
		s.applicable++
		s.rank[i] = s.applicable
		if s.f.Get(qn.ID).Answered() {
			s.answered++
		}
	}
	s.result = nil
}

// score is the scored assessment as it stands, computed when first asked
// for after a change.
func (s *session) score() *scoring.Result {
	if s.result == nil {
		s.result = scoring.Score(s.q, s.f)
	}
	return s.result
}

// text is a questionnaire text in the session's language, made safe to
// print on one line.
func (s *session) text(t questionnaire.Text) string {
	return questionnaire.Inert(t.In(s.lang), false)
}

// para is like text but keeps line breaks, for help and descriptions.
func (s *session) para(t questionnaire.Text) string {
	return questionnaire.Inert(t.In(s.lang), true)
}

// walks reports whether the walk stops at question i.
func (s *session) walks(i int) bool {
	return s.applies[i] && (s.only == nil || s.only[i])
}

// next is the index of the next question after i that the walk stops at,
// or -1 at the end. i may be -1 to start from the beginning.
func (s *session) next(i int) int {
	for j := i + 1; j < len(s.q.Questions); j++ {
		if s.walks(j) {
			return j
		}
	}
	return -1
}

// prev is the index of the question the walk stopped at before i, or -1.
func (s *session) prev(i int) int {
	for j := i - 1; j >= 0; j-- {
		if s.walks(j) {
			return j
		}
	}
	return -1
}

// resumeAt is where a sitting begins: the first question that applies and
// is unanswered, or the first new or changed one when walking only those;
// -1 when there is none.
func (s *session) resumeAt() int {
	if s.only != nil {
		return s.next(-1)
	}
	for i, qn := range s.q.Questions {
		if s.applies[i] && !s.f.Get(qn.ID).Answered() {
			return i
		}
	}
	return -1
}

// firstIn is the first question of section sec that applies, or -1.
func (s *session) firstIn(sec *questionnaire.Section) int {
	for _, qn := range sec.Questions {
		if s.applies[qn.Index] {
			return qn.Index
		}
	}
	return -1
}

// walkChanged limits the walk to the new and changed questions; it
// reports how many there are.
func (s *session) walkChanged() int {
	s.only = map[int]bool{}
	for id := range s.tags {
		if qn := s.q.Question(id); qn != nil {
			s.only[qn.Index] = true
		}
	}
	return len(s.only)
}

// walkAll lifts the limit set by walkChanged.
func (s *session) walkAll() { s.only = nil }

// changedCount is the number of questions new or changed since the answers
// were given, and still to be confirmed.
func (s *session) changedCount() int { return len(s.tags) }

// put stores the answer to qn and saves at once, so that a confirmed answer
// survives a crash or a kill.
func (s *session) put(qn *questionnaire.Question, a *answers.Answer) error {
	s.f.Put(qn, a)
	delete(s.tags, qn.ID)
	s.refresh()
	return s.persist()
}

// clear removes the answer to qn, keeping its note (evidence someone typed
// is not thrown away with the value), and saves.
func (s *session) clear(qn *questionnaire.Question) error {
	old := s.f.Get(qn.ID)
	if old == nil {
		return nil
	}
	if old.Note != "" {
		s.f.Put(qn, &answers.Answer{Note: old.Note})
	} else {
		delete(s.f.Answers, qn.ID)
	}
	s.refresh()
	return s.persist()
}

// drop removes the answer to qn, note and all, and saves: the respondent
// emptied both the value and the note.
func (s *session) drop(qn *questionnaire.Question) error {
	delete(s.f.Answers, qn.ID)
	s.refresh()
	return s.persist()
}

// setOrganization names the organization assessed and saves.
func (s *session) setOrganization(name string) error {
	s.f.Organization = name
	return s.persist()
}

// persist writes the whole file through the save function. The assessment
// moves to the questionnaire in use (Adopt), so the file names the version
// the answers were last given to.
func (s *session) persist() error {
	if !s.adopted {
		s.f.Adopt(s.q)
		s.adopted = true
	}
	err := s.save(answers.Encode(s.f, s.q))
	s.unsaved = err != nil
	s.saveErr = err
	if err == nil {
		s.isNew = false
	}
	return err
}

// flush saves once more if the file on disk lags behind.
func (s *session) flush() error {
	if !s.unsaved {
		return nil
	}
	return s.persist()
}

// changeSummary says what changed in the questionnaire since the answers
// were given, "2 new, 1 changed, 1 removed", leaving out the zeros.
func (s *session) changeSummary() string {
	w := s.w
	nNew, nChanged := 0, 0
	for _, tag := range s.tags {
		if tag == "new" {
			nNew++
		} else {
			nChanged++
		}
	}
	var parts []string
	if nNew > 0 {
		parts = append(parts, w.T("changes.new", nNew))
	}
	if nChanged > 0 {
		parts = append(parts, w.T("changes.changed", nChanged))
	}
	if n := len(s.changes.Removed); n > 0 {
		parts = append(parts, w.T("changes.removed", n))
	}
	return strings.Join(parts, ", ")
}
