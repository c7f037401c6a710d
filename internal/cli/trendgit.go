package cli

import (
	"bytes"
	"errors"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// gitVersion is one committed version of a file.
type gitVersion struct {
	Commit, Date string // Date is the commit date, YYYY-MM-DD
	// Path is the file's path from the top of the repository at that
	// commit (it differs from today's after a rename).
	Path string
	Data []byte
}

// gitHistory reads every committed version of the file at path, oldest
// first, following renames (git log --follow), and its bytes as on disk.
// What limits the history is said in notes (worded by the caller, in the
// output's language), never as an
// error: git missing, a file outside a repository or never committed (no
// versions), a shallow clone (the oldest versions missing), a rename. A
// version whose bytes equal the one before (a rename alone) is left out.
// Every value from the user reaches git after "--" or as part of a
// REV:PATH object name that starts with a commit id, so none is read as
// an option.
func gitHistory(path string) (versions []gitVersion, notes []note) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, []note{{"trend.note.nogit", []any{path}}}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, []note{{"trend.note.notrepo", []any{path}}}
	}
	dir, base := filepath.Dir(abs), filepath.Base(abs)
	if _, ok := runGitLong(dir, "rev-parse", "--show-toplevel"); !ok {
		return nil, []note{{"trend.note.notrepo", []any{path}}}
	}
	var msg bytes.Buffer
	out := &limitWriter{max: 16 << 20}
	// %x1e starts each commit: hash, NUL, committer date; --name-only then
	// gives the file's path at that commit (from the top, as git writes
	// it); -z keeps paths with odd characters whole.
	err = gitCommand(dir, gitShowTimeout, out, &msg, "log", "--follow", "-z", "--name-only", "--format=%x1e%H%x00%cs", "--", base)
	if err != nil {
		why := firstLine(msg.String())
		if why == "" {
			why = err.Error()
		}
		return nil, []note{{"trend.note.failed", []any{path, why}}}
	}
	for _, rec := range strings.Split(out.buf.String(), "\x1e") {
		fields := strings.Split(strings.Trim(rec, "\n\x00"), "\x00")
		if len(fields) < 3 {
			continue
		}
		v := gitVersion{Commit: fields[0], Date: fields[1], Path: strings.TrimLeft(fields[2], "\n")}
		versions = append(versions, v)
	}
	if len(versions) == 0 {
		return nil, []note{{"trend.note.nocommit", []any{path}}}
	}
	// oldest first
	for i, j := 0, len(versions)-1; i < j; i, j = i+1, j-1 {
		versions[i], versions[j] = versions[j], versions[i]
	}
	var kept []gitVersion
	for _, v := range versions {
		data, err := gitBlob(dir, v.Commit+":"+v.Path)
		if err != nil {
			notes = append(notes, note{"trend.note.skipped", []any{v.Commit[:min(7, len(v.Commit))], err.Error()}})
			continue
		}
		if len(kept) > 0 && bytes.Equal(kept[len(kept)-1].Data, data) {
			continue
		}
		v.Data = data
		kept = append(kept, v)
	}
	if s, ok := runGitLong(dir, "rev-parse", "--is-shallow-repository"); ok && s == "true" && len(kept) > 0 {
		notes = append(notes, note{"trend.note.shallow", []any{kept[0].Date}})
	}
	if len(kept) > 0 {
		first, last := kept[0].Path, kept[len(kept)-1].Path
		if first != last {
			notes = append(notes, note{"trend.note.renamed", []any{last, first}})
		}
	}
	return kept, notes
}

// gitBlob reads one object, REV:PATH, from the repository of dir, byte
// for byte. The object name starts with a commit id, never with "-", and
// --end-of-options says so to git as well.
func gitBlob(dir, object string) ([]byte, error) {
	out := &limitWriter{max: yamlsrc.MaxFileSize}
	var msg bytes.Buffer
	err := gitCommand(dir, gitShowTimeout, out, &msg, "cat-file", "blob", "--end-of-options", object)
	switch {
	case out.over:
		return nil, errors.New("file is over 1 MiB, the limit")
	case err != nil:
		if why := firstLine(msg.String()); why != "" {
			return nil, errors.New(why)
		}
		return nil, err
	}
	return out.buf.Bytes(), nil
}

// runGitLong is runGit with the longer timeout of reading history.
func runGitLong(dir string, args ...string) (string, bool) {
	var out bytes.Buffer
	if err := gitCommand(dir, gitShowTimeout, &out, nil, args...); err != nil {
		return "", false
	}
	return strings.TrimSpace(out.String()), true
}

// note is a message about the history, worded once the output's
// language is known.
type note struct {
	key  l10n.Key
	args []any
}
