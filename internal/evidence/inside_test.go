package evidence_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
)

// TestEvidenceOutsideTheFolderRefused: the walk-through accepted
// /etc/shadow (stored as ../../../../etc/shadow), e/../../../etc/passwd and
// a symbolic link to /etc/shadow, and recorded their digests for the report
// to print. Evidence lies inside the answers file's folder tree, links
// followed; Verify reports a link planted after the file was recorded.
func TestEvidenceOutsideTheFolderRefused(t *testing.T) {
	root := t.TempDir()
	apath := write(t, root, "assessments/a.yaml", []byte("format: dutycheck-answers/v1\n"))
	secret := write(t, root, "secret.txt", []byte("root:x:0:0\n"))
	write(t, root, "evidence/policy.pdf", []byte("%PDF-1.7\n"))
	if err := os.MkdirAll(filepath.Join(root, "assessments", "e"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(root, "assessments", "e", "link.csv")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{secret, "../evidence/policy.pdf", "e/../../secret.txt", "e/link.csv"} {
		if e, err := evidence.Add(apath, p); err == nil || !strings.Contains(err.Error(), "outside the answers file's folder") {
			t.Errorf("Add(%q) = %+v, %v; want refused as outside the folder", p, e, err)
		}
	}

	// A link inside the folder is fine; one swapped in later is reported.
	inner := write(t, root, "assessments/e/real.csv", []byte("a,b\n"))
	if err := os.Symlink(inner, filepath.Join(root, "assessments", "e", "ok.csv")); err != nil {
		t.Fatal(err)
	}
	e, err := evidence.Add(apath, "e/ok.csv")
	if err != nil {
		t.Fatalf("a link to a file inside the folder: %v", err)
	}
	f := &answers.File{Answers: map[string]*answers.Answer{"q": {Evidence: []answers.Evidence{e}}}}
	if probs := evidence.Verify(apath, f); len(probs) != 0 {
		t.Fatalf("Verify before the swap: %+v", probs)
	}
	_ = os.Remove(filepath.Join(root, "assessments", "e", "ok.csv"))
	if err := os.Symlink(secret, filepath.Join(root, "assessments", "e", "ok.csv")); err != nil {
		t.Fatal(err)
	}
	probs := evidence.Verify(apath, f)
	if len(probs) != 1 || !strings.Contains(probs[0].Msg, "outside the answers file's folder") {
		t.Errorf("Verify after a link out was swapped in: %+v", probs)
	}
}
