package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
)

// TrendJSON writes `trend --format json`: every version's figures under
// the names `score --format json` gives them.
func TrendJSON(w io.Writer, t *trend.Trend, lang string) error {
	return jsonout.Write(w, trend.NewDocument(t, lang))
}

// TrendCSV writes one row per version for spreadsheets: date, commit,
// overall score and rating, must-haves not met, then a column per section
// and regime (score, empty when none), per target (state), and per
// question measured in some version its value, metric, cases, open cases
// and period (empty where that version's answer was not measured).
func TrendCSV(w io.Writer, t *trend.Trend, lang string) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	q := t.Questionnaire
	head := []string{"date", "commit", "commit_date", "source", "overall", "rating", "provisional", "completion", "must_haves_not_met", "critical_gaps"}
	for _, s := range q.Sections {
		head = append(head, "section:"+s.ID)
	}
	for _, rg := range q.Regimes {
		head = append(head, "regime:"+rg.ID)
	}
	var targets []scoring.TargetResult
	if len(t.Points) > 0 {
		targets = t.Points[len(t.Points)-1].Result.Targets
	}
	for _, tr := range targets {
		head = append(head, "target:"+strings.TrimSuffix(string(tr.Scope)+":"+tr.ID, ":"))
	}
	measured := t.MeasuredIDs()
	for _, id := range measured {
		for _, f := range []string{"value", "metric", "cases", "open", "period"} {
			head = append(head, "measured:"+id+":"+f)
		}
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for _, pt := range t.Points {
		s := pt.Summary(lang)
		row := []string{s.Date, s.Commit, s.CommitDate, cell(s.Source), num(s.Overall.Score), cell(s.Overall.Rating),
			strconv.FormatBool(s.Overall.Provisional), num(s.Completion), strconv.Itoa(len(s.CriticalGaps)), strings.Join(s.CriticalGaps, " ")}
		for _, ss := range s.Sections {
			row = append(row, optional(ss.Score))
		}
		for _, rs := range s.Regimes {
			row = append(row, optional(rs.Score))
		}
		for _, want := range targets {
			state := ""
			for _, tr := range pt.Result.Targets {
				if tr.Scope == want.Scope && tr.ID == want.ID {
					state = string(tr.State)
				}
			}
			row = append(row, state)
		}
		for _, id := range measured {
			// empty cells where that version's answer was not measured
			cells := make([]string, 5)
			if f := pt.Figure(id); f != nil {
				cells = []string{f.Value, f.Metric, strconv.Itoa(f.Cases), strconv.Itoa(f.Open), f.Period.String()}
			}
			row = append(row, cells...)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func optional(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}
