package tui

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/evidence"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// TestSaveFailureInSwedish: a save refused for a known cause is said in
// the session's language, never in atomicfile's English.
func TestSaveFailureInSwedish(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	m := New(Config{Questionnaire: q, Answers: &answers.File{}, Path: "a.yaml", Lang: "sv", Save: (&store{}).save})
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("save a.yaml: %w", atomicfile.ErrReadOnly), "INTE SPARAT: filen är skrivskyddad"},
		{fmt.Errorf("save a.yaml: %w", atomicfile.ErrTooLarge), "större än den 1 MiB"},
		{fmt.Errorf("save a.yaml: folder x: %w", fs.ErrNotExist), "mappen finns inte längre"},
		{fmt.Errorf("save a.yaml: %w", fs.ErrPermission), "åtkomst nekad"},
	} {
		got := m.sh.s.saveFailure(tc.err)
		if !strings.Contains(got, tc.want) || strings.Contains(got, "save a.yaml") {
			t.Errorf("%v: %q, want %q in Swedish", tc.err, got, tc.want)
		}
	}
}

// TestReportFailureInSwedish: a report that could not be written names
// a known cause in the session's language on the status line.
func TestReportFailureInSwedish(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	m := New(Config{Questionnaire: q, Answers: &answers.File{}, Path: "a.yaml", Lang: "sv", Save: (&store{}).save})
	e := newEnd(m.sh)
	e.reported(reportDoneMsg{err: fmt.Errorf("save a.pdf: folder x: %w", fs.ErrNotExist)})
	if !strings.Contains(m.sh.status, "mappen finns inte längre") || strings.Contains(m.sh.status, "folder") {
		t.Errorf("status %q: the cause is not in Swedish", m.sh.status)
	}
}

// TestEvidenceFileReasonInSwedish: a file that cannot be added as
// evidence is refused with its cause in Swedish, not evidence's English.
func TestEvidenceFileReasonInSwedish(t *testing.T) {
	dir := t.TempDir()
	apath := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(apath, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o700); err != nil {
		t.Fatal(err)
	}
	w := l10n.For("sv")
	for typed, want := range map[string]string{
		"missing.csv":   "missing.csv kan inte bifogas: filen finns inte",
		"folder":        "folder kan inte bifogas: det är ingen vanlig fil",
		"a.yaml":        "a.yaml kan inte bifogas: svarsfilen kan inte vara sitt eget underlag",
		"../outside.md": "../outside.md kan inte bifogas: den ligger utanför svarsfilens mapp",
	} {
		_, err := evidence.AddWatched(apath, typed, nil)
		if err == nil {
			t.Fatalf("%s added", typed)
		}
		if got := evidenceReason(w, typed, err, false); !strings.HasPrefix(got, want) {
			t.Errorf("%s: %q, want %q…", typed, got, want)
		}
	}
}
