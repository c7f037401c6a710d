// Package answers reads and writes answers files (docs/answers-format.md): one
// assessment of one organization against one questionnaire.
package answers

import (
	"sort"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// Format is the value of an answers file's "format" field.
const Format = "dutycheck-answers/v1"

// Ref names the questionnaire an assessment was made with. Fingerprints
// holds a digest per question id of the questionnaire as it was, so that a
// later version can be compared question by question (see Compare).
type Ref struct {
	ID           string
	Version      string
	SHA256       string
	Fingerprints map[string]string
}

// File is an assessment.
type File struct {
	Questionnaire Ref
	Organization  string
	Service       string
	Respondent    string
	// Date is the assessment date, from which date bands are measured. A
	// file that leaves it out gets the zero time; callers at the edge put
	// today in its place (DateSet stays false).
	Date    time.Time
	DateSet bool
	// Answers by question id, including orphans (ids the questionnaire no
	// longer has), which are kept and written back untouched.
	Answers map[string]*Answer
	// Actions is the tracked plan (1.1), keyed by question id.
	Actions map[string]*Action
	// From names the earlier assessment this one started from (1.1,
	// `run --from`); nil for a fresh one.
	From *Origin
	// Targets are the goals the board set (1.2); nil when none.
	Targets *Targets
	// order and actionOrder are the order of answer and action keys as
	// read, used to write orphans back in a stable place.
	order, actionOrder []string
}

// Answer is the answer to one question.
type Answer struct {
	// Value is set when the question was answered with a value.
	Value Value
	// NA marks an answer of "not applicable"; Note then holds the reason.
	NA bool
	// Unknown marks "don't know / not measured" (1.1): it counts as
	// answered but scores 0, and is listed apart from unanswered.
	Unknown bool
	// Estimate marks a value that was estimated, not measured (1.1).
	Estimate bool
	// Measured records a value computed from case exports (1.2); nil for
	// a value typed by hand.
	Measured *Measured
	Note     string
	// NoteFor (1.2) is the answer, as people read it, that the note and
	// evidence were written for, when the answer has changed since and
	// they were kept as they were: every output then says so until the
	// respondent keeps, edits or drops them (see KeepNoteFor). "" when
	// they were written for the answer as it is.
	NoteFor string
	// Evidence points to what backs the answer (1.1): links, or files by
	// digest. It never contains abuse material.
	Evidence []Evidence
	Pos      yamlsrc.Pos
	// raw keeps an orphan's YAML as it was, to write it back unchanged;
	// also an answer whose choice the questionnaire dropped, until it is
	// answered again (DecodeOptions.Resuming).
	raw *yaml.Node
}

// Value is an answer's value; which field holds it depends on the
// question's type.
type Value struct {
	Set bool
	// Choice is a yesno or single answer: an option value.
	Choice string
	// Choices is a multi answer; non-nil (maybe empty) when Set.
	Choices []string
	// Number is a number answer.
	Number float64
	// Duration is a duration answer.
	Duration time.Duration
	// DurationText is the duration in the units the user chose, in normal
	// form ("24h", "1.5h": see NormalizeDuration), written back as it is
	// so that a file keeps its author's units (docs/answers-format.md). It
	// is "" for a value made from Duration alone; Format then writes the
	// canonical form, and it also does so when the two disagree.
	DurationText string
	// Date is a date answer, midnight UTC.
	Date time.Time
	// Text is a text answer.
	Text string
}

// Answered reports whether the question counts as answered: with a value,
// as not applicable, or as unknown. An answer that holds only a note is not.
func (a *Answer) Answered() bool { return a != nil && (a.NA || a.Unknown || a.Value.Set) }

// IsUnknown reports whether the answer says "don't know / not measured":
// by `unknown: true`, or by choosing an option marked unknown
// (questionnaires/README.md). qn may be nil (an orphan): then only the flag
// counts.
func (a *Answer) IsUnknown(qn *questionnaire.Question) bool {
	if a == nil {
		return false
	}
	if a.Unknown || qn == nil || !a.Value.Set {
		return a.Unknown
	}
	choices := a.Value.Choices
	if qn.Type != questionnaire.Multi {
		choices = []string{a.Value.Choice}
	}
	for _, c := range choices {
		if o, ok := qn.Option(c); ok && o.Unknown {
			return true
		}
	}
	return false
}

// Evidence is one item of what backs an answer: a URL, or a file (relative
// to the answers file) with its SHA-256 as recorded when it was added.
type Evidence struct {
	URL    string
	File   string
	SHA256 string
	// Date is when the evidence was recorded or dated; zero when not given.
	Date time.Time
	Pos  yamlsrc.Pos
	// Stale is set by a command that re-hashed the file (never read from
	// nor written to the answers file): StaleChanged or StaleMissing. A
	// stale item is not evidence: scoring counts its answer as without.
	Stale string
}

// The values of Evidence.Stale.
const (
	StaleChanged = "changed"
	StaleMissing = "missing"
)

// ActionStatus is the state of a planned action (1.1).
type ActionStatus string

// The four action statuses of docs/answers-format.md.
const (
	ActionOpen         ActionStatus = "open"
	ActionInProgress   ActionStatus = "in_progress"
	ActionDone         ActionStatus = "done"
	ActionRiskAccepted ActionStatus = "risk_accepted"
)

// ActionStatuses lists the statuses in the order above.
var ActionStatuses = []ActionStatus{ActionOpen, ActionInProgress, ActionDone, ActionRiskAccepted}

// Action is the tracked action on one question's gap (1.1).
type Action struct {
	Owner string
	// Due is the due date, midnight UTC; zero when not set.
	Due        time.Time
	Status     ActionStatus
	DoneWhen   string
	ApprovedBy string
	Pos        yamlsrc.Pos
}

// Overdue reports whether the action is past due on the assessment date:
// due before it, and neither done nor accepted as a risk.
func (a *Action) Overdue(assessed time.Time) bool {
	return a != nil && !a.Due.IsZero() && a.Due.Before(assessed) &&
		a.Status != ActionDone && a.Status != ActionRiskAccepted
}

// Origin names the assessment a new one started from (run --from).
type Origin struct {
	Path   string
	SHA256 string
	Date   time.Time
}

// New starts an empty assessment of q.
func New(q *questionnaire.Questionnaire, date time.Time) *File {
	return &File{Questionnaire: RefOf(q), Date: date, DateSet: !date.IsZero(), Answers: map[string]*Answer{}}
}

// RefOf is the reference an answers file records for q.
func RefOf(q *questionnaire.Questionnaire) Ref {
	fp := make(map[string]string, len(q.Questions))
	for _, qn := range q.Questions {
		fp[qn.ID] = qn.Fingerprint()
	}
	return Ref{ID: q.ID, Version: q.Version, SHA256: q.SHA256, Fingerprints: fp}
}

// Get returns the answer to a question, or nil.
func (f *File) Get(id string) *Answer { return f.Answers[id] }

// Put stores the answer to qn, replacing any earlier one, and records the
// question's current fingerprint: the answer was given to this wording.
func (f *File) Put(qn *questionnaire.Question, a *Answer) {
	f.Set(qn.ID, a)
	if f.Questionnaire.Fingerprints == nil {
		f.Questionnaire.Fingerprints = map[string]string{}
	}
	f.Questionnaire.Fingerprints[qn.ID] = qn.Fingerprint()
}

// Set stores an answer under id, replacing any earlier one.
func (f *File) Set(id string, a *Answer) {
	if f.Answers == nil {
		f.Answers = map[string]*Answer{}
	}
	if _, ok := f.Answers[id]; !ok {
		f.order = append(f.order, id)
	}
	f.Answers[id] = a
}

// Orphans lists the ids of answers the questionnaire has no question for,
// in the order they appear in the file.
func (f *File) Orphans(q *questionnaire.Questionnaire) []string {
	var out []string
	for _, id := range f.ids() {
		if q.Question(id) == nil {
			out = append(out, id)
		}
	}
	return out
}

// ids lists every answer id: those read in file order, then any set since.
func (f *File) ids() []string { return keysInOrder(f.order, f.Answers) }

// keysInOrder lists the keys of m: those in order first, as they come,
// then the others sorted.
func keysInOrder[V any](order []string, m map[string]V) []string {
	seen := map[string]bool{}
	var out []string
	for _, id := range order {
		if _, ok := m[id]; ok && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	var rest []string
	for id := range m {
		if !seen[id] {
			rest = append(rest, id)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// OrphanValue is the value of an orphaned answer as it was written (a list
// joined with commas), so that a report can show what was answered to a
// question the questionnaire no longer has. It is "" for other answers.
func (a *Answer) OrphanValue() string {
	if a == nil || a.raw == nil {
		return ""
	}
	v := a.raw
	if v.Kind == yaml.MappingNode {
		v = nil
		for i := 0; i+1 < len(a.raw.Content); i += 2 {
			if a.raw.Content[i].Value == "value" {
				v = a.raw.Content[i+1]
			}
		}
	}
	if v == nil {
		return ""
	}
	if v.Kind == yaml.SequenceNode {
		var parts []string
		for _, c := range v.Content {
			parts = append(parts, c.Value)
		}
		return strings.Join(parts, ", ")
	}
	return v.Value
}
