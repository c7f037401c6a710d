package tui

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
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
