package export_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// readCSV parses an export as a spreadsheet would (RFC 4180); without
// Excel there is no byte order mark.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		t.Fatal("CSV export starts with a byte order mark, which only --excel asks for")
	}
	r := csv.NewReader(bytes.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("CSV export does not parse: %v", err)
	}
	return rows
}

// TestCSVReadsBack checks one row per question with every column, and that
// values survive the round trip.
func TestCSVReadsBack(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			in := load(t, fx)
			data, err := export.CSV(in)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(data, []byte("\r\n")) {
				t.Error("rows do not end in CRLF as RFC 4180 asks")
			}
			rows := readCSV(t, data)
			if got, want := len(rows), 1+len(in.Result.Questions)+len(in.Result.Orphans); got != want {
				t.Fatalf("%d rows, want a header, one per question and one per orphaned answer (%d)", got, want)
			}
			if got := strings.Join(rows[0], ","); got != "section,id,question,status,answer,value,score,weight,points_lost,critical,gap,note" {
				t.Errorf("header = %s", got)
			}
			for i, qr := range in.Result.Questions {
				row := rows[i+1]
				if row[1] != qr.Question.ID {
					t.Errorf("row %d is %s, want %s", i+1, row[1], qr.Question.ID)
				}
			}
		})
	}
}

// TestCSVFormulaGuard: every cell that a spreadsheet would run as a
// formula starts with an apostrophe, and text cells keep their newlines.
func TestCSVFormulaGuard(t *testing.T) {
	data, err := export.CSV(load(t, fixtures[2]))
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, data)
	for _, row := range rows {
		for _, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("cell %q would run as a formula", c)
			}
			if strings.ContainsRune(c, 0x1b) {
				t.Errorf("cell %q holds a raw escape character", c)
			}
		}
	}
	byID := map[string][]string{}
	for _, row := range rows[1:] {
		byID[row[1]] = row
	}
	for id, want := range map[string]string{
		"hash-matching": "'=cmd|' /C calc'!A0",
		"uploads":       "'+1 555 0100 is the hotline",
		"report-time":   "'-2+3 hours, back\\slash \\| and `code`",
		"classifier":    "line one\nline two | with pipe\n[link](http://evil.example) ![img](http://evil.example/x.png)",
	} {
		if got := byID[id][11]; got != want {
			t.Errorf("note of %s = %q, want %q", id, got, want)
		}
	}
	if got := byID["comments"][4]; got != "'=1+1\nsecond line" {
		t.Errorf("text answer = %q", got)
	}
	if got := byID["comments"][5]; got != "'=1+1\nsecond line" {
		t.Errorf("text answer = %q", got)
	}
}

// TestCSVColumns: option labels with the value beside them, points lost
// to one decimal, orphaned answers kept, and the byte order mark only for
// Excel.
func TestCSVColumns(t *testing.T) {
	in := load(t, fixtures[0])
	data, err := export.CSV(in)
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, data)
	byID := map[string][]string{}
	for _, row := range rows[1:] {
		byID[row[1]] = row
	}
	if row := byID["regions"]; row[4] != "EU, United States" || row[5] != "eu, us" {
		t.Errorf("regions: answer %q value %q; want the labels and the values", row[4], row[5])
	}
	if row := byID["hash-matching"]; row[8] != "33.3" || row[6] != "0.5" {
		t.Errorf("hash-matching: points lost %q, score %q", row[8], row[6])
	}
	if row := byID["old-question"]; row == nil || row[3] != export.StatusOrphan {
		t.Errorf("the orphaned answer is missing or not marked: %q", row)
	}
	in.Excel = true
	data, err = export.CSV(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\ufeffsection,")) {
		t.Error("with Excel the CSV does not start with a byte order mark")
	}
}
