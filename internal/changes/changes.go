// Package changes tells what changed between two versions of a
// questionnaire, field by field, with each change's effect on scoring and
// the version bump it needs (docs/commands.md). It is pure:
// two parsed questionnaires in, a report out. The command line reads the
// files (or git revisions) and prints the report.
package changes

import (
	"encoding/json"
	"fmt"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Level is how large a version bump is, or must be.
type Level int

// The levels, smallest first, so that levels compare with < and max.
const (
	None Level = iota
	Patch
	Minor
	Major
)

var levelNames = [...]string{"none", "patch", "minor", "major"}

func (l Level) String() string {
	if l < None || l > Major {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

// MarshalJSON writes the level as its name.
func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(l.String()) }

// Kinds of change.
const (
	Added   = "added"
	Removed = "removed"
	Renamed = "renamed"
	Changed = "changed"
)

// Subjects: what a change is about.
const (
	SubjectQuestionnaire = "questionnaire"
	SubjectSection       = "section"
	SubjectQuestion      = "question"
	SubjectReference     = "reference"
	SubjectRegime        = "regime"
	SubjectRating        = "rating"
	SubjectGlossary      = "glossary"
)

// Change is one difference between the two versions. A subject added,
// removed or renamed is one change; a subject present in both gives one
// change per field that differs.
type Change struct {
	Subject string `json:"subject"`
	// ID names the subject: a question, section, reference or regime id,
	// a rating band's min, a glossary term; "" for the questionnaire. A
	// renamed question is named by its new id.
	ID   string `json:"id,omitempty"`
	Kind string `json:"kind"`
	// Field is what changed in a subject present in both versions, e.g.
	// "weight", "text (sv)", "option some: score".
	Field string `json:"field,omitempty"`
	// Old and New show the field's values (for a rename, the ids); "" when
	// absent.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
	// Scoring is set when the change can move a score, a rating, what
	// applies or what counts; otherwise it is wording only.
	Scoring bool `json:"scoring"`
	// Needs is the smallest version bump the change calls for.
	Needs Level `json:"needs"`
	// Note explains the change or what to do about it.
	Note string `json:"note,omitempty"`
	// verb is what happened to the field, for What: "changed" unless a
	// part of the subject (an option, a language, a reference cited) was
	// "added" or "removed".
	verb string
	// text marks Old and New as texts from the file, which renderers
	// quote, rather than numbers, ids or conditions.
	text bool
	// noteKey and noteArgs word Note in any language (setNote).
	noteKey  l10n.Key
	noteArgs []any
}

// Effect names the change's effect in English words.
func (c Change) Effect() string { return english.effect(c) }

// What is a short English phrase naming the change, as the version
// check's reasons use it: "weight of q7 changed", "question q9 removed".
func (c Change) What() string { return english.what(c) }

// Side names one of the two versions compared.
type Side struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
	// Source is where it was read, e.g. "main:questionnaires/x.yaml".
	Source string `json:"source,omitempty"`
}

// Report is what changed from Old to New.
type Report struct {
	Old, New Side
	Changes  []Change
	// Needs is the largest bump any change needs; Bump is the bump the
	// version numbers make.
	Needs Level
	Bump  Bump
}

// Compare lists the changes from old to new, in a stable order: the
// questionnaire's own fields, then sections, questions (added, removed,
// renamed, changed, in file order), references, regimes, rating and
// glossary.
func Compare(old, new *questionnaire.Questionnaire) *Report {
	c := newComparer(old, new)
	c.top()
	c.sections()
	c.questions()
	c.references()
	c.regimes()
	c.rating()
	c.glossary()
	r := &Report{
		Old:     Side{ID: old.ID, Version: old.Version, SHA256: old.SHA256},
		New:     Side{ID: new.ID, Version: new.Version, SHA256: new.SHA256},
		Changes: c.out,
	}
	if r.Changes == nil {
		r.Changes = []Change{}
	}
	for _, ch := range r.Changes {
		r.Needs = max(r.Needs, ch.Needs)
	}
	r.Bump = VersionBump(old.Version, new.Version)
	return r
}

// Count tallies changes by kind for one subject.
func (r *Report) Count(subject, kind string) int {
	n := 0
	seen := map[string]bool{}
	for _, c := range r.Changes {
		if c.Subject == subject && c.Kind == kind && !seen[c.ID] {
			seen[c.ID] = true
			n++
		}
	}
	return n
}

// ScoringCount is the number of changes that change scoring; the rest are
// wording only.
func (r *Report) ScoringCount() int {
	n := 0
	for _, c := range r.Changes {
		if c.Scoring {
			n++
		}
	}
	return n
}
