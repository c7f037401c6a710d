package export

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// PlanJSON writes the plan (NewPlan) as JSON, the one way every command
// writes JSON.
func PlanJSON(in Input) ([]byte, error) { return encodeJSON(summary.NewPlan(in.Result, in.Lang)) }

// planHeader names the plan CSV's columns with the JSON's field names.
var planHeader = []string{"rank", "kind", "section", "id", "question", "status", "answer", "estimate",
	"points_lost", "owner", "due", "action_status", "done_when", "approved_by", "overdue", "unowned",
	"recommendation", "references"}

// PlanCSV writes the plan as CSV, one row per gap in plan order (kind
// must_have, then gap), then the actions on questions without a gap (kind
// closed): one row per item, to track in a spreadsheet. Cells are made
// inert, and the byte order mark written (in.Excel), as the CSV export's.
func PlanCSV(in Input) ([]byte, error) {
	pl := summary.NewPlan(in.Result, in.Lang)
	p := l10n.For(in.Lang)
	var buf bytes.Buffer
	if in.Excel {
		buf.WriteString(bom)
	}
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(planHeader); err != nil {
		return nil, err
	}
	rank := 0
	write := func(kind string, it summary.PlanItem) error {
		rank++
		lost := ""
		if it.PointsLost != nil {
			lost = points(*it.PointsLost)
		}
		refs := make([]string, len(it.References))
		for i, r := range it.References {
			refs[i] = summary.RefText(p, in.Result, r.ID, in.Lang)
		}
		row := []string{strconv.Itoa(rank), kind, cell(it.Section), cell(it.Question), cell(it.Text), it.Status,
			cell(it.Answer), strconv.FormatBool(it.Estimate), lost}
		row = append(row, actionCells(it.Action)[:5]...)
		row = append(row, strconv.FormatBool(it.Overdue), strconv.FormatBool(it.Unowned),
			cell(it.Recommendation), cell(strings.Join(refs, "; ")))
		return w.Write(row)
	}
	for _, it := range pl.MustHaves {
		if err := write("must_have", it); err != nil {
			return nil, err
		}
	}
	for _, it := range pl.Gaps {
		if err := write("gap", it); err != nil {
			return nil, err
		}
	}
	for _, c := range pl.Closed {
		row := []string{"", "closed", "", cell(c.Question), cell(c.Text), "", "", "false", ""}
		row = append(row, actionCells(c.Action)[:5]...)
		row = append(row, "false", "false", "", "")
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// PlanMarkdown writes the plan for a pull request or a board pack: the
// must-have duties not met first, each with its consequence, owner, due
// date and status; then the other gaps by points lost; then the actions
// on questions without a gap. Text from the files is escaped (mdText).
func PlanMarkdown(in Input) ([]byte, error) {
	r, lang := in.Result, in.Lang
	m := newMDWriter(in)
	p := m.p
	title := p.T("plan.heading") + " · " + r.Questionnaire.Title.In(lang)
	if r.Answers.Organization != "" {
		title += " · " + r.Answers.Organization
	}
	fmt.Fprintf(&m.b, "# %s\n\n%s · %s %s\n\n", mdText(title), p.Date(r.Answers.Date), p.T("score.overall"), mdText(m.s.Position.Headline))
	if m.s.Position.Cap != "" {
		m.b.WriteString(mdText(m.s.Position.Cap) + "\n\n")
	}
	if m.s.Provisional != nil {
		m.b.WriteString("**" + mdText(m.s.Provisional.Line) + "**\n\n")
	}
	m.targets()
	m.gaps()
	pl := summary.NewPlan(r, lang)
	if len(pl.Closed) > 0 {
		fmt.Fprintf(&m.b, "## %s\n\n| %s | %s |\n| --- | --- |\n", p.T("plan.closed", len(pl.Closed)),
			p.T("md.col.question"), p.T("md.col.action"))
		for _, c := range pl.Closed {
			fmt.Fprintf(&m.b, "| %s %s | %s |\n", mdText(c.Text), code(c.Question), mdText(summary.ClosedLine(p, c)))
		}
		m.b.WriteString("\n")
	}
	return m.b.Bytes(), nil
}
