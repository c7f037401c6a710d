package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/export"
)

// gitTimeout bounds each git call: provenance is a courtesy, and a slow
// network file system or a huge repository must not hold up a command.
const gitTimeout = 2 * time.Second

// gitState tells where a file stands in git: the path inside its
// repository, the checked-out commit, the last commit that changed the
// file and whether it has changed since. It returns nil when the file is
// not a regular file, git is not installed, the file is outside a work
// tree (or in one without commits), or git fails or is too slow: then
// nothing is recorded and nothing breaks.
func gitState(path string) *export.Git {
	if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil
	}
	dir, base := filepath.Dir(abs), filepath.Base(abs)
	out, ok := runGit(dir, "rev-parse", "HEAD", "--show-prefix")
	if !ok {
		return nil
	}
	lines := strings.SplitN(out, "\n", 2)
	g := &export.Git{Head: lines[0], Path: base}
	if len(lines) == 2 {
		g.Path = strings.TrimSpace(lines[1]) + base
	}
	if g.Commit, ok = runGit(dir, "log", "-1", "--format=%H", "--", base); !ok {
		return nil
	}
	status, ok := runGit(dir, "status", "--porcelain", "--", base)
	if !ok {
		return nil
	}
	g.Modified = status != "" || g.Commit == ""
	return g
}

// provenance describes where each file stands in git, one line per file
// in a work tree, e.g. "assessments/2026-q4.yaml: commit 3f1c9a2 (modified
// since)". Files outside git, or when git is missing, give no line. The
// PDF report prints these lines in its appendix, so that a board member's
// copy can be traced to the reviewed files.
func provenance(paths ...string) []string {
	var lines []string
	for _, p := range paths {
		if g := gitState(p); g != nil {
			lines = append(lines, g.Line())
		}
	}
	return lines
}

// runGit runs git in dir and returns its trimmed output. Optional locks
// are off so that reading the status never takes the index lock from a
// git command the user runs at the same time; pathspecs are literal so
// that a file named "*.yaml" means only itself; variables that point git
// at another repository are dropped, since the file's own folder decides.
func runGit(dir string, args ...string) (string, bool) {
	var out bytes.Buffer
	if err := gitCommand(dir, gitTimeout, &out, nil, args...); err != nil {
		return "", false
	}
	return strings.TrimSpace(out.String()), true
}

// gitCommand runs git in dir with the environment runGit describes,
// writing its output to stdout and its messages to stderr (either may be
// nil), and stops it after timeout.
func gitCommand(dir string, timeout time.Duration, stdout, stderr io.Writer, args ...string) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(gitEnv(), "GIT_OPTIONAL_LOCKS=0", "GIT_TERMINAL_PROMPT=0", "GIT_LITERAL_PATHSPECS=1")
	cmd.WaitDelay = time.Second
	cmd.Stdout, cmd.Stderr = stdout, stderr
	return cmd.Run()
}

// gitEnv is the environment without the variables that would make git
// look somewhere other than the folder it is given (set, for example,
// while a git hook runs).
func gitEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_PREFIX":
			continue
		}
		env = append(env, kv)
	}
	return env
}
