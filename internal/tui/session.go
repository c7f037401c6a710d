package tui

import (
	"errors"
	"path/filepath"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/changes"
	"github.com/dutycheck/dutycheck/internal/evidence"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/summary"
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
	// signOff judges the sign-offs (Config.SignOff); nil without any.
	signOff func() *signoff.State
	// reportCmd is the command line that writes the report.
	reportCmd string
	// today dates the evidence added; addFile hashes a file added as
	// evidence (see Config.AddEvidence).
	today   time.Time
	addFile func(string) (answers.Evidence, error)
	// hashFile is addFile telling progress how hashing goes; the
	// full-screen walk-through runs it off the screen's goroutine (see
	// evidence_hash.go), so it touches nothing of the session.
	hashFile func(string, evidence.Progress) (answers.Evidence, error)
	// onHash, when set, is told how hashing a large evidence file goes
	// (plain mode says it; see evidence.Progress).
	onHash evidence.Progress

	// applies tells, by question index, which questions apply under the
	// answers so far (kept by track); ranks counts them, for a question's
	// 1-based place among those that apply (rankOf). Both are brought up to
	// date after every answer, never per keystroke, so a long
	// questionnaire stays quick to browse.
	applies              []bool
	track                *scoring.Tracker
	ranks                fenwick
	answered, applicable int
	// toConfirm counts the answered questions that apply whose answer
	// waits to be confirmed: carried from an earlier assessment (run
	// --from), or given to a question that changed since: on file, and
	// scored, but not progress (see confirmed). The results count the same
	// (toConfirmAt), so the header and the body agree.
	toConfirm int
	result    *scoring.Result
	sum       *summary.Summary

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
	// enc encodes the file for each save, again only what changed.
	enc answers.Encoder
	// changedFields is how each question changed since the version the
	// answers were given to (Config.Previous); nil without it.
	changedFields map[string][]changes.Change
	// lazy, set by plain mode, makes a change only mark the file unsaved
	// (calling dirty when it was saved until then): plain mode saves
	// before it waits for the next line (see plain.commit), so piped
	// answers are saved in batches and a walk of n answers costs O(n).
	lazy  bool
	dirty func()
}

func newSession(cfg Config) *session {
	lang := cfg.Lang
	if lang == "" {
		lang = cfg.Questionnaire.DefaultLang()
	}
	s := &session{
		q: cfg.Questionnaire, f: cfg.Answers, lang: lang, w: l10n.For(lang),
		path: cfg.Path, isNew: cfg.New, save: cfg.Save, report: cfg.WriteReport, signOff: cfg.SignOff,
		tags: map[string]string{}, reportCmd: cfg.ReportCommand,
	}
	if s.reportCmd == "" {
		s.reportCmd = "dutycheck report -a " + cfg.Path
	}
	s.today = cfg.Today
	if s.today.IsZero() {
		y, m, d := time.Now().Date()
		s.today = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	if cfg.Read != nil {
		s.enc.Keep(cfg.Read, s.q)
	}
	s.hashFile = func(file string, progress evidence.Progress) (answers.Evidence, error) {
		return evidence.AddWatched(cfg.Path, file, progress)
	}
	if cfg.AddEvidence != nil {
		s.hashFile = func(file string, _ evidence.Progress) (answers.Evidence, error) { return cfg.AddEvidence(file) }
	}
	s.addFile = func(file string) (answers.Evidence, error) {
		return s.hashFile(file, func(done, total int64) {
			if s.onHash != nil {
				s.onHash(done, total)
			}
		})
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
		// Answers carried from an earlier assessment (run --from) are
		// offered as the current answer, to confirm or change.
		for _, id := range c.Carried {
			s.tags[id] = tagCarried
		}
	}
	s.changedFields = whatChangedIn(cfg.Previous, s.q)
	s.refresh()
	return s
}

// changed brings what applies and the counts up to date after the answer
// to qn changed (was: it counted as answered before; waiting: it was
// tagged, still to confirm). Only the questions whose conditions read qn are decided
// again (scoring.Tracker), and the counts move by what flipped, so that a
// walk of n answers does not cost n times the whole questionnaire.
func (s *session) changed(qn *questionnaire.Question, was, waiting bool) {
	if s.track == nil {
		s.refresh()
		return
	}
	s.result = nil
	if s.applies[qn.Index] {
		s.count(qn, was, waiting, -1)
		s.count(qn, s.f.Get(qn.ID).Answered(), s.waiting(qn.ID), +1)
	}
	for _, i := range s.track.Changed(qn.ID) {
		other := s.q.Questions[i]
		d := -1
		if s.applies[i] {
			d = +1
		}
		s.applicable += d
		s.ranks.add(i, d)
		s.count(other, s.f.Get(other.ID).Answered(), s.waiting(other.ID), d)
	}
}

// count adds d to the counts of answered questions (and of those still to
// confirm) for one question that applies.
func (s *session) count(qn *questionnaire.Question, answered, waiting bool, d int) {
	if answered {
		s.answered += d
		if waiting {
			s.toConfirm += d
		}
	}
}

// refresh decides again what applies, and the counts, from all answers.
func (s *session) refresh() {
	s.track = scoring.Track(s.q, s.f)
	s.applies = s.track.Applies()
	s.ranks = newFenwick(len(s.applies))
	s.answered, s.applicable, s.toConfirm = 0, 0, 0
	for i, qn := range s.q.Questions {
		if !s.applies[i] {
			continue
		}
		s.applicable++
		s.ranks.add(i, 1)
		s.count(qn, s.f.Get(qn.ID).Answered(), s.waiting(qn.ID), 1)
	}
	s.result = nil
}

// rankOf is question i's 1-based place among the questions that apply, 0
// when it does not apply.
func (s *session) rankOf(i int) int {
	if !s.applies[i] {
		return 0
	}
	return s.ranks.sum(i)
}

// confirmed is the progress of the walk-through: the questions that apply
// answered in this assessment. An answer carried from an earlier one and
// tagged "to confirm" counts once it is confirmed, so that the bar is not
// full before anything was looked at.
func (s *session) confirmed() int { return s.answered - s.toConfirm }

// confirmedIn is confirmed for the questions of one section.
func (s *session) confirmedIn(sec *questionnaire.Section) int {
	n := 0
	for _, qn := range sec.Questions {
		if s.applies[qn.Index] && s.f.Get(qn.ID).Answered() && !s.waiting(qn.ID) {
			n++
		}
	}
	return n
}

// share is confirmed as a share of the questions that apply.
func (s *session) share() float64 {
	return float64(s.confirmed()) / float64(max(1, s.applicable))
}

// farewell is what is said on leaving: how far the assessment got, where
// it is saved, and how many carried answers are still to be confirmed.
func (s *session) farewell() string {
	line := s.w.T("farewell", s.confirmed(), s.applicable, s.shownPath())
	if s.toConfirm > 0 {
		line += " " + s.w.T("farewell.to.confirm", s.w.N("answers", s.toConfirm))
	}
	return line
}

// score is the scored assessment as it stands, computed when first asked
// for after a change.
func (s *session) score() *scoring.Result {
	if s.result == nil {
		s.result = scoring.Score(s.q, s.f)
	}
	return s.result
}

// summary is the facts the end screen and the plain mode tell, built
// once per scoring.
func (s *session) summary() *summary.Summary {
	if r := s.score(); s.sum == nil || s.sum.Result != r {
		var opt summary.Options
		if s.signOff != nil {
			opt.SignOff = s.signOff()
		}
		s.sum = summary.Build(r, s.lang, opt)
	}
	return s.sum
}

// text is a questionnaire text in the session's language, made safe to
// print on one line.
func (s *session) text(t questionnaire.Text) string {
	return inert.Line(t.In(s.lang))
}

// para is like text but keeps line breaks, for help and descriptions.
func (s *session) para(t questionnaire.Text) string {
	return inert.Block(t.In(s.lang))
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
// is unanswered (or carried, still to confirm), or the first new or
// changed one when walking only those;
// -1 when there is none.
func (s *session) resumeAt() int {
	if s.only != nil {
		return s.next(-1)
	}
	for i, qn := range s.q.Questions {
		if s.applies[i] && (!s.f.Get(qn.ID).Answered() || s.tags[qn.ID] == tagCarried) {
			return i
		}
	}
	return -1
}

// firstIn is where a jump to section sec lands: its first question that
// applies and is unanswered or still to confirm (carried from an earlier
// assessment, or changed since it was answered), else its first that
// applies; -1 when none applies.
func (s *session) firstIn(sec *questionnaire.Section) int {
	first := -1
	for _, qn := range sec.Questions {
		if !s.applies[qn.Index] {
			continue
		}
		if s.toConfirmAt(qn.Index) {
			return qn.Index
		}
		if first < 0 {
			first = qn.Index
		}
	}
	return first
}

// walkChanged limits the walk to the new and changed questions; it
// reports how many there are.
func (s *session) walkChanged() int {
	s.only = map[int]bool{}
	for id, tag := range s.tags {
		if qn := s.q.Question(id); qn != nil && tag != tagCarried {
			s.only[qn.Index] = true
		}
	}
	return len(s.only)
}

// walkAll lifts the limit set by walkChanged.
func (s *session) walkAll() { s.only = nil }

// waiting reports whether the answer to question id, when there is one,
// still waits to be confirmed: it is tagged carried, changed or new.
func (s *session) waiting(id string) bool { return s.tags[id] != "" }

// tagCarried tags an answer carried from an earlier assessment (run
// --from) and not yet confirmed.
const tagCarried = "carried"

// changedCount is the number of questions new or changed since the answers
// were given, and still to be confirmed.
func (s *session) changedCount() int { return len(s.tags) - s.carriedCount() }

// carriedCount is the number of answers carried from an earlier
// assessment and still to be confirmed.
func (s *session) carriedCount() int {
	n := 0
	for _, tag := range s.tags {
		if tag == tagCarried {
			n++
		}
	}
	return n
}

// fromLine says which assessment this one started from and how many of
// its answers are still to be confirmed; "" when there are none.
func (s *session) fromLine() string {
	n := s.carriedCount()
	if n == 0 || s.f.From == nil {
		return ""
	}
	return s.w.T("start.from", inert.Line(s.f.From.Path), s.w.Date(s.f.From.Date), s.w.N("answers", n))
}

// put stores the answer to qn and saves at once, so that a confirmed answer
// survives a crash or a kill.
func (s *session) put(qn *questionnaire.Question, a *answers.Answer) error {
	typedClean(a)
	old := s.f.Get(qn.ID)
	answers.KeepNoteFor(old, a, s.answerShown(qn, old))
	was, waiting := old.Answered(), s.waiting(qn.ID)
	s.f.Put(qn, a)
	delete(s.tags, qn.ID)
	s.changed(qn, was, waiting)
	return s.persist()
}

// clear removes the answer to qn, keeping its note and evidence (what
// someone wrote and linked is not thrown away with the value), and saves.
func (s *session) clear(qn *questionnaire.Question) error {
	old := s.f.Get(qn.ID)
	if old == nil {
		return nil
	}
	if old.Note != "" || len(old.Evidence) > 0 {
		s.f.Put(qn, &answers.Answer{Note: old.Note, Evidence: old.Evidence})
	} else {
		delete(s.f.Answers, qn.ID)
	}
	s.refresh()
	return s.persist()
}

// setEvidence replaces the evidence of the answer to qn and saves at once;
// the answer itself (value, note) stays as it is on file, and a question
// not answered yet gets an entry that holds only the evidence.
func (s *session) setEvidence(qn *questionnaire.Question, ev []answers.Evidence) error {
	a := s.f.Get(qn.ID)
	switch {
	case a != nil:
		a.Evidence = ev
		if blank(a) {
			delete(s.f.Answers, qn.ID)
		}
	case len(ev) > 0:
		s.f.Set(qn.ID, &answers.Answer{Evidence: ev})
	default:
		return nil
	}
	s.result = nil
	return s.persist()
}

// markEstimate marks the value on file for qn as an estimate, or not, and
// saves at once.
func (s *session) markEstimate(qn *questionnaire.Question, on bool) error {
	a := s.f.Get(qn.ID)
	if a == nil || !a.Value.Set {
		return nil
	}
	a.Estimate = on
	s.result = nil
	return s.persist()
}

// setAction stores the tracked action on the gap of question id (nil
// removes it) and saves at once. It is checked first, as a file would be.
func (s *session) setAction(id string, a *answers.Action) error {
	if a != nil {
		if err := answers.CheckAction(a); err != nil {
			return err
		}
	}
	s.f.SetAction(id, a)
	s.result = nil
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
	s.f.Organization = nameClean(name)
	return s.persist()
}

// nameClean is an organization's name as typed, kept to one line without
// control, bidirectional or invisible characters: a name with U+202E in
// it would show reversed on the report's cover.
func nameClean(name string) string {
	return strings.TrimSpace(strings.Join(strings.Fields(inert.Strip(name)), " "))
}

// typedClean removes control, bidirectional and invisible characters from
// what a person typed into an answer (its note, a text value), so the file
// stores only text that shows as what it is.
func typedClean(a *answers.Answer) {
	a.Note = inert.Strip(a.Note)
	if a.Value.Set && a.Value.Text != "" {
		a.Value.Text = inert.Strip(a.Value.Text)
	}
}

// persist saves the file after a change: at once, or in plain mode
// (lazy) by marking it unsaved for plain mode to save before it waits.
func (s *session) persist() error {
	if !s.lazy {
		return s.saveNow()
	}
	if !s.unsaved && s.dirty != nil {
		s.dirty()
	}
	s.unsaved = true
	return nil
}

// saveNow writes the whole file through the save function. The assessment
// moves to the questionnaire in use (Adopt), so the file names the version
// the answers were last given to.
func (s *session) saveNow() error {
	if !s.adopted {
		s.f.Adopt(s.q)
		s.adopted = true
	}
	err := s.save(s.enc.Encode(s.f, s.q))
	s.unsaved = err != nil
	s.saveErr = err
	if err == nil {
		s.isNew = false
	}
	return err
}

// saveFailure words a failed save in one line: a file changed behind the
// walk-through's back is said so, with where the answers went instead.
func (s *session) saveFailure(err error) string {
	var ce *atomicfile.ConflictError
	if errors.As(err, &ce) {
		return s.w.T("save.conflict", ce.Path, ce.Mine)
	}
	return s.w.T("save.failed", saveReason(s.w, err))
}

// saveFailureShort is saveFailure for the status line of an 80-column
// screen: a conflict names only the file the answers went to, beside the
// answers file.
func (s *session) saveFailureShort(err error) string {
	var ce *atomicfile.ConflictError
	if errors.As(err, &ce) {
		return s.w.T("save.conflict.short", filepath.Base(ce.Mine))
	}
	return s.saveFailure(err)
}

// flush saves once more if the file on disk lags behind.
func (s *session) flush() error {
	if !s.unsaved {
		return nil
	}
	return s.saveNow()
}

// changeSummary says what changed in the questionnaire since the answers
// were given, "2 new, 1 changed, 1 removed", leaving out the zeros.
func (s *session) changeSummary() string {
	w := s.w
	nNew, nChanged := 0, 0
	for _, tag := range s.tags {
		switch tag {
		case "new":
			nNew++
		case "changed":
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

// evidenceDir is the folder evidence paths are relative to: the answers
// file's, as the respondent named it.
func (s *session) evidenceDir() string {
	d := filepath.Dir(s.path)
	if d == "." {
		return "./"
	}
	return d + string(filepath.Separator)
}

// shownPath is the answers file's name as messages show it: inert, since
// a name can hold escape sequences like any other text from outside.
func (s *session) shownPath() string { return inert.Line(s.path) }
