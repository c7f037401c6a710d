package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// measuredQuarter is a quarter's answers to the measured questionnaire:
// the removal time and the share decided within 24 hours measured from
// that quarter's export, the count typed by hand.
func measuredQuarter(date, remove string, cases int, share, from, to string) string {
	rec := func(metric string) string {
		return "measured: {metric: " + metric + ", cases: " + itoa(cases) + ", open: 1, period: {from: " + from + ", to: " + to + "}, source: {file: export.csv, sha256: " + strings.Repeat("ab", 32) + "}, at: " + date + "}"
	}
	return "format: dutycheck-answers/v1\nquestionnaire: {id: measured}\norganization: Org\ndate: " + date + "\nanswers:\n" +
		"  remove-time:\n    value: " + remove + "\n    " + rec("median") + "\n" +
		"  report-share-24h:\n    value: " + share + "\n    " + rec("share_within") + "\n" +
		"  report-count: {value: 40}\n"
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// TestTrendMeasuredFigures: over a repository with two committed quarters
// of measured answers, trend names each point's measured figures (value,
// metric, cases, period) in text, JSON and CSV, and report --trend shows
// a measured figure's trend in the details.
func TestTrendMeasuredFigures(t *testing.T) {
	dir := gitRepo(t)
	sample, err := os.ReadFile("../../testdata/questionnaires/valid/measured.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q := filepath.Join(dir, "q.yaml")
	path := filepath.Join(dir, "assessment.yaml")
	write(t, q, string(sample))
	write(t, path, measuredQuarter("2026-06-30", "4h", 120, "55", "2026-04-01", "2026-06-30"))
	gitIn(t, dir, "add", "q.yaml", "assessment.yaml")
	gitIn(t, dir, "commit", "-q", "-m", "Q2")
	write(t, path, measuredQuarter("2026-09-30", "192m", 1234, "92.5", "2026-07-01", "2026-09-30"))
	gitIn(t, dir, "commit", "-q", "-a", "-m", "Q3")

	run := func(args ...string) string {
		t.Helper()
		var out, errs bytes.Buffer
		if code := Run(testEnv(&out, &errs), args); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs.String())
		}
		return out.String()
	}
	var doc struct {
		Points []struct {
			Date            string `json:"date"`
			MeasuredFigures []struct {
				ID, Value, Metric string
				Cases, Open       int
				Period            struct{ From, To string }
			} `json:"measured_figures"`
			Measured struct {
				Measured int `json:"measured"`
			} `json:"measured"`
		} `json:"points"`
	}
	if err := json.Unmarshal([]byte(run("trend", "-q", q, "-a", path, "--format", "json")), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Points) != 2 {
		t.Fatalf("%d points", len(doc.Points))
	}
	want := []struct {
		remove, share  string
		cases          int
		from, to, date string
	}{{"4h", "55", 120, "2026-04-01", "2026-06-30", "2026-06-30"}, {"192m", "92.5", 1234, "2026-07-01", "2026-09-30", "2026-09-30"}}
	for i, w := range want {
		pt := doc.Points[i]
		if pt.Date != w.date || len(pt.MeasuredFigures) != 2 || pt.Measured.Measured != 2 {
			t.Fatalf("point %d: %+v", i, pt)
		}
		f, g := pt.MeasuredFigures[0], pt.MeasuredFigures[1]
		if f.ID != "remove-time" || f.Value != w.remove || f.Metric != "median" || f.Cases != w.cases || f.Open != 1 ||
			f.Period.From != w.from || f.Period.To != w.to {
			t.Errorf("point %d remove-time: %+v", i, f)
		}
		if g.ID != "report-share-24h" || g.Value != w.share || g.Metric != "share_within" {
			t.Errorf("point %d share: %+v", i, g)
		}
	}

	text := run("trend", "-q", q, "-a", path)
	text = strings.ReplaceAll(text, "\u00a0", " ") // the space between a figure and its unit
	for _, s := range []string{
		"Measured figures (from case exports)",
		"  Median time to remove reported material",
		"4 h  measured: median of 120 cases, 1 Apr–30 Jun 2026; 1 open",
		"192 min  measured: median of 1,234 cases, 1 Jul–30 Sep 2026; 1 open",
	} {
		if !strings.Contains(text, s) {
			t.Errorf("text lacks %q:\n%s", s, text)
		}
	}
	if strings.Contains(text, "Reports received") {
		t.Errorf("a typed-only question is listed among the measured:\n%s", text)
	}
	sv := run("trend", "-q", q, "-a", path, "--lang", "sv")
	if !strings.Contains(sv, "Mätta värden") || !strings.Contains(sv, "mätt: medianen av 1234 ärenden") {
		t.Errorf("Swedish:\n%s", sv)
	}

	csv := strings.Split(strings.TrimSpace(run("trend", "-q", q, "-a", path, "--format", "csv")), "\r\n")
	if len(csv) != 3 || !strings.Contains(csv[0], ",measured:remove-time:value,measured:remove-time:metric,measured:remove-time:cases,measured:remove-time:open,measured:remove-time:period,") ||
		!strings.HasSuffix(csv[2], ",192m,median,1234,1,2026-07-01..2026-09-30,92.5,share_within,1234,1,2026-07-01..2026-09-30") {
		t.Errorf("csv:\n%s", strings.Join(csv, "\n"))
	}

	// the PDF: the trend of a measured figure in the details, only when asked for
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	pdfText := func(args ...string) string {
		t.Helper()
		pdf := filepath.Join(t.TempDir(), "r.pdf")
		run(append([]string{"report", "-q", q, "-a", path, "-o", pdf}, args...)...)
		txt, err := exec.Command(bin, pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(string(txt)), " ")
	}
	over := "Over time: 2026-06-30: 4 h (120 cases); 2026-09-30: 192 min (1,234 cases)"
	if txt := strings.ReplaceAll(pdfText("--trend"), "\u00a0", " "); !strings.Contains(txt, over) {
		t.Errorf("report --trend lacks %q:\n%s", over, txt)
	}
	if txt := pdfText(); strings.Contains(txt, "Over time:") {
		t.Error("report without --trend shows a trend in the details")
	}
}
