package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"
)

// gitRepo makes a repository in a temporary folder with one committed
// file, a.yaml, and returns the folder.
func gitRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	t.Setenv("HOME", dir)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Env = gitEnv()
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	write(t, filepath.Join(dir, "a.yaml"), "a: 1\n")
	write(t, filepath.Join(dir, "sub", "b.yaml"), "b: 1\n")
	write(t, filepath.Join(dir, "xa.yaml"), "x: 1\n")
	git("add", "a.yaml", "sub/b.yaml", "xa.yaml")
	git("commit", "-q", "-m", "first")
	return dir
}

func write(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

var commitLine = regexp.MustCompile(`^a\.yaml: commit [0-9a-f]{7}$`)

func TestGitState(t *testing.T) {
	dir := gitRepo(t)
	a := filepath.Join(dir, "a.yaml")
	g := gitState(a)
	if g == nil || len(g.Head) != 40 || g.Commit != g.Head || g.Modified || g.Path != "a.yaml" {
		t.Fatalf("committed file: %+v", g)
	}
	if got := provenance(a); len(got) != 1 || !commitLine.MatchString(got[0]) {
		t.Errorf("provenance = %q", got)
	}
	if g := gitState(filepath.Join(dir, "sub", "b.yaml")); g == nil || g.Path != "sub/b.yaml" {
		t.Errorf("file in a sub-folder: %+v", g)
	}
	write(t, a, "a: 2\n")
	if got := provenance(a); len(got) != 1 || got[0] != "a.yaml: commit "+g.Commit[:7]+" (modified since)" {
		t.Errorf("modified file: %q", got)
	}
	// A name with pathspec magic means only itself: x*.yaml is new even
	// though xa.yaml, which the pattern would match, is committed.
	star := filepath.Join(dir, "x*.yaml")
	write(t, star, "new\n")
	if g := gitState(star); g == nil || g.Commit != "" || !g.Modified {
		t.Errorf("new file x*.yaml: %+v", g)
	}
	if got := provenance(star); len(got) != 1 || got[0] != "x*.yaml: not committed (repository at "+g.Head[:7]+")" {
		t.Errorf("provenance of a new file = %q", got)
	}
}

// TestGitStateOutside: outside a work tree, for a missing file, a folder
// or a built-in questionnaire's id, and without git, nothing is recorded.
func TestGitStateOutside(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "a.yaml")
	write(t, plain, "a: 1\n")
	t.Setenv("GIT_CEILING_DIRECTORIES", dir)
	for _, p := range []string{plain, filepath.Join(dir, "missing.yaml"), dir, "csea-duties"} {
		if g := gitState(p); g != nil {
			t.Errorf("gitState(%s) = %+v, want nil", p, g)
		}
	}
	repo := gitRepo(t)
	t.Setenv("PATH", "")
	if got := provenance(filepath.Join(repo, "a.yaml")); got != nil {
		t.Errorf("without git: %q", got)
	}
}
