package export

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// bom starts the CSV file. Excel, which most trust-and-safety teams open a
// CSV in, reads a file without it in the local 8-bit code page and garbles
// å, ä, ö and every other non-ASCII letter; LibreOffice, Google Sheets and
// Go's encoding/csv readers (after trimming it) are unaffected.
const bom = "\ufeff"

// csvHeader names the columns with the JSON export's field names, so that
// one vocabulary serves both.
var csvHeader = []string{"section", "id", "question", "status", "answer", "score", "weight",
	"points_lost", "critical", "gap", "note"}

// CSV writes one row per question (RFC 4180, CRLF line ends, UTF-8 with a
// byte order mark). Numbers use a decimal point and full precision, so
// that sums in a spreadsheet match the JSON; formatting is the
// spreadsheet's job. Text cells are made inert twice over: control
// characters become visible, and a cell that a spreadsheet would run as a
// formula gets a leading apostrophe.
func CSV(in Input) ([]byte, error) {
	r := in.Result
	var buf bytes.Buffer
	buf.WriteString(bom)
	w := csv.NewWriter(&buf)
	w.UseCRLF = true
	if err := w.Write(csvHeader); err != nil {
		return nil, err
	}
	for i, q := range Questions(r, in.Lang) {
		qr := r.Questions[i]
		score, lost := "", ""
		if q.Counts {
			score = number(*q.Score)
			lost = number(q.PointsLost)
		}
		row := []string{
			cell(qr.Question.Section.Title.In(in.Lang)), cell(q.ID), cell(q.Text),
			StatusText(qr.Status), cell(q.Answer), score, number(q.Weight), lost,
			strconv.FormatBool(q.Critical), strconv.FormatBool(q.Gap), cell(q.Note),
		}
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

// cell makes text from a file safe for a spreadsheet. Excel, LibreOffice
// and Google Sheets run a cell that starts with = + - or @ (and some treat
// a leading tab or carriage return the same) as a formula, which can fetch
// URLs or run commands; the apostrophe makes them show it as text (OWASP
// "CSV injection").
func cell(s string) string {
	s = questionnaire.Inert(s, true)
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// number writes a float as briefly as it is exact: 0.5, 2, 33.33333333333333.
func number(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
