package evidence_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

func sampleQ(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	data, err := os.ReadFile("../../testdata/questionnaires/valid/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse("sample.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestVerify: each file evidence item that is missing, changed, or an
// image planted under a document's name is reported at its line, in file
// order, and links and good files are not; an orphaned answer's evidence
// is checked too.
func TestVerify(t *testing.T) {
	dir := t.TempDir()
	ok := []byte("date,reports\n")
	write(t, dir, "ev/ok.csv", ok)
	write(t, dir, "ev/changed.csv", []byte("edited after it was recorded\n"))
	planted := jpegBytes(t)
	write(t, dir, "ev/planted.txt", planted)
	os.MkdirAll(filepath.Join(dir, "ev/folder.csv"), 0o755)
	file := fmt.Sprintf(`format: dutycheck-answers/v1
questionnaire: {id: sample}
organization: Org
date: 2026-11-26
answers:
  uploads:
    value: yes
    evidence:
      - url: https://wiki.example.com/runbook
      - file: ev/ok.csv
        sha256: %[1]s
  users:
    value: 3
    evidence:
      - file: ev/changed.csv
        sha256: %[1]s
      - file: ev/missing.csv
        sha256: %[1]s
  hash-matching:
    value: all
    evidence:
      - {sha256: %[2]s, file: ev/planted.txt}
      - {file: ev/folder.csv, sha256: %[1]s}
      - {file: ev/ok.csv, sha256: %[1]s}
  removed-question:
    value: x
    evidence:
      - {file: ev/gone.csv, sha256: %[1]s}
`, digest(ok), digest(planted))
	apath := write(t, dir, "a.yaml", []byte(file))
	q := sampleQ(t)
	f, err := answers.Decode(apath, []byte(file), q)
	if err != nil {
		t.Fatal(err)
	}
	got := evidence.Verify(apath, f)
	want := []struct {
		line, col int
		kind      evidence.ProblemKind
		msg       string
	}{
		{15, 9, evidence.Changed, "evidence file ev/changed.csv changed since it was recorded"},
		{17, 9, evidence.Missing, "evidence file ev/missing.csv is missing"},
		{22, 84, evidence.Material, "evidence file ev/planted.txt is an image (JPEG, by its first bytes); " + answers.ErrMaterial.Error()},
		{23, 10, evidence.Unreadable, "evidence file ev/folder.csv cannot be read: not a regular file"},
		{28, 10, evidence.Missing, "evidence file ev/gone.csv is missing"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Pos.Line != w.line || g.Pos.Col != w.col || g.Kind != w.kind || g.Msg != w.msg {
			t.Errorf("problem %d: %d:%d %v %q\nwant %d:%d %v %q", i, g.Pos.Line, g.Pos.Col, g.Kind, g.Msg, w.line, w.col, w.kind, w.msg)
		}
	}

	t.Run("all good after the files are fixed", func(t *testing.T) {
		write(t, dir, "ev/changed.csv", ok)
		write(t, dir, "ev/missing.csv", ok)
		write(t, dir, "ev/gone.csv", ok)
		os.Remove(filepath.Join(dir, "ev/folder.csv"))
		write(t, dir, "ev/folder.csv", ok)
		write(t, dir, "ev/planted.txt", ok)
		f.Get("hash-matching").Evidence[0].SHA256 = digest(ok)
		if got := evidence.Verify(apath, f); len(got) != 0 {
			t.Errorf("problems %+v", got)
		}
	})

	t.Run("Add then Verify agree", func(t *testing.T) {
		e, err := evidence.Add(apath, "ev/ok.csv")
		if err != nil {
			t.Fatal(err)
		}
		nf := answers.New(q, f.Date)
		nf.Put(q.Question("users"), &answers.Answer{Value: answers.Value{Set: true, Number: 1}, Evidence: []answers.Evidence{e}})
		back, err := answers.Decode(apath, answers.Encode(nf, q), q)
		if err != nil {
			t.Fatal(err)
		}
		if p := evidence.Verify(apath, back); len(p) != 0 {
			t.Errorf("problems %+v", p)
		}
		write(t, dir, "ev/ok.csv", []byte("changed\n"))
		if p := evidence.Verify(apath, back); len(p) != 1 || p[0].Kind != evidence.Changed || !strings.Contains(p[0].Msg, "ev/ok.csv changed") {
			t.Errorf("problems %+v", p)
		}
	})
}
