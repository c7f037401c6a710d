package trend

import (
	"slices"
	"time"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// MeasuredFigure is one answer of a version that `dutycheck measure`
// computed from case exports: its value and what it rests on, so that a
// board sees a measured figure move from quarter to quarter, and how many
// cases each quarter's figure counts.
type MeasuredFigure struct {
	ID string `json:"id"`
	// Value is the figure as the answers file writes it ("192m", "87.5");
	// "" when the figure could not be known (Unknown).
	Value    string `json:"value"`
	Unknown  bool   `json:"unknown,omitempty"`
	Metric   string `json:"metric"`
	Cases    int    `json:"cases"`
	Open     int    `json:"open"`
	Excluded int    `json:"excluded"`
	Period   Period `json:"period"`
}

// Period is the dates a measured figure's cases were received, both
// included, as YYYY-MM-DD.
type Period struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// String is the period as CSV writes it: "2026-07-01..2026-09-30", the
// form `measure --period` takes.
func (p Period) String() string { return p.From + ".." + p.To }

// Figures is r's measured answers in questionnaire order.
func Figures(r *scoring.Result) []MeasuredFigure {
	out := []MeasuredFigure{}
	for _, qr := range r.Questions {
		a := qr.Answer
		if a == nil || a.Measured == nil || qr.Question == nil {
			continue
		}
		m := a.Measured
		f := MeasuredFigure{ID: qr.Question.ID, Unknown: a.Unknown, Metric: m.Metric, Cases: m.Cases, Open: m.Open,
			Excluded: m.Excluded, Period: Period{From: day(m.From), To: day(m.To)}}
		if a.Value.Set {
			f.Value = a.Value.Format(qr.Question.Type)
		}
		out = append(out, f)
	}
	return out
}

// MeasuredIDs is the questions measured in at least one version, in
// questionnaire order: the rows of the text's and the columns of the
// CSV's measured figures, and the questions whose trend the PDF shows.
func (t *Trend) MeasuredIDs() []string {
	seen := map[string]bool{}
	for _, pt := range t.Points {
		for _, f := range Figures(pt.Result) {
			seen[f.ID] = true
		}
	}
	var ids []string
	if len(t.Points) == 0 {
		return nil
	}
	for _, qr := range t.Points[0].Result.Questions { // one questionnaire: the same order in every point
		if qr.Question != nil && seen[qr.Question.ID] {
			ids = append(ids, qr.Question.ID)
		}
	}
	return ids
}

// Figure is the point's measured figure for question id, or nil when
// that version's answer to it was typed, estimated or missing.
func (p Point) Figure(id string) *MeasuredFigure {
	fs := Figures(p.Result)
	if i := slices.IndexFunc(fs, func(f MeasuredFigure) bool { return f.ID == id }); i >= 0 {
		return &fs[i]
	}
	return nil
}

func day(t time.Time) string { return t.Format("2006-01-02") }
