package export

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// Question is one question with its answer and score: a row of the CSV,
// an entry of the JSON export.
type Question struct {
	ID       string  `json:"id"`
	Section  string  `json:"section"`
	Text     string  `json:"text"`
	Type     string  `json:"type"`
	Critical bool    `json:"critical"`
	Weight   float64 `json:"weight"`
	Status   string  `json:"status"`
	// Answer is the value as the answers file writes it ("some", "eu, us",
	// "1h30m"); empty when there is none.
	Answer string `json:"answer"`
	// Value is the answer typed for programs: a string, a list of strings
	// (multi) or a number; absent when there is none.
	Value any    `json:"value,omitempty"`
	Note  string `json:"note"`
	// NoteWrittenFor (1.2) is the earlier answer the note and evidence
	// were written for, when the answer changed and they were kept as
	// they were; left out when they were written for this answer.
	NoteWrittenFor string `json:"note_written_for,omitempty"`
	// Score is s in [0, 1], null when the question does not count (text,
	// not applicable, condition false).
	Score *float64 `json:"score"`
	// Counts is true when the score adds to the overall score: the
	// question carries weight in a scored section. A profile question can
	// have a score that counts for nothing.
	Counts     bool    `json:"counts"`
	PointsLost float64 `json:"points_lost"`
	// Gap is true when the question falls short and costs points.
	Gap             bool     `json:"gap"`
	MissingEvidence bool     `json:"missing_evidence"`
	References      []string `json:"references"`
	// Unknown, Estimate, Evidence, ReferenceDetails and Action are 1.1:
	// the answer is "don't know / not measured", or an estimate; what
	// backs it; each reference with its legal status and pinpoint; and
	// the action recorded on the question (null when none).
	Unknown          bool                   `json:"unknown"`
	Estimate         bool                   `json:"estimate"`
	Evidence         []summary.EvidenceItem `json:"evidence"`
	ReferenceDetails []summary.PlanRef      `json:"reference_details"`
	Action           *scoring.ActionSummary `json:"action"`
	// Measured (1.2) is the record of an answer computed from case
	// exports; absent for one typed by hand.
	Measured *Measured `json:"measured,omitempty"`
}

// Questions lists every question of the assessment in questionnaire order,
// with texts in lang.
func Questions(r *scoring.Result, lang string) []Question {
	out := make([]Question, 0, len(r.Questions))
	for _, qr := range r.Questions {
		qn := qr.Question
		q := Question{
			ID: qn.ID, Section: qn.Section.ID, Text: qn.Text.In(lang), Type: string(qn.Type),
			Critical: qr.Critical, Weight: qn.Weight, Status: summary.StatusName(qr.Status), Counts: isDuty(r, qr),
			PointsLost: qr.PointsLost, Gap: qr.Gap, MissingEvidence: qr.MissingEvidence,
			References: nonNil(qn.References), Unknown: qr.Status == scoring.Unknown,
			Evidence: summary.Evidence(qr.Answer), ReferenceDetails: summary.PlanRefs(r.Questionnaire, qn.References, lang),
		}
		if act := r.Answers.Actions[qn.ID]; act != nil {
			q.Action = summary.ActionSummary(act, qr.Gap && act.Overdue(r.Answers.Date))
		}
		if a := qr.Answer; a != nil {
			q.Note = a.Note
			if a.NoteStale() {
				q.NoteWrittenFor = a.NoteFor
			}
			q.Estimate = a.Estimate && a.Value.Set
			q.Measured = measuredJSON(a.Measured, measuredtext.Of(l10n.For(lang), a, qn))
			if a.Value.Set {
				q.Answer = a.Value.Format(qn.Type)
				q.Value = typedValue(qn.Type, a.Value)
			}
		}
		if qr.Counted {
			s := qr.Score
			q.Score = &s
		}
		out = append(out, q)
	}
	return out
}

// typedValue is the answer as JSON should carry it: numbers as numbers,
// multi answers as lists, everything else as the string the file holds.
func typedValue(t questionnaire.Type, v answers.Value) any {
	switch t {
	case questionnaire.Multi:
		return nonNil(v.Choices)
	case questionnaire.Number:
		return v.Number
	}
	return v.Format(t)
}

// Orphan is an answer to a question the questionnaire no longer has. It is
// exported so that no answer or note is lost from view.
type Orphan struct {
	ID   string `json:"id"`
	NA   bool   `json:"na"`
	Note string `json:"note"`
}

// Orphans lists the orphaned answers in file order.
func Orphans(r *scoring.Result) []Orphan {
	out := []Orphan{}
	for _, id := range r.Orphans {
		a := r.Answers.Get(id)
		out = append(out, Orphan{ID: id, NA: a.NA, Note: a.Note})
	}
	return out
}

// isDuty reports whether a question is a duty the assessment judges: it
// counts, carries weight and sits in a scored section. Only duties can be
// gaps, and only duties become OSCAL findings.
func isDuty(r *scoring.Result, qr scoring.QuestionResult) bool {
	return qr.Counted && qr.Question.Weight > 0 && r.Sections[qr.Question.Section.Index].Scored
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
