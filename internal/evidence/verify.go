package evidence

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/filekind"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// ProblemKind says what is wrong with a file evidence item, so that a
// caller can branch on it (and word it in its own language) without
// reading the message.
type ProblemKind int

// The problems Verify reports.
const (
	Missing    ProblemKind = iota + 1 // the file is not there
	Changed                           // its digest is not the one recorded
	Material                          // it is an image, a video or an archive
	Unreadable                        // it cannot be read, or is not a file
)

// Problem is one evidence file that does not hold up, at the place of its
// item in the answers file.
type Problem struct {
	Pos  yamlsrc.Pos
	Kind ProblemKind
	// File is the path as the answers file records it.
	File string
	// Msg says what is wrong, in a line: "evidence file X changed since
	// it was recorded".
	Msg string
}

// Verify re-hashes every file evidence item of f (orphaned answers
// included) against the files beside answersPath, and reports each one
// that is missing, changed since it was recorded, unreadable, or an
// image, a video or an archive by its name or its first bytes. Problems
// come in the order of the file; links are not fetched.
func Verify(answersPath string, f *answers.File) []Problem {
	dir := filepath.Dir(answersPath)
	type item struct {
		id string
		i  int
		e  answers.Evidence
	}
	var items []item
	for id, a := range f.Answers {
		for i, e := range a.Evidence {
			if e.File != "" {
				items = append(items, item{id, i, e})
			}
		}
	}
	sort.Slice(items, func(x, y int) bool {
		a, b := items[x], items[y]
		if a.e.Pos != b.e.Pos {
			return a.e.Pos.Line < b.e.Pos.Line || a.e.Pos.Line == b.e.Pos.Line && a.e.Pos.Col < b.e.Pos.Col
		}
		if a.id != b.id {
			return a.id < b.id
		}
		return a.i < b.i
	})
	type result struct {
		sum  string
		kind filekind.Kind
		err  error
	}
	cache := map[string]result{}
	var out []Problem
	for _, it := range items {
		e := it.e
		bad := func(kind ProblemKind, format string, args ...any) {
			out = append(out, Problem{Pos: e.Pos, Kind: kind, File: e.File, Msg: fmt.Sprintf(format, args...)})
		}
		if k := filekind.ByName(e.File); k.Refused() {
			bad(Material, "%v", answers.MaterialError(fmt.Sprintf("evidence file %s", e.File), k, false))
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(e.File))
		r, ok := cache[path]
		if !ok {
			r.err = regular(path)
			if r.err == nil {
				r.err = inside(dir, path)
			}
			if r.err == nil {
				r.sum, r.kind, r.err = hashFile(path, nil)
			}
			cache[path] = r
		}
		switch {
		case errors.Is(r.err, fs.ErrNotExist):
			bad(Missing, "evidence file %s is missing", e.File)
		case errors.Is(r.err, errOutside):
			bad(Unreadable, "evidence file %s %v", e.File, r.err)
		case r.err != nil:
			bad(Unreadable, "evidence file %s cannot be read: %v", e.File, unwrapPath(r.err))
		case r.kind.Refused():
			bad(Material, "%v", answers.MaterialError(fmt.Sprintf("evidence file %s", e.File), r.kind, true))
		case r.sum != e.SHA256:
			bad(Changed, "evidence file %s changed since it was recorded", e.File)
		}
	}
	return out
}

// regular checks that path is a regular file (following links).
func regular(path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	return nil
}
