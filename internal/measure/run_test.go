package measure

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// zendeskish is an export of Zendesk's shape: comma-separated, a quoted
// subject with a comma and a line break, space-separated tags, a repeated
// id, a clock error, an open case and cases either side of the period.
const zendeskish = "\ufeffId,Subject,Created at,Solved at,Content removed at,Tags,Via\n" +
	"1,plain,2026-07-01 10:00,2026-07-01 12:00,2026-07-01 10:30,csam other,api_scanner\n" +
	"2,\"comma, and\nline break\",2026-07-02 10:00,,2026-07-02 11:00,grooming,web_form\n" +
	"3,open,2026-07-03 10:00,,,csam,hash_match\n" +
	"4,clock error,2026-07-04 10:00,,2026-07-04 09:00,csam,web_form\n" +
	"1,repeated id,2026-07-05 10:00,,2026-07-05 10:01,csam,api_scanner\n" +
	"6,before the period,2026-06-30 23:00,,2026-06-30 23:10,csam,api_scanner\n" +
	"7,not csea,2026-07-06 10:00,,2026-07-06 10:05:30,spam,web_form\n" +
	"8,\"last \"\"day\"\"\",2026-09-30T23:59:00Z,,2026-10-01 00:20,csam,api_scanner\n" +
	"9,after,2026-10-01 00:00,,2026-10-01 00:01,csam,api_scanner\n"

const testMap = `format: dutycheck-measure-map/v1
preset: zendesk
columns: {removed: Content removed at}
values:
  category: {csam: csea, grooming: csea}
  source: {api_scanner: proactive, hash_match: hash, web_form: user}
`

func csea() map[string][]string { return map[string][]string{"category": {"csea"}} }

func runOn(t *testing.T, mapSrc string, period string, specs []Spec, exports ...string) (*Outcome, error) {
	t.Helper()
	m, err := ParseMap("m.yaml", []byte(mapSrc))
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{Map: m}
	if period != "" {
		p, err := ParsePeriod(period)
		if err != nil {
			t.Fatal(err)
		}
		opt.Period = &p
	}
	var ex []Export
	for i, e := range exports {
		ex = append(ex, Export{Name: []string{"a.csv", "b.csv", "c.csv"}[i], R: strings.NewReader(e)})
	}
	return Run(specs, ex, opt)
}

// TestRunFigures checks every metric on the export above against figures
// worked out by hand (the comments give the working).
func TestRunFigures(t *testing.T) {
	specs := []Spec{
		// in scope: 1 (30m), 2 (60m), 3 (open), 4 (excluded), 8 (21m);
		// n = 4; sorted 21, 30, 60, open; median (30+60)/2 = 45
		{Question: "med", Metric: Median, From: "received", To: "removed", Where: csea()},
		// ⌈0.9·4⌉ = 4th: open → unknown
		{Question: "p90", Metric: P90, From: "received", To: "removed", Where: csea()},
		// 3 of 4 within 24h
		{Question: "sw", Metric: ShareWithin, Within: 24 * time.Hour, From: "received", To: "removed", Where: csea()},
		// 40 minutes: 30, 21 → 2 of 4
		{Question: "sw40", Metric: ShareWithin, Within: 30 * time.Minute, From: "received", To: "removed", Where: csea()},
		// scope 1, 2, 3, 4, 8 (no exclusion without times); proactive or
		// hash: 1, 3, 8 → 3 of 5
		{Question: "share", Metric: Share, Where: csea(), Match: map[string][]string{"source": {"proactive", "hash"}}},
		{Question: "count", Metric: Count, Where: csea()},
		// every case in the period: 1, 2, 3, 4, 7, 8
		{Question: "all", Metric: Count},
		// decided: only case 1 has one → 1 closed of 5 in scope, median on open
		{Question: "dec", Metric: Median, From: "received", To: "decided", Where: csea()},
		// nothing in scope
		{Question: "none", Metric: Count, Where: map[string][]string{"category": {"nothing"}}},
	}
	out, err := runOn(t, testMap, "2026-07-01..2026-09-30", specs, zendeskish)
	if err != nil {
		t.Fatal(err)
	}
	if out.Rows != 9 || out.Cases != 6 || out.Repeated != 1 || out.Period.From.String() != "2026-07-01" || out.Period.To.String() != "2026-09-30" {
		t.Errorf("outcome rows %d cases %d repeated %d period %v..%v", out.Rows, out.Cases, out.Repeated, out.Period.From, out.Period.To)
	}
	type want struct {
		cases, open, excluded int
		unknown, none         bool
		minutes               int64
		number                float64
	}
	wants := map[string]want{
		"med":   {cases: 4, open: 1, excluded: 1, minutes: 45},
		"p90":   {cases: 4, open: 1, excluded: 1, unknown: true},
		"sw":    {cases: 4, open: 1, excluded: 1, number: 75},
		"sw40":  {cases: 4, open: 1, excluded: 1, number: 50},
		"share": {cases: 5, number: 60},
		"count": {cases: 5, number: 5},
		"all":   {cases: 6, number: 6},
		"dec":   {cases: 5, open: 4, unknown: true},
		"none":  {none: true},
	}
	for _, r := range out.Results {
		w := wants[r.Spec.Question]
		got := want{r.Cases, r.Open, r.Excluded, r.Unknown, r.NoCases, r.Minutes, r.Number}
		if got != w {
			t.Errorf("%s: got %+v, want %+v", r.Spec.Question, got, w)
		}
	}
}

// TestRunPeriodLocal: the period is in local dates of the map's timezone;
// 2026-06-30 23:00 UTC is 1 July in Stockholm, 2026-09-30 22:30 UTC is
// 1 October. Without a period, the period is the first and last dates.
func TestRunPeriodLocal(t *testing.T) {
	export := "Id,Created at,Tags\n" +
		"a,2026-06-30T21:59:00Z,x\n" + // 23:59 on 30 June local
		"b,2026-06-30T22:00:00Z,x\n" + // 00:00 on 1 July local
		"c,2026-09-30T21:59:00Z,x\n" + // 23:59 on 30 Sept local
		"d,2026-09-30T22:00:00Z,x\n" // 1 October local
	sto := testMap + "timezone: Europe/Stockholm\n"
	out, err := runOn(t, sto, "2026-07-01..2026-09-30", []Spec{{Question: "n", Metric: Count}}, export)
	if err != nil {
		t.Fatal(err)
	}
	if out.Results[0].Number != 2 {
		t.Errorf("count %v, want 2 (b and c)", out.Results[0].Number)
	}
	out, err = runOn(t, sto, "", []Spec{{Question: "n", Metric: Count}}, export)
	if err != nil {
		t.Fatal(err)
	}
	if out.Results[0].Number != 4 || out.Period.From.String() != "2026-06-30" || out.Period.To.String() != "2026-10-01" {
		t.Errorf("no period: %v %v..%v", out.Results[0].Number, out.Period.From, out.Period.To)
	}
}

// TestRunRepeatedAcrossExports: a repeated id counts once, by its first
// row, across the exports in the order given; one outside the period is
// no repeat.
func TestRunRepeatedAcrossExports(t *testing.T) {
	a := "Id,Created at,Content removed at,Tags\nx,2026-07-01 10:00,2026-07-01 10:10,csam\ny,2026-06-01 10:00,2026-06-01 10:10,csam\n"
	b := "Id;Created at;Content removed at;Tags\nx;2026-07-02 10:00;2026-07-02 12:00;csam\ny;2026-07-02 10:00;2026-07-02 10:50;csam\n"
	out, err := runOn(t, testMap, "2026-07-01..2026-07-31", []Spec{{Question: "m", Metric: Median, From: "received", To: "removed", Where: csea()}}, a, b)
	if err != nil {
		t.Fatal(err)
	}
	r := out.Results[0]
	// x by its first row (10m), y from b (50m): median 30
	if out.Repeated != 1 || r.Cases != 2 || r.Minutes != 30 {
		t.Errorf("repeated %d cases %d median %d", out.Repeated, r.Cases, r.Minutes)
	}
}

// TestRunMultiValued: Jira's repeated Labels header is one multi-valued
// column, its dates read by the preset's layout, tab-separated.
func TestRunMultiValued(t *testing.T) {
	export := "Summary\tIssue key\tCreated\tResolved\tLabels\tLabels\tLabels\n" +
		"s\tT-1\t01/Jul/26 9:00 AM\t01/Jul/26 9:30 AM\tfoo\tcsam\t\n" +
		"s\tT-2\t01/Jul/26 9:00 AM\t01/Jul/26 10:30 AM\tgrooming\t\t\n" +
		"s\tT-3\t01/Jul/26 9:00 AM\t01/Jul/26 1:00 PM\tspam\tfoo\tbar\n"
	m := "format: dutycheck-measure-map/v1\npreset: jira\nvalues: {category: {csam: csea, grooming: csea}}\n"
	out, err := runOn(t, m, "", []Spec{{Question: "m", Metric: Median, From: "received", To: "decided", Where: csea()}}, export)
	if err != nil {
		t.Fatal(err)
	}
	if r := out.Results[0]; r.Cases != 2 || r.Minutes != 60 {
		t.Errorf("cases %d median %d; want 2 cases, (30+90)/2 = 60", r.Cases, r.Minutes)
	}
}

// TestRunErrors: every bad export is one line with the file, the
// physical line the record starts on and the column.
func TestRunErrors(t *testing.T) {
	spec := []Spec{{Question: "m", Metric: Median, From: "received", To: "removed", Where: csea()}}
	head := "Id,Subject,Created at,Content removed at,Tags\n"
	tests := []struct{ name, export, want string }{
		{"missing column", "Id,Subject,Created,Content removed at,Tags\n", `a.csv:1: column "Created at" (role "received") is not in the header; its columns are: "Id", "Subject", "Created", "Content removed at", "Tags"`},
		{"ragged row after a line break", head + "1,\"two\nlines\",2026-07-01 10:00,,csam\n2,x,2026-07-01 10:00,csam\n", `a.csv:4: the row has a different number of fields than the header (a ragged row)`},
		{"bad timestamp", head + "1,x,2026-07-01 10:00,,csam\n2,\"a\nb\",2026-07-01 10:00,soon,csam\n", `a.csv:3: column "Content removed at": "soon" is not a timestamp`},
		{"bad timestamp outside the period", head + "1,x,2025-07-01 10:00,tomorrow,csam\n", `a.csv:2: column "Content removed at": "tomorrow" is not a timestamp`},
		{"empty received", head + "1,x,,,csam\n", `a.csv:2: column "Created at": empty; every case needs the time it was received`},
		{"empty id", head + " ,x,2026-07-01 10:00,,csam\n", `a.csv:2: column "Id": empty; every case needs an id`},
		{"bare quote", head + "1,a \"quoted\" word,2026-07-01 10:00,,csam\n", `a.csv:2:5: a quote (") in a field that is not quoted, or a quoted field not closed`},
		{"text after a closing quote", head + "1,\"a\"b,2026-07-01 10:00,,csam\n", `a.csv:2:5: a quote (") in a field that is not quoted`},
		{"quote never closed", head + "1,x,2026-07-01 10:00,,csam\n2,\"open,2026-07-01 10:00,,csam\n", `a.csv:3:32: a quote (") in a field that is not quoted, or a quoted field not closed`},
		{"empty file", "", `a.csv: the export is empty`},
		{"utf-16", "\xff\xfeI\x00d\x00", `a.csv: the export is UTF-16 text`},
		{"nul bytes", "Id,\x00\x00\n", `a.csv: the export holds NUL bytes`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runOn(t, testMap, "2026-07-01..2026-09-30", spec, tt.export)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
		})
	}
}

// TestRunReduced: the reduced copy holds only the columns read, with the
// header's names, and the same figures come from it.
func TestRunReduced(t *testing.T) {
	m, _ := ParseMap("m.yaml", []byte(testMap))
	spec := []Spec{{Question: "m", Metric: Median, From: "received", To: "removed", Where: csea()}}
	var buf bytes.Buffer
	out1, err := Run(spec, []Export{{"a.csv", strings.NewReader(zendeskish)}}, Options{Map: m, Reduced: &buf})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "line break") || !strings.HasPrefix(buf.String(), "Id,Created at,Tags,Content removed at\n1,2026-07-01 10:00,csam other,2026-07-01 10:30\n") {
		t.Errorf("reduced copy:\n%s", buf.String())
	}
	out2, err := Run(spec, []Export{{"r.csv", bytes.NewReader(buf.Bytes())}}, Options{Map: m})
	if err != nil {
		t.Fatal(err)
	}
	if a, b := out1.Results[0], out2.Results[0]; a.Cases != b.Cases || a.Minutes != b.Minutes || a.Open != b.Open || a.Excluded != b.Excluded {
		t.Errorf("figures differ: %+v vs %+v", out1.Results[0], out2.Results[0])
	}
}
