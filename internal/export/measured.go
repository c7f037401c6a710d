package export

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Measured is a measured answer's record in the JSON export (1.2): what
// the figure rests on, as the answers file records it.
type Measured struct {
	Metric   string           `json:"metric"`
	Cases    int              `json:"cases"`
	Open     int              `json:"open"`
	Excluded int              `json:"excluded"`
	Repeated int              `json:"repeated"`
	From     string           `json:"from"`
	To       string           `json:"to"`
	Sources  []MeasuredSource `json:"sources"`
	At       string           `json:"at"`
	// Line says it in words: "measured: median of 1,234 cases, 1 Jul–30
	// Sep 2026".
	Line string `json:"line"`
}

// MeasuredSource is one export a figure was measured from.
type MeasuredSource struct {
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

func measuredJSON(m *answers.Measured, line string) *Measured {
	if m == nil {
		return nil
	}
	out := &Measured{Metric: m.Metric, Cases: m.Cases, Open: m.Open, Excluded: m.Excluded, Repeated: m.Repeated,
		From: m.From.Format(questionnaire.DateLayout), To: m.To.Format(questionnaire.DateLayout),
		At: m.At.Format(questionnaire.DateLayout), Sources: []MeasuredSource{}, Line: line}
	for _, s := range m.Sources {
		out.Sources = append(out.Sources, MeasuredSource{s.File, s.SHA256})
	}
	return out
}
