package output

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/targettext"
	"github.com/dutycheck/dutycheck/internal/trend"
)

func trendJSON(w io.Writer, r Result) error {
	return jsonout.Write(w, trend.NewDocument(r.Trend, r.Lang))
}

// TrendText writes the trend for a terminal: one row per version, oldest
// first (date, commit, overall score and rating, must-haves not met, the
// targets' states), then the sections, regimes and targets, one column
// per version.
func TrendText(w io.Writer, t *trend.Trend, lang string) error {
	p := l10n.For(lang)
	q := t.Questionnaire
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", p.T("trend.title", inert.Line(q.Title.In(lang)), q.Version, p.N("trend.versions", len(t.Points))))
	for _, n := range t.Notes {
		fmt.Fprintf(&b, "%s\n", inert.Line(n))
	}
	if len(t.Points) == 0 {
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("\n")
	heads := []string{p.T("trend.date"), p.T("trend.commit"), p.T("trend.overall"), p.T("trend.rating"), p.T("trend.musthaves"), p.T("target.title")}
	rows := [][]string{heads}
	for _, pt := range t.Points {
		r := pt.Result
		rating := inert.Line(r.RatingLabel(lang))
		if r.Provisional {
			rating += " (" + p.T("provisional") + ")"
		}
		rows = append(rows, []string{p.Date(r.Answers.Date), commitLabel(p, pt), p.Score(r.Overall), rating,
			strconv.Itoa(len(r.CriticalGapIDs)), targetCounts(p, r)})
	}
	writeColumns(&b, rows, map[int]bool{2: true, 4: true})
	dates := []string{""}
	for _, pt := range t.Points {
		dates = append(dates, p.Date(pt.Result.Answers.Date))
	}
	last := t.Points[len(t.Points)-1].Result
	table := func(title string, names []string, width int, cell func(r *scoring.Result, i int) string) {
		if len(names) == 0 {
			return
		}
		fmt.Fprintf(&b, "\n%s\n", title)
		rows := [][]string{dates}
		for i, name := range names {
			row := []string{"  " + clip(inert.Line(name), width)}
			for _, pt := range t.Points {
				row = append(row, cell(pt.Result, i))
			}
			rows = append(rows, row)
		}
		right := map[int]bool{}
		for i := 1; i <= len(t.Points); i++ {
			right[i] = true
		}
		writeColumns(&b, rows, right)
	}
	var sections []string
	for _, s := range q.Sections {
		sections = append(sections, s.Title.In(lang))
	}
	table(p.T("trend.sections"), sections, 40, func(r *scoring.Result, i int) string {
		if sr := r.Sections[i]; sr.Scored {
			return p.Score(sr.Score)
		}
		return "–"
	})
	// regimes that apply in at least one version
	var regimes []string
	var which []int
	for i, rg := range q.Regimes {
		for _, pt := range t.Points {
			if pt.Result.Regimes[i].Applies {
				regimes, which = append(regimes, rg.Title.In(lang)), append(which, i)
				break
			}
		}
	}
	table(p.T("trend.regimes"), regimes, 40, func(r *scoring.Result, i int) string {
		rr := r.Regimes[which[i]]
		switch {
		case !rr.Applies:
			return p.T("trend.not.applying")
		case rr.Scored:
			return p.Score(rr.Score)
		}
		return "–"
	})
	// targets: those of the latest version, held against each version
	var names []string
	for _, tr := range last.Targets {
		names = append(names, clip(targettext.What(p, q, tr, lang), 36)+" · "+targettext.Limit(p, q, tr, lang))
	}
	table(p.T("target.title"), names, 80, func(r *scoring.Result, i int) string {
		want := last.Targets[i]
		for _, tr := range r.Targets {
			if tr.Scope == want.Scope && tr.ID == want.ID {
				return targettext.State(p, tr.State)
			}
		}
		return "–"
	})
	_, err := io.WriteString(w, b.String())
	return err
}

// commitLabel is a point's commit, short, or what it is when not from git.
func commitLabel(p *l10n.Printer, pt trend.Point) string {
	switch {
	case pt.WorkingCopy:
		return p.T("trend.working")
	case pt.Commit == "":
		return inert.Line(pt.Source)
	case len(pt.Commit) > 7:
		return pt.Commit[:7]
	}
	return pt.Commit
}

// targetCounts is the targets' states in a few words: "1 met · 2 open".
func targetCounts(p *l10n.Printer, r *scoring.Result) string {
	counts := map[scoring.TargetState]int{}
	for _, tr := range r.Targets {
		counts[tr.State]++
	}
	var parts []string
	for _, st := range []scoring.TargetState{scoring.TargetMissed, scoring.TargetOpen, scoring.TargetMet, scoring.TargetNotKnown} {
		if n := counts[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, targettext.State(p, st)))
		}
	}
	if len(parts) == 0 {
		return "–"
	}
	return strings.Join(parts, " · ")
}

// writeColumns writes rows as columns two spaces apart; right aligns the
// columns it names to the right.
func writeColumns(b *strings.Builder, rows [][]string, right map[int]bool) {
	widths := map[int]int{}
	for _, row := range rows {
		for i, c := range row {
			widths[i] = max(widths[i], runes(c))
		}
	}
	for _, row := range rows {
		var cells []string
		for i, c := range row {
			if right[i] {
				cells = append(cells, padLeft(c, widths[i]))
			} else if i < len(row)-1 {
				cells = append(cells, pad(c, widths[i]))
			} else {
				cells = append(cells, c)
			}
		}
		fmt.Fprintln(b, strings.TrimRight(strings.Join(cells, "  "), " "))
	}
}

// TrendCSV writes one row per version for spreadsheets: date, commit,
// overall score and rating, must-haves not met, then a column per section
// and regime (score, empty when none) and per target (state).
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
	if err := cw.Write(head); err != nil {
		return err
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for _, pt := range t.Points {
		s := pt.Summary(lang)
		row := []string{s.Date, s.Commit, s.CommitDate, export.Cell(s.Source), num(s.Overall.Score), export.Cell(s.Overall.Rating),
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
