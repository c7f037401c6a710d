package output

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/columns"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/measuredtext"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
	"github.com/dutycheck/dutycheck/internal/trend"
)

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
		pos := summary.Build(r, lang, summary.Options{}).Position
		rating := inert.Line(pos.RatingText)
		rows = append(rows, []string{p.Date(r.Answers.Date), commitLabel(p, pt), pos.ScoreText, rating,
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
			row := []string{"  " + columns.Clip(inert.Line(name), width)}
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
		t := summary.TargetOf(p, q, tr, lang)
		names = append(names, columns.Clip(t.What, 36)+" · "+t.Limit)
	}
	table(p.T("target.title"), names, 80, func(r *scoring.Result, i int) string {
		want := last.Targets[i]
		for _, tr := range r.Targets {
			if tr.Scope == want.Scope && tr.ID == want.ID {
				return summary.TargetStateText(p, tr.State)
			}
		}
		return "–"
	})
	measuredFigures(&b, p, t, lang)
	_, err := io.WriteString(w, b.String())
	return err
}

// measuredFigures lists each question measured in some version, then per
// version its figure and what the figure rests on ("measured: median of
// 1,234 cases, 1 Jul–30 Sep 2026"), or how it was got then (typed, an
// estimate), so that a figure measured this quarter never reads as
// comparable to one typed the last without saying so.
func measuredFigures(b *strings.Builder, p *l10n.Printer, t *trend.Trend, lang string) {
	ids := t.MeasuredIDs()
	if len(ids) == 0 {
		return
	}
	fmt.Fprintf(b, "\n%s\n", p.T("trend.measured"))
	for _, id := range ids {
		qn := t.Questionnaire.Question(id)
		fmt.Fprintf(b, "  %s\n", columns.Clip(inert.Line(qn.Text.In(lang)), 76))
		var rows [][]string
		for _, pt := range t.Points {
			var qr *scoring.QuestionResult
			for i := range pt.Result.Questions {
				if pt.Result.Questions[i].Question == qn {
					qr = &pt.Result.Questions[i]
				}
			}
			value, how := "–", ""
			switch {
			case qr == nil:
			case qr.Answer != nil && qr.Answer.Measured != nil:
				how = measuredtext.Of(p, qr.Answer, qn)
				value = summary.StatusWord(p, qr.Status)
				if qr.Answer.Value.Set {
					value = summary.ShowAnswer(qn, qr.Answer.Value, lang)
				}
			case qr.Status == scoring.Answered:
				value = summary.ShowAnswer(qn, qr.Answer.Value, lang)
				how = p.T("trend.typed")
				if qr.Answer.Estimate {
					how = p.T("act.estimate")
				}
			default:
				value = summary.StatusWord(p, qr.Status)
			}
			rows = append(rows, []string{"    " + p.Date(pt.Result.Answers.Date), commitLabel(p, pt), inert.Line(value), how})
		}
		writeColumns(b, rows, map[int]bool{2: true})
	}
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
			parts = append(parts, fmt.Sprintf("%d %s", n, summary.TargetStateText(p, st)))
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
			widths[i] = max(widths[i], columns.Width(c))
		}
	}
	for _, row := range rows {
		var cells []string
		for i, c := range row {
			if right[i] {
				cells = append(cells, columns.PadLeft(c, widths[i]))
			} else if i < len(row)-1 {
				cells = append(cells, columns.Pad(c, widths[i]))
			} else {
				cells = append(cells, c)
			}
		}
		fmt.Fprintln(b, strings.TrimRight(strings.Join(cells, "  "), " "))
	}
}
