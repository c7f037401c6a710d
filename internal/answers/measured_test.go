package answers_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

const measuredRecord = "    measured:\n      metric: median\n      cases: 1234\n      open: 12\n      excluded: 3\n      repeated: 5\n" +
	"      period: {from: 2026-07-01, to: 2026-09-30}\n      source: {file: exports/zendesk-2026q3.csv, sha256: " + digestA + "}\n      at: 2026-10-02\n"

// TestMeasuredRoundTrip: a measured answer, one with several sources, and
// a measured unknown (on a question that takes no "don't know" by hand)
// decode and encode back to the same bytes.
func TestMeasuredRoundTrip(t *testing.T) {
	q := sample11(t)
	file := header +
		"  users:\n    value: 1234\n" + strings.Replace(measuredRecord, "metric: median", "metric: count", 1) +
		"  report-time:\n    value: 3h12m\n" + measuredRecord +
		"    evidence:\n      - file: exports/zendesk-2026q3.csv\n        sha256: " + digestA + "\n        date: 2026-10-02\n" +
		"  reviewed-share:\n    unknown: true\n    measured:\n      metric: share_within\n      cases: 10\n      open: 6\n      excluded: 0\n      repeated: 0\n" +
		"      period: {from: 2026-07-01, to: 2026-09-30}\n      sources:\n        - {file: a.csv, sha256: " + digestA + "}\n        - {file: b.csv, sha256: " + digestB + "}\n      at: 2026-10-02\n" +
		"    note: 6 of 10 cases are open\n"
	f, err := decode11(t, q, file)
	if err != nil {
		t.Fatal(err)
	}
	m := f.Get("report-time").Measured
	if m == nil || m.Metric != "median" || m.Cases != 1234 || m.Open != 12 || m.Excluded != 3 || m.Repeated != 5 ||
		m.From.Format("2006-01-02") != "2026-07-01" || m.To.Format("2006-01-02") != "2026-09-30" || len(m.Sources) != 1 || m.Sources[0].File != "exports/zendesk-2026q3.csv" {
		t.Fatalf("measured read as %+v", m)
	}
	if rs := f.Get("reviewed-share"); !rs.Unknown || rs.Measured == nil || len(rs.Measured.Sources) != 2 {
		t.Fatalf("measured unknown read as %+v", rs)
	}
	out := answers.Encode(f, q)
	f2, err := decode11(t, q, string(out))
	if err != nil {
		t.Fatalf("encoded file does not read back: %v\n%s", err, out)
	}
	if out2 := answers.Encode(f2, q); string(out2) != string(out) {
		t.Fatalf("not stable:\n%s\n---\n%s", out, out2)
	}
	if !strings.Contains(string(out), "  report-time:\n    value: 3h12m\n"+measuredRecord) {
		t.Errorf("measured record not written as read:\n%s", out)
	}
}

// TestMeasuredErrors: each broken measured record is refused at its place.
func TestMeasuredErrors(t *testing.T) {
	rec := func(body string) string {
		return header + "  report-time:\n    value: 3h\n    measured:\n" + body
	}
	ok := "      metric: median\n      cases: 3\n      period: {from: 2026-07-01, to: 2026-09-30}\n      at: 2026-10-02\n"
	tests := []struct{ name, file, want string }{
		{"unknown metric", rec(strings.Replace(ok, "median", "mean", 1)), `a.yaml:9:15: answer to "report-time" measured: unknown metric "mean"`},
		{"negative count", rec(ok + "      open: -1\n"), `a.yaml:13:13: answer to "report-time" measured open: -1 is not a count of cases`},
		{"open over cases", rec(ok + "      open: 4\n"), `a.yaml:13:13: answer to "report-time" measured: open (4) is more than the cases counted (3)`},
		{"period backwards", rec(strings.Replace(ok, "to: 2026-09-30", "to: 2026-06-30", 1)), `a.yaml:11:38: answer to "report-time" measured period: it ends before it starts`},
		{"both source forms", rec(ok + "      source: {file: a.csv, sha256: " + digestA + "}\n      sources: []\n"), `give source (one export) or sources (a list), not both`},
		{"bad digest", rec(ok + "      source: {file: a.csv, sha256: abc}\n"), `a.yaml:13:37: answer to "report-time" measured source sha256`},
		{"missing cases", rec(strings.Replace(ok, "      cases: 3\n", "", 1)), `missing required field "cases"`},
		{"measured estimate", header + "  report-time:\n    value: 3h\n    estimate: true\n    measured:\n" + ok, `a.yaml:8:15: answer to "report-time": a measured value is not an estimate`},
		{"measured without a value", header + "  report-time:\n    measured:\n" + ok, `a.yaml:7:5: answer to "report-time": measured records how a value was computed, and there is no value`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode11(t, sample11(t), tt.file)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}
