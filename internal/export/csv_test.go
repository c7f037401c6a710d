package export_test

import (
	"bytes"
	"encoding/csv"
	"regexp"
	"slices"
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
			if got := strings.Join(rows[0], ","); got != "section,id,question,status,answer,value,score,weight,points_lost,critical,gap,note,"+
				"unknown,estimate,evidence,references,owner,due,action_status,done_when,approved_by,overdue" {
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
// to one decimal (none for a must-have), orphaned answers kept, and the byte order mark only for
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
	if row := byID["reviewed-share"]; row[8] != "3.3" || row[6] != "0.5" {
		t.Errorf("reviewed-share: points lost %q, score %q", row[8], row[6])
	}
	// A must-have carries no points (docs/scoring.md): its score, not its
	// rank by points, is what the sheet shows.
	if row := byID["hash-matching"]; row[8] != "" || row[6] != "0.5" || row[9] != "true" {
		t.Errorf("hash-matching (must-have): points lost %q, score %q, critical %q", row[8], row[6], row[9])
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

// TestCSV11Columns: unknown answers, estimates, evidence, references with
// status and pinpoint, and actions reach the 1.1 columns.
func TestCSV11Columns(t *testing.T) {
	data, err := export.CSV(load(t, fixtureNamed(t, "plan")))
	if err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, data)
	col := map[string]int{}
	for i, name := range rows[0] {
		col[name] = i
	}
	byID := map[string][]string{}
	for _, row := range rows[1:] {
		byID[row[1]] = row
	}
	tests := []struct{ id, column, want string }{
		{"detection-rate", "status", "unknown"},
		{"detection-rate", "unknown", "true"},
		{"detection-rate", "references", "Proposed CSA Regulation Art. 12 (proposal, not adopted)"},
		{"report-time", "estimate", "true"},
		{"report-time", "owner", "CTO"},
		{"report-time", "due", "2027-03-31"},
		{"ncmec", "overdue", "true"},
		{"ncmec", "action_status", "in_progress"},
		{"ncmec", "done_when", "Every confirmed case reported within 24 hours"},
		{"ncmec", "references", "18 U.S.C. § 2258A (a)(1) (law)"},
		{"training", "approved_by", "Board, minute 2026-11-12 §4"},
		{"training", "overdue", "false"},
		{"hashes", "evidence", "https://wiki.example.com/t-s/hashing\nevidence/hash-coverage.csv sha256:"},
		{"hashes", "owner", ""},
	}
	for _, tt := range tests {
		got := byID[tt.id][col[tt.column]]
		// evidence ends in a digest: compare what comes before it
		if tt.column == "evidence" && strings.HasPrefix(got, tt.want) {
			continue
		}
		if got != tt.want {
			t.Errorf("%s %s = %q, want %q", tt.id, tt.column, got, tt.want)
		}
	}
}

// TestCSVPointsForPeople: both CSVs are read by people in a spreadsheet,
// so points lost are written with one decimal, as every report shows them,
// and a must-have carries none: it is never ranked by points against
// ordinary gaps (docs/scoring.md).
func TestCSVPointsForPeople(t *testing.T) {
	oneDecimal := regexp.MustCompile(`^\d+\.\d$`)
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			in := load(t, fx)
			for _, c := range []struct {
				name     string
				write    func(export.Input) ([]byte, error)
				id       int
				mustHave func(row []string) bool
			}{
				{"export", export.CSV, 1, func(row []string) bool { return row[9] == "true" }},
				{"plan", export.PlanCSV, 3, func(row []string) bool { return row[1] == "must_have" }},
			} {
				data, err := c.write(in)
				if err != nil {
					t.Fatal(err)
				}
				rows := readCSV(t, data)
				col := slices.Index(rows[0], "points_lost")
				points := 0
				for _, row := range rows[1:] {
					lost := row[col]
					switch {
					case c.mustHave(row) && lost != "":
						t.Errorf("%s: must-have %s shows %s points lost", c.name, row[c.id], lost)
					case lost != "" && !oneDecimal.MatchString(lost):
						t.Errorf("%s: %s: points lost %q, want one decimal", c.name, row[c.id], lost)
					case lost != "":
						points++
					}
				}
				if points == 0 {
					t.Errorf("%s: no row shows points lost; the test needs some", c.name)
				}
			}
		})
	}
}
