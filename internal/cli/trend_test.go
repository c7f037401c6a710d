package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// quarter is one quarter's answers file; each adds answers, so the score
// moves, and the board's targets come in the second quarter.
func quarter(date, extra, targets string) string {
	return "format: dutycheck-answers/v1\nquestionnaire: {id: sample}\norganization: Org\ndate: " + date + "\nanswers:\n" +
		"  uploads: {value: yes}\n  regions: {value: [eu, us]}\n" + extra + targets
}

var quarters = []string{
	quarter("2026-03-31", "  hash-matching: {value: none}\n  report-time: {value: 72h}\n", ""),
	quarter("2026-06-30", "  hash-matching: {value: some}\n  report-time: {value: 30h}\n  reviewed-share: {value: 70}\n",
		"targets:\n  overall: {min: 60, by: 2026-09-30}\n  questions: {report-time: {max: 24h, by: 2026-12-31}}\n"),
	quarter("2026-09-30", "  hash-matching: {value: all}\n  report-time: {value: 20h}\n  reviewed-share: {value: 92, estimate: true}\n  escalation: {value: yes}\n",
		"targets:\n  overall: {min: 60, by: 2026-09-30}\n  questions: {report-time: {max: 24h, by: 2026-12-31}}\n"),
}

// working is the working copy, changed since the last commit.
var working = quarter("2026-12-01", "  hash-matching: {value: all}\n  report-time: {value: 12h}\n  reviewed-share: {value: 95}\n  escalation: {value: yes}\n  classifier: {value: [images]}\n",
	"targets:\n  overall: {min: 60, by: 2026-09-30}\n  questions: {report-time: {max: 24h, by: 2026-12-31}}\n")

func testEnv(stdout, stderr *bytes.Buffer) *Env {
	return &Env{Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr, Getenv: func(string) string { return "" },
		Now: func() time.Time { return time.Date(2026, 12, 7, 10, 0, 0, 0, time.UTC) }}
}

// gitIn runs git in dir as gitRepo does.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	cmd.Env = gitEnv()
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// quartersRepo commits the three quarters, the file renamed into a
// folder with the second, and leaves the working copy changed.
func quartersRepo(t *testing.T) (dir, path string) {
	dir = gitRepo(t)
	sample, err := os.ReadFile("../../testdata/questionnaires/valid/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "q.yaml"), string(sample))
	write(t, filepath.Join(dir, "assessment.yaml"), quarters[0])
	gitIn(t, dir, "add", "q.yaml", "assessment.yaml")
	gitIn(t, dir, "commit", "-q", "-m", "Q1")
	if err := os.MkdirAll(filepath.Join(dir, "assessments"), 0o755); err != nil {
		t.Fatal(err)
	}
	gitIn(t, dir, "mv", "assessment.yaml", "assessments/-csea.yaml")
	path = filepath.Join(dir, "assessments", "-csea.yaml")
	gitIn(t, dir, "commit", "-q", "-m", "rename")
	for i, q := range quarters[1:] {
		write(t, path, q)
		gitIn(t, dir, "commit", "-q", "-a", "-m", "Q"+string(rune('2'+i)))
	}
	write(t, path, working)
	return dir, path
}

// TestTrendMatchesScore is the test that matters: over a repository with
// three quarters of commits (and a rename, and a changed working copy),
// every point of `trend --format json` gives exactly what `score --format
// json` gives for that version.
func TestTrendMatchesScore(t *testing.T) {
	dir, path := quartersRepo(t)
	var out, errs bytes.Buffer
	if code := Run(testEnv(&out, &errs), []string{"trend", "-q", filepath.Join(dir, "q.yaml"), "-a", path, "--format", "json"}); code != 0 {
		t.Fatalf("trend exit %d: %s", code, errs.String())
	}
	var doc struct {
		Points []map[string]any `json:"points"`
		Notes  []string         `json:"notes"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	versions := append(append([]string{}, quarters...), working)
	if len(doc.Points) != len(versions) {
		t.Fatalf("%d points, want %d:\n%s", len(doc.Points), len(versions), out.String())
	}
	if !strings.Contains(errs.String(), "assessments/-csea.yaml was renamed: its history is followed back to assessment.yaml") {
		t.Errorf("the rename is not said: %q", errs.String())
	}
	for i, v := range versions {
		file := filepath.Join(t.TempDir(), "v.yaml")
		write(t, file, v)
		var sout, serr bytes.Buffer
		if code := Run(testEnv(&sout, &serr), []string{"score", "-q", filepath.Join(dir, "q.yaml"), "-a", file, "--format", "json"}); code != 0 {
			t.Fatalf("score exit %d: %s", code, serr.String())
		}
		var score map[string]any
		if err := json.Unmarshal(sout.Bytes(), &score); err != nil {
			t.Fatal(err)
		}
		pt := doc.Points[i]
		for _, k := range []string{"date", "overall", "completion", "critical_gaps", "sections", "regimes"} {
			if !reflect.DeepEqual(pt[k], score[k]) {
				t.Errorf("point %d %s: trend %v, score %v", i, k, pt[k], score[k])
			}
		}
		want := score["targets"]
		if want == nil {
			want = []any{}
		}
		if !reflect.DeepEqual(pt["targets"], want) {
			t.Errorf("point %d targets: trend %v, score %v", i, pt["targets"], want)
		}
		commit, _ := pt["commit"].(string)
		if (i < 3) != (len(commit) == 40) || (i == 3) != (pt["working_copy"] == true) {
			t.Errorf("point %d: commit %q, working copy %v", i, commit, pt["working_copy"])
		}
	}
	// the numbers move, and the target on the overall score turns from
	// open to met
	if doc.Points[0]["overall"].(map[string]any)["score"] == doc.Points[2]["overall"].(map[string]any)["score"] {
		t.Error("the fixture does not move the score")
	}

	// text and CSV: one row per version, oldest first
	out.Reset()
	errs.Reset()
	if code := Run(testEnv(&out, &errs), []string{"trend", "-q", filepath.Join(dir, "q.yaml"), "-a", path}); code != 0 {
		t.Fatalf("trend text exit %d: %s", code, errs.String())
	}
	text := out.String()
	for _, want := range []string{"2026-03-31", "2026-06-30", "2026-09-30", "2026-12-01", "working copy", "Overall score · at least 60 by 2026-09-30"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "2026-03-31") > strings.Index(text, "2026-09-30") {
		t.Errorf("not oldest first:\n%s", text)
	}
	out.Reset()
	if code := Run(testEnv(&out, &errs), []string{"trend", "-q", filepath.Join(dir, "q.yaml"), "-a", path, "--format", "csv"}); code != 0 {
		t.Fatal(errs.String())
	}
	if lines := strings.Split(strings.TrimSpace(out.String()), "\r\n"); len(lines) != 5 || !strings.HasPrefix(lines[0], "date,commit,") {
		t.Errorf("csv:\n%s", out.String())
	}
}

// TestTrendLimits: a file outside a repository, one never committed, a
// shallow clone and a single version are said plainly, exit 0.
func TestTrendLimits(t *testing.T) {
	run := func(args ...string) (string, string) {
		t.Helper()
		var out, errs bytes.Buffer
		if code := Run(testEnv(&out, &errs), args); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errs.String())
		}
		return out.String(), errs.String()
	}
	sample := "../../testdata/questionnaires/valid/sample.yaml"

	outside := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", outside)
	file := filepath.Join(outside, "a.yaml")
	write(t, file, quarters[0])
	out, errs := run("trend", "-q", sample, "-a", file)
	if !strings.Contains(errs, "is not in a git repository: this is the file as it is now") || !strings.Contains(errs, "only one version") {
		t.Errorf("outside git: %q", errs)
	}
	if !strings.Contains(out, "1 version") {
		t.Errorf("outside git:\n%s", out)
	}

	dir, path := quartersRepo(t)
	fresh := filepath.Join(dir, "new.yaml")
	write(t, fresh, quarters[1])
	if _, errs := run("trend", "-q", sample, "-a", fresh); !strings.Contains(errs, "has no commits in git yet") {
		t.Errorf("never committed: %q", errs)
	}

	clone := filepath.Join(t.TempDir(), "clone")
	gitIn(t, dir, "clone", "-q", "--depth", "2", "file://"+dir, clone)
	cpath := filepath.Join(clone, "assessments", "-csea.yaml")
	out, errs = run("trend", "-q", sample, "-a", cpath, "--format", "json")
	if !strings.Contains(errs, "shallow clone: versions older than") {
		t.Errorf("shallow clone: %q", errs)
	}
	if n := strings.Count(out, `"commit": "`); n != 2 {
		t.Errorf("shallow clone of depth 2: %d points\n%s", n, out)
	}

	// files named: ordered by their assessment dates
	a, b := filepath.Join(outside, "q3.yaml"), filepath.Join(outside, "q1.yaml")
	write(t, a, quarters[2])
	write(t, b, quarters[0])
	out, _ = run("trend", "-q", sample, a, b)
	if strings.Index(out, "2026-03-31") > strings.Index(out, "2026-09-30") || !strings.Contains(out, "2 versions") {
		t.Errorf("files:\n%s", out)
	}
	_ = path
}

// TestTrendNoGit: without git, the working copy, said plainly.
func TestTrendNoGit(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "a.yaml")
	write(t, file, quarters[0])
	t.Setenv("PATH", "")
	var out, errs bytes.Buffer
	if code := Run(testEnv(&out, &errs), []string{"trend", "-q", "../../testdata/questionnaires/valid/sample.yaml", "-a", file}); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	if !strings.Contains(errs.String(), "git is not installed") {
		t.Errorf("stderr: %q", errs.String())
	}
}

// TestReportTrend: report --trend reads the git history, --history the
// files named; both write the PDF, and bad combinations are refused.
func TestReportTrend(t *testing.T) {
	dir, path := quartersRepo(t)
	q := filepath.Join(dir, "q.yaml")
	for _, args := range [][]string{
		{"report", "-q", q, "-a", path, "--trend", "-o", filepath.Join(dir, "t.pdf")},
		{"report", "-q", q, "-a", path, "-o", filepath.Join(dir, "h.pdf"), "--history", filepath.Join(dir, "q.yaml")},
	} {
		var out, errs bytes.Buffer
		code := Run(testEnv(&out, &errs), args)
		if args[len(args)-1] == q {
			// q.yaml is a questionnaire, not an answers file: refused
			if code == 0 {
				t.Errorf("%v: accepted", args)
			}
			continue
		}
		if code != 0 || !strings.Contains(out.String(), "wrote ") {
			t.Errorf("%v: exit %d: %s", args, code, errs.String())
		}
	}
	old := filepath.Join(t.TempDir(), "q1.yaml")
	write(t, old, quarters[0])
	var out, errs bytes.Buffer
	if code := Run(testEnv(&out, &errs), []string{"report", "-q", q, "-a", path, "--history", old, "-o", filepath.Join(dir, "h.pdf")}); code != 0 {
		t.Errorf("--history: exit %d: %s", code, errs.String())
	}
	if code := Run(testEnv(&out, &errs), []string{"report", "-q", q, "-a", path, "--history", old, "--trend"}); code != 2 {
		t.Errorf("--trend with --history: exit %d", code)
	}
}
