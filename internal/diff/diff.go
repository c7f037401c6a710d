// Package diff compares two scored assessments, typically last quarter's
// and this quarter's: scores per section, answers that changed, gaps closed
// and opened. It is pure: two results in, a Diff out. The two may have
// been scored against different versions of a questionnaire; questions are
// matched by id and the Diff says which are new, removed or changed.
package diff

import (
	"strconv"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// Side is one of the two assessments.
type Side struct {
	Result *scoring.Result
	// File names the answers file, for the reader.
	File string
}

// Diff is what changed between two assessments. Its JSON is the output of
// `dutycheck diff --format json`; scores are unrounded.
type Diff struct {
	// Title is the (new) questionnaire's title.
	Title         string         `json:"title"`
	Old           Assessment     `json:"old"`
	New           Assessment     `json:"new"`
	Overall       OverallChange  `json:"overall"`
	Completion    Change         `json:"completion"`
	CriticalGaps  Count          `json:"critical_gaps"`
	Sections      []SectionDiff  `json:"sections"`
	Questionnaire QuestionChange `json:"questionnaire_changes"`
	// Answers lists questions whose answer, status or note changed,
	// critical first, then in questionnaire order.
	Answers []AnswerDiff `json:"answers"`
	// GapsClosed and GapsOpened are critical first, then by points lost.
	GapsClosed []GapDiff `json:"gaps_closed"`
	GapsOpened []GapDiff `json:"gaps_opened"`
	// GapsStillOpen counts the gaps both assessments have.
	GapsStillOpen int `json:"gaps_still_open"`
	// Actions lists the tracked actions added, removed or changed (owner,
	// due date, status, done-when, approval), must-haves first.
	Actions []ActionDiff `json:"actions_changed"`
	// Targets lists the board's targets set, cleared, moved or changed in
	// state (open → met), the overall score's first.
	Targets []TargetDiff `json:"targets_changed"`
	// targetsAny is set when either side has a target, so that the text
	// says "Targets changed: none." only to a team that sets them.
	targetsAny bool
}

// Assessment names one side.
type Assessment struct {
	File         string `json:"file"`
	Organization string `json:"organization"`
	Service      string `json:"service,omitempty"`
	Date         string `json:"date"`
	// Questionnaire is what the side was scored against.
	Questionnaire scoring.QuestionnaireRef `json:"questionnaire"`
	// AnsweredTo is the questionnaire the answers file records, when it is
	// another version than the one scored against.
	AnsweredTo *scoring.QuestionnaireRef `json:"answered_to,omitempty"`
}

// Change is a number before and after, and after minus before.
type Change struct {
	Before float64 `json:"before"`
	After  float64 `json:"after"`
	Change float64 `json:"change"`
}

// Count is a whole number before and after.
type Count struct {
	Before int `json:"before"`
	After  int `json:"after"`
}

// OverallChange is the overall score with its rating on both sides.
type OverallChange struct {
	Change
	RatingBefore string `json:"rating_before"`
	RatingAfter  string `json:"rating_after"`
	CappedBefore bool   `json:"capped_before"`
	CappedAfter  bool   `json:"capped_after"`
}

// Section states.
const (
	SectionScored       = "scored"
	SectionNotScored    = "not_scored"
	SectionDoesNotApply = "does_not_apply"
	// Absent: the side's questionnaire has no such section.
	Absent = "absent"
)

// SectionDiff is one section's score on both sides; a score is null when
// the section is not scored there, and Change is null unless both are.
type SectionDiff struct {
	ID     string   `json:"id"`
	Title  string   `json:"title"`
	Before *float64 `json:"before"`
	After  *float64 `json:"after"`
	Change *float64 `json:"change"`
	// StateBefore and StateAfter tell why a score is missing.
	StateBefore string `json:"state_before"`
	StateAfter  string `json:"state_after"`
}

// QuestionChange says how the questions differ between the two sides.
type QuestionChange struct {
	// Basis tells how it is known: "questionnaires" when the two sides were
	// scored against different questionnaires and those were compared;
	// "fingerprints" when both were scored against one and the old answers
	// file's record of each question's wording was compared with it;
	// "unknown" when the old answers file keeps no such record, so only
	// removed questions can be told.
	Basis   string   `json:"basis"`
	New     []string `json:"new"`
	Changed []string `json:"changed"`
	Removed []string `json:"removed"`
}

// Any reports whether any question changed.
func (c QuestionChange) Any() bool { return len(c.New)+len(c.Changed)+len(c.Removed) > 0 }

// Question change kinds, on AnswerDiff and GapDiff.
const (
	QuestionNew     = "new"
	QuestionChanged = "changed"
	QuestionRemoved = "removed"
)

// AnswerDiff is one question whose answer, status or note changed.
type AnswerDiff struct {
	Question string `json:"question"`
	Section  string `json:"section"`
	Text     string `json:"text"`
	Critical bool   `json:"critical"`
	Before   State  `json:"before"`
	After    State  `json:"after"`
	// ValueChanged is false when only the note or the evidence changed;
	// a value that became or stopped being an estimate changed.
	ValueChanged bool `json:"value_changed"`
	NoteChanged  bool `json:"note_changed"`
	// EvidenceChanged (1.1): an evidence item was added, removed or
	// changed (a new digest or date counts).
	EvidenceChanged bool `json:"evidence_changed"`
	// Stale (1.1): the answer changed while its note or its evidence was
	// left as it was: what backed the old answer may not back the new.
	Stale bool `json:"evidence_may_be_stale"`
	// PointsGained is the drop in points the question costs: positive when
	// the change raised the overall score.
	PointsGained float64 `json:"points_gained"`
	// QuestionChange is "new", "changed" or "removed" when the question
	// itself changed between the sides.
	QuestionChange string `json:"question_change,omitempty"`
	// OptionsAdded and OptionsRemoved (multiple choice, answered on both
	// sides) are the option values chosen now and not before, and before
	// and not now: two lists of labels may start alike, the options differ.
	OptionsAdded   []string `json:"options_added,omitempty"`
	OptionsRemoved []string `json:"options_removed,omitempty"`
	// addedShown and removedShown are those options by their labels in
	// the diff's language.
	addedShown, removedShown []string
}

// State is a question on one side.
type State struct {
	// Status is an export status (answered, not_applicable, unanswered,
	// does_not_apply), or absent when the side's questionnaire lacks the
	// question.
	Status string `json:"status"`
	Answer string `json:"answer,omitempty"`
	// Estimate (1.1) marks an estimated value.
	Estimate bool `json:"estimate,omitempty"`
	// Measured (1.2) says what a value measured from case exports rests
	// on ("measured: median of 1,234 cases, 1 Jul–30 Sep 2026"); absent
	// for a value typed by hand.
	Measured string `json:"measured,omitempty"`
	Note     string `json:"note,omitempty"`
	// Evidence (1.1) is what backs the answer.
	Evidence []summary.EvidenceItem `json:"evidence,omitempty"`
	// Score is s in [0, 1] when the question counts.
	Score      *float64 `json:"score"`
	PointsLost float64  `json:"points_lost"`
	Gap        bool     `json:"gap"`
	// shown is the answer for reading, in the diff's language (option
	// labels, grouped numbers); Answer is what the file holds.
	shown string
	// counts: the question adds to the overall score on this side. A
	// profile question (an unscored section, weight 0) does not, and the
	// text shows it no score.
	counts bool
}

// GapDiff is a gap that closed or opened.
type GapDiff struct {
	Question string `json:"question"`
	Section  string `json:"section"`
	Text     string `json:"text"`
	// Critical: the question is a must-have on either side, as in
	// AnswerDiff; the text then shows no points for it.
	Critical bool `json:"critical"`
	// PointsLost is what the gap cost before it closed, or costs now it
	// opened.
	PointsLost float64 `json:"points_lost"`
	// Why says in a few words, in English, what closed or opened it; the
	// text output says it in its own language from reason.
	Why            string `json:"why"`
	Recommendation string `json:"recommendation,omitempty"`
	// reason is Why as a catalogue key, with the answer it may quote.
	reason reason
}

// reason is what closed or opened a gap: a key of the catalogue
// ("diff.why.…") and the answer it quotes, if any, as the file holds it
// and as people read it.
type reason struct {
	key           l10n.Key
	answer, shown string
	// unknown: the answer quoted is "don't know" with no value, shown
	// in the catalogue's words.
	unknown bool
}

// text is the reason in the language of p, for the text output.
func (r reason) text(p *l10n.Printer) string {
	switch {
	case r.key == "diff.why.answered" && r.unknown:
		return p.T(r.key, p.T("status.unknown"))
	case r.key == "diff.why.answered":
		return p.T(r.key, r.shown)
	}
	return p.T(r.key)
}

// english is the reason for the JSON output: English, quoting the answer
// as the file holds it, so that tools can match it.
func (r reason) english() string {
	if r.key == "diff.why.answered" {
		return "answered " + strconv.Quote(r.answer)
	}
	return l10n.For("en").T(r.key)
}
