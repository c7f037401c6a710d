package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// reportEnv is an Env with buffers, a fixed clock and the given
// environment variables.
func reportEnv(vars map[string]string) (*Env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return &Env{
		Stdout: &out, Stderr: &errb,
		Getenv: func(k string) string { return vars[k] },
		Now:    func() time.Time { return time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC) },
	}, &out, &errb
}

// reportFiles copies the sample questionnaire and answers into a fresh
// folder and returns their paths.
func reportFiles(t *testing.T) (qpath, apath string) {
	t.Helper()
	dir := t.TempDir()
	for src, dst := range map[string]*string{
		"../../testdata/questionnaires/valid/sample.yaml": &qpath,
		"../../testdata/answers/sample.yaml":              &apath,
	} {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		*dst = filepath.Join(dir, filepath.Base(filepath.Dir(src))+"-"+filepath.Base(src))
		if err := os.WriteFile(*dst, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return qpath, apath
}

func TestReportCommand(t *testing.T) {
	qpath, apath := reportFiles(t)
	env, out, errb := reportEnv(map[string]string{"SOURCE_DATE_EPOCH": "1764000000"})
	if code := Run(env, []string{"report", "-q", qpath, "-a", apath}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	pdf := strings.TrimSuffix(apath, ".yaml") + ".pdf"
	if got := strings.TrimSpace(out.String()); got != "wrote "+pdf {
		t.Errorf("stdout %q", got)
	}
	first, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(first, []byte("%PDF-")) || !bytes.Contains(first[len(first)-20:], []byte("%%EOF")) {
		t.Fatal("output is not a whole PDF")
	}
	// Again, in Swedish with a baseline and to a named file: same folder,
	// no temporary files left behind; and the first run is reproducible.
	other := filepath.Join(filepath.Dir(apath), "board.pdf")
	if code := Run(env, []string{"report", "-q", qpath, "-a", apath, "--lang", "sv", "--baseline", apath, "-o", other}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	if code := Run(env, []string{"report", "-q", qpath, "-a", apath}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	again, _ := os.ReadFile(pdf)
	if !bytes.Equal(first, again) {
		t.Error("two runs with SOURCE_DATE_EPOCH differ")
	}
	entries, _ := os.ReadDir(filepath.Dir(apath))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 4 {
		t.Errorf("folder holds %v; want the two inputs and two PDFs", names)
	}
}

func TestReportErrors(t *testing.T) {
	qpath, apath := reportFiles(t)
	before, _ := os.ReadFile(apath)
	for _, c := range []struct {
		name string
		vars map[string]string
		args []string
		code int
		msg  string
	}{
		{"no answers", nil, []string{"report", "-q", qpath}, 2, "name the answers file"},
		{"bad language", nil, []string{"report", "-q", qpath, "-a", apath, "--lang", "fi"}, 2, `report: --lang: unknown language "fi"; use en, sv`},
		{"bad epoch", map[string]string{"SOURCE_DATE_EPOCH": "yesterday"}, []string{"report", "-q", qpath, "-a", apath}, 2, "SOURCE_DATE_EPOCH"},
		{"over the answers", nil, []string{"report", "-q", qpath, "-a", apath, "-o", apath}, 2, "is the answers file"},
		{"missing baseline", nil, []string{"report", "-q", qpath, "-a", apath, "--baseline", apath + ".nope"}, 2, "nope"},
	} {
		t.Run(c.name, func(t *testing.T) {
			env, _, errb := reportEnv(c.vars)
			if code := Run(env, c.args); code != c.code || !strings.Contains(errb.String(), c.msg) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errb, c.code, c.msg)
			}
		})
	}
	after, _ := os.ReadFile(apath)
	if !bytes.Equal(before, after) {
		t.Error("the answers file changed")
	}
	if _, err := os.Stat(strings.TrimSuffix(apath, ".yaml") + ".pdf"); err == nil {
		t.Error("a failed run left a PDF")
	}
}

// TestWriteReport is the walk-through's way to the PDF.
func TestWriteReport(t *testing.T) {
	qpath, apath := reportFiles(t)
	data, _ := os.ReadFile(qpath)
	q, err := questionnaire.Parse(qpath, data)
	if err != nil {
		t.Fatal(err)
	}
	adata, _ := os.ReadFile(apath)
	f, err := answers.Decode(apath, adata, q)
	if err != nil {
		t.Fatal(err)
	}
	env, _, _ := reportEnv(nil)
	path, err := writeReport(env, q, f, qpath, apath, "sv")
	if err != nil {
		t.Fatal(err)
	}
	if want := strings.TrimSuffix(apath, ".yaml") + ".pdf"; path != want {
		t.Errorf("wrote %s, want %s", path, want)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() < 10000 {
		t.Errorf("no report at %s: %v", path, err)
	}
}
