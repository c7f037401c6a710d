package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// bom starts the CSV file with --excel. Excel, which many trust-and-safety
// teams open a CSV in, reads a file without it in the local 8-bit code
// page and garbles å, ä, ö and every other non-ASCII letter; other readers
// (LibreOffice, Google Sheets, pandas, Go's encoding/csv) take UTF-8 as it
// is and some show the mark as a stray character in the first header, so
// it is written only when asked for.
const bom = "\ufeff"

// csvHeader names the columns with the JSON export's field names, so that
// one vocabulary serves both. answer is for people (option labels, in the
// export's language); value beside it is what the answers file holds
// (option values, numbers with a decimal point), for formulas and scripts.
var csvHeader = []string{"section", "id", "question", "status", "answer", "value", "score", "weight",
	"points_lost", "critical", "gap", "note",
	// 1.1: the answer's standing and what backs it, the sources with their
	// legal status, and the action recorded on the question.
	"unknown", "estimate", "evidence", "references",
	"owner", "due", "action_status", "done_when", "approved_by", "overdue"}

// StatusOrphan is the status of a row for an answer to a question the
// questionnaire no longer has: kept in the file, not scored.
const StatusOrphan = "orphan"

// CSV writes one row per question, then one per orphaned answer (RFC 4180,
// CRLF line ends, UTF-8; with in.Excel a byte order mark first). Scores
// keep full precision, so that sums in a spreadsheet match the JSON;
// points lost are rounded to one decimal, as every report shows them, and
// left empty for a must-have.
// Text cells are made inert twice over: control characters become
// visible, and a cell that a spreadsheet would run as a formula gets a
// leading apostrophe.
func CSV(in Input) ([]byte, error) {
	r := in.Result
	var buf bytes.Buffer
	if in.Excel {
		buf.WriteString(bom)
	}
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		return nil, err
	}
	p := l10n.For(in.Lang)
	for i, q := range Questions(r, in.Lang) {
		qr := r.Questions[i]
		score, lost := "", ""
		if q.Counts {
			score = number(*q.Score)
			lost = points(q.PointsLost)
		}
		// A must-have is never weighed in points against other gaps
		// (docs/scoring.md): its cell is empty; critical says what it is.
		if q.Critical {
			lost = ""
		}
		shown := ""
		switch {
		case qr.Answer != nil && qr.Answer.NA:
			shown = p.T("status.na")
		case qr.Answer != nil:
			shown = summary.ShowAnswer(qr.Question, qr.Answer.Value, in.Lang)
			if qr.Answer.Measured != nil {
				shown += summary.AnswerMark(p, qr.Answer, qr.Question)
			}
		}
		note := q.Note
		if mark := summary.NoteForMark(p, qr.Answer); mark != "" {
			note = "(" + mark + ") " + note
		}
		row := []string{
			cell(qr.Question.Section.Title.In(in.Lang)), cell(q.ID), cell(q.Text),
			q.Status, cell(shown), cell(q.Answer), score, number(q.Weight), lost,
			strconv.FormatBool(q.Critical), strconv.FormatBool(q.Gap), cell(note),
			strconv.FormatBool(q.Unknown), strconv.FormatBool(q.Estimate), cell(evidenceText(q.Evidence)),
			cell(refsText(p, r, qr.Question.References, in.Lang)),
		}
		row = append(row, actionCells(q.Action)...)
		if err := w.Write(row); err != nil {
			return nil, err
		}
	}
	for _, o := range Orphans(r) {
		v := r.Answers.Get(o.ID).OrphanValue()
		shown := v
		if o.NA {
			shown = l10n.For(in.Lang).T("status.na")
		}
		row := []string{"", cell(o.ID), "", StatusOrphan, cell(shown), cell(v), "", "", "", "", "", cell(o.Note)}
		row = append(row, "false", "false", cell(evidenceText(summary.Evidence(r.Answers.Get(o.ID)))), "")
		row = append(row, actionCells(summary.ActionSummary(r.Answers.Actions[o.ID], false))...)
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

// actionCells are the action columns of a row; empty without an action.
func actionCells(a *scoring.ActionSummary) []string {
	if a == nil {
		return []string{"", "", "", "", "", "false"}
	}
	return []string{cell(a.Owner), a.Due, a.Status, cell(a.DoneWhen), cell(a.ApprovedBy), strconv.FormatBool(a.Overdue)}
}

// evidenceText is an answer's evidence in one cell, an item a line: the
// link, or the file with its digest and date.
func evidenceText(items []summary.EvidenceItem) string {
	var lines []string
	for _, e := range items {
		l := e.URL
		if e.File != "" {
			l = e.File
			if e.SHA256 != "" {
				l += " sha256:" + e.SHA256
			}
		}
		if e.Date != "" {
			l += " (" + e.Date + ")"
		}
		if e.Status != "" {
			l += " [" + e.Status + "]"
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "\n")
}

// refsText is a question's sources with pinpoint and status in words,
// "18 U.S.C. § 2258A (a)(1) (law); …".
func refsText(p *l10n.Printer, r *scoring.Result, ids []string, lang string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = summary.RefText(p, r, id, lang)
	}
	return strings.Join(out, "; ")
}

// cell makes text from a file safe for a spreadsheet. Excel, LibreOffice
// and Google Sheets run a cell that starts with = + - or @ (and some treat
// a leading tab or carriage return the same) as a formula, which can fetch
// URLs or run commands; the apostrophe makes them show it as text (OWASP
// "CSV injection"). A cell that begins with a line break, or with blanks
// before a formula character, is quoted too: an importer that trims the
// cell would otherwise find the formula.
func cell(s string) string {
	s = inert.Block(s)
	if s == "" {
		return s
	}
	if strings.ContainsRune("=+-@\t\r\n", rune(s[0])) {
		return "'" + s
	}
	if t := strings.TrimLeft(s, " \t\r\n"); t != s && t != "" && strings.ContainsRune("=+-@", rune(t[0])) {
		return "'" + s
	}
	return s
}

// points writes points lost for people: one decimal, as every report
// shows them (3.4, not 3.418803418803419).
func points(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// number writes a float as briefly as it is exact: 0.5, 2, 33.33333333333333.
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
