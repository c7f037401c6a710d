package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// repoRoot is the repository's top folder, where the fixtures' paths start.
var repoRoot, _ = filepath.Abs("../..")

// run runs dutycheck in-process from the repository's top folder and
// returns its exit code, stdout and stderr.
func run(t *testing.T, env map[string]string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(repoRoot)
	var out, errb bytes.Buffer
	e := &Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
		Now:    func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(e, args)
	return code, out.String(), errb.String()
}

const (
	sampleQ = "testdata/questionnaires/valid/sample.yaml"
	sampleA = "testdata/answers/sample.yaml"
)

func TestExportFormats(t *testing.T) {
	for _, c := range []struct{ format, want string }{
		{"json", `"format": "dutycheck-export/v1"`},
		{"csv", "section,id,question,status,answer,value,score,weight,points_lost,critical,gap,note\r\n"},
		{"markdown", "**Overall 56.7 / 100 · Fair**"},
		{"oscal", `"oscal-version": "1.1.3"`},
	} {
		code, out, errs := run(t, nil, "export", "-q", sampleQ, "-a", sampleA, "--format", c.format)
		if code != 0 || !strings.Contains(out, c.want) {
			t.Errorf("export --format %s: exit %d, stderr %q, output lacks %q", c.format, code, errs, c.want)
		}
	}
}

// TestExportJSONHasGit: the JSON names both files with their digests; this
// repository is a git work tree, so their git state is there too.
func TestExportJSONHasGit(t *testing.T) {
	code, out, _ := run(t, nil, "export", sampleA, "-q", sampleQ, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var doc struct {
		Sources []struct {
			Role, Path, SHA256 string
			Git                *struct{ Head string }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Sources) != 2 || doc.Sources[0].Path != sampleQ || doc.Sources[1].Path != sampleA || len(doc.Sources[1].SHA256) != 64 {
		t.Fatalf("sources = %+v", doc.Sources)
	}
	if _, err := os.Stat(".git"); err == nil && doc.Sources[1].Git == nil {
		t.Error("the answers file is in a work tree, but no git state was recorded")
	}
}

// TestExportOSCALTime: SOURCE_DATE_EPOCH stamps the document; without it
// the assessment date does, never the clock.
func TestExportOSCALTime(t *testing.T) {
	_, out, _ := run(t, nil, "export", "-q", sampleQ, "-a", sampleA, "--format", "oscal")
	if !strings.Contains(out, `"last-modified": "2026-11-26T00:00:00Z"`) {
		t.Error("without SOURCE_DATE_EPOCH the timestamp is not the assessment date")
	}
	_, out, _ = run(t, map[string]string{"SOURCE_DATE_EPOCH": "1767225600"}, "export", "-q", sampleQ, "-a", sampleA, "--format", "oscal")
	if !strings.Contains(out, `"last-modified": "2026-01-01T00:00:00Z"`) {
		t.Error("SOURCE_DATE_EPOCH is not the timestamp")
	}
	code, _, errs := run(t, map[string]string{"SOURCE_DATE_EPOCH": "soon"}, "export", "-q", sampleQ, "-a", sampleA, "--format", "oscal")
	if code != 2 || !strings.Contains(errs, "SOURCE_DATE_EPOCH") {
		t.Errorf("bad SOURCE_DATE_EPOCH: exit %d, %q", code, errs)
	}
}

// TestExportFile: -o writes the file privately, and its extension picks
// the format when --format is not given.
func TestExportFile(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "assessment.csv")
	code, out, errs := run(t, nil, "export", "-q", sampleQ, "-a", sampleA, "-o", dest)
	if code != 0 || out != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	data, err := os.ReadFile(dest)
	if err != nil || !bytes.HasPrefix(data, []byte("section,")) {
		t.Fatalf("%s: %v, %.40q", dest, err, data)
	}
	// --excel adds the byte order mark Excel needs to read UTF-8.
	if code, _, errs := run(t, nil, "export", "-q", sampleQ, "-a", sampleA, "-o", dest, "--excel"); code != 0 {
		t.Fatalf("--excel: exit %d, %s", code, errs)
	}
	if data, _ := os.ReadFile(dest); !bytes.HasPrefix(data, []byte("\ufeffsection,")) {
		t.Errorf("--excel: %.40q does not start with a byte order mark", data)
	}
	if fi, _ := os.Stat(dest); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
}

func TestExportUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"export", "-q", sampleQ, "-a", sampleA, "--format", "xml"}, 2, "--format is json, csv, markdown or oscal"},
		{[]string{"export", "-q", sampleQ, "--format", "json"}, 2, "name the answers file"},
		{[]string{"export", "-q", sampleQ, "-a", sampleA, "-o", sampleA}, 2, "is an input file"},
		{[]string{"export", "-q", sampleQ, "-a", "testdata/missing.yaml"}, 2, "missing.yaml"},
		{[]string{"export", "-q", sampleQ, "-a", sampleQ}, 1, "sample.yaml"},
	} {
		code, _, errs := run(t, nil, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
}
