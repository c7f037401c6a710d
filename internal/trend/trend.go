// Package trend holds the versions of one assessment over time, each
// scored by the same questionnaire so that the numbers compare (1.2): the
// points of `dutycheck trend` and of the PDF's trend chart. It is pure:
// the versions come in as scored results with where they came from; git
// and files stay in internal/cli.
package trend

import (
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Format is the value of the JSON's "format" field.
const Format = "dutycheck-trend/v1"

// Point is one version of the assessment.
type Point struct {
	// Commit is the commit the version was read from; "" for the working
	// copy and for a file named on the command line.
	Commit string
	// CommitDate is the commit's date (YYYY-MM-DD); "" when not from git.
	CommitDate string
	// Source is where the version was read: the file's path at that
	// commit, the file named, or the working copy's path.
	Source string
	// WorkingCopy marks the file on disk, differing from its last commit.
	WorkingCopy bool
	Result      *scoring.Result
}

// Trend is the points, oldest first, and what a reader must know about
// how they were found (a shallow clone, a file outside git).
type Trend struct {
	Questionnaire *questionnaire.Questionnaire
	Points        []Point
	// Notes say plainly what limits the history: one line each, in the
	// output's language.
	Notes []string
}

// PointSummary is one point in JSON and CSV: the figures `score --format
// json` gives for that version, under the same names and with the same
// values, so that a script can check one against the other.
type PointSummary struct {
	Date         string                   `json:"date"`
	Commit       string                   `json:"commit"`
	CommitDate   string                   `json:"commit_date,omitempty"`
	Source       string                   `json:"source"`
	WorkingCopy  bool                     `json:"working_copy,omitempty"`
	Overall      scoring.Overall          `json:"overall"`
	Completion   float64                  `json:"completion"`
	CriticalGaps []string                 `json:"critical_gaps"`
	Sections     []scoring.SectionSummary `json:"sections"`
	Regimes      []scoring.RegimeSummary  `json:"regimes"`
	Targets      []scoring.TargetSummary  `json:"targets"`
	// Measured is how much of the score rests on measured figures, as
	// score JSON has it; MeasuredFigures is each measured answer.
	Measured        *scoring.MeasuredSummary `json:"measured,omitempty"`
	MeasuredFigures []MeasuredFigure         `json:"measured_figures"`
}

// Document is the JSON of `dutycheck trend --format json`.
type Document struct {
	Format        string                   `json:"format"`
	Questionnaire scoring.QuestionnaireRef `json:"questionnaire"`
	Points        []PointSummary           `json:"points"`
	Notes         []string                 `json:"notes"`
}

// Summary is the point's figures, texts in lang.
func (p Point) Summary(lang string) PointSummary {
	s := p.Result.Summarize(lang)
	targets := s.Targets
	if targets == nil {
		targets = []scoring.TargetSummary{}
	}
	return PointSummary{Date: s.Date, Commit: p.Commit, CommitDate: p.CommitDate, Source: p.Source, WorkingCopy: p.WorkingCopy,
		Overall: s.Overall, Completion: s.Completion, CriticalGaps: s.CriticalGaps, Sections: s.Sections,
		Regimes: s.Regimes, Targets: targets, Measured: s.Measured, MeasuredFigures: Figures(p.Result)}
}

// NewDocument builds the JSON's value.
func NewDocument(t *Trend, lang string) Document {
	q := t.Questionnaire
	d := Document{Format: Format, Questionnaire: scoring.QuestionnaireRef{ID: q.ID, Version: q.Version, SHA256: q.SHA256},
		Points: []PointSummary{}, Notes: t.Notes}
	if d.Notes == nil {
		d.Notes = []string{}
	}
	for _, p := range t.Points {
		d.Points = append(d.Points, p.Summary(lang))
	}
	return d
}

// OverallTarget is the target on the overall score of the latest point,
// or nil: the line a chart draws.
func (t *Trend) OverallTarget() *scoring.TargetResult {
	if len(t.Points) == 0 {
		return nil
	}
	for _, tr := range t.Points[len(t.Points)-1].Result.Targets {
		if tr.Scope == "overall" {
			return &tr
		}
	}
	return nil
}
