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
	// Format and Args are what Msg was made from, for an interface to
	// say it in another language (l10n.Problem).
	Format string
	Args   []any
}

// Verify re-hashes every file evidence item of f (orphaned answers
// included) against the files beside answersPath, and reports each one
// that is missing, changed since it was recorded, unreadable, or an
// image, a video or an archive by its name or its first bytes. Problems
// come in the order of the file; links are not fetched.
func Verify(answersPath string, f *answers.File) []Problem {
	return check(answersPath, f, false)
}

// MarkStale re-hashes every file evidence item of f as Verify does and
// marks each that does not hold up (Evidence.Stale): missing, or changed
// in any other way (another digest, unreadable, outside the folder, media
// by now). It returns the problems, in the order of the file, for the
// command to say; scoring then counts such an answer as without evidence.
func MarkStale(answersPath string, f *answers.File) []Problem {
	return check(answersPath, f, true)
}

// check is Verify, marking the items when mark is set.
func check(answersPath string, f *answers.File, mark bool) []Problem {
	dir := filepath.Dir(answersPath)
	type item struct {
		id string
		i  int
		e  *answers.Evidence
	}
	var items []item
	for id, a := range f.Answers {
		for i := range a.Evidence {
			if a.Evidence[i].File != "" {
				items = append(items, item{id, i, &a.Evidence[i]})
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
	c := checker{dir: dir, cache: map[string]hashed{}}
	var out []Problem
	for _, it := range items {
		p, bad := c.check(*it.e)
		if !bad {
			continue
		}
		out = append(out, p)
		if mark {
			it.e.Stale = answers.StaleChanged
			if p.Kind == Missing {
				it.e.Stale = answers.StaleMissing
			}
		}
	}
	return out
}

// hashed is what reading one evidence file gave.
type hashed struct {
	sum  string
	kind filekind.Kind
	err  error
}

// checker checks evidence items against the files in dir, reading each
// file once.
type checker struct {
	dir   string
	cache map[string]hashed
}

// check reports what is wrong with one file item, if anything.
func (c checker) check(e answers.Evidence) (Problem, bool) {
	bad := func(kind ProblemKind, format string, args ...any) (Problem, bool) {
		return Problem{Pos: e.Pos, Kind: kind, File: e.File, Msg: fmt.Sprintf(format, args...), Format: format, Args: args}, true
	}
	if k := filekind.ByName(e.File); k.Refused() {
		return bad(Material, "%v", answers.MaterialError(fmt.Sprintf("evidence file %s", e.File), k, false))
	}
	path := filepath.Join(c.dir, filepath.FromSlash(e.File))
	r, ok := c.cache[path]
	if !ok {
		r.err = regular(path)
		if r.err == nil {
			r.err = inside(c.dir, path)
		}
		if r.err == nil {
			r.sum, r.kind, r.err = hashFile(path, nil)
		}
		c.cache[path] = r
	}
	switch {
	case errors.Is(r.err, fs.ErrNotExist):
		return bad(Missing, "evidence file %s is missing", e.File)
	case errors.Is(r.err, ErrOutside):
		return bad(Unreadable, "evidence file %s %v", e.File, r.err)
	case r.err != nil:
		return bad(Unreadable, "evidence file %s cannot be read: %v", e.File, unwrapPath(r.err))
	case r.kind.Refused():
		return bad(Material, "%v", answers.MaterialError(fmt.Sprintf("evidence file %s", e.File), r.kind, true))
	case r.sum != e.SHA256:
		return bad(Changed, "evidence file %s changed since it was recorded", e.File)
	}
	return Problem{}, false
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
