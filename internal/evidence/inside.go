package evidence

import (
	"errors"
	"path/filepath"
	"strings"
)

// ErrNotRegular is the error of evidence that is a folder, a device or a
// pipe rather than a file; ErrSelf of the answers file given as its own
// evidence. Interfaces tell them apart with errors.Is to word them.
var (
	ErrNotRegular = errors.New("not a regular file")
	ErrSelf       = errors.New("the answers file cannot be its own evidence (its digest changes with every save)")
)

// ErrOutside is the error of an evidence file that lies outside the
// answers file's folder, by its path or through a symbolic link.
var ErrOutside = errors.New("lies outside the answers file's folder; evidence files must be in it or in a folder under it")

// inside checks that the file at path, symbolic links followed, lies in
// the folder dir or under it (dir's own links followed too): a link
// evidence/x.csv -> /etc/shadow would otherwise have the walk-through
// record, and the report print, the digest of a file outside.
func inside(dir, path string) error {
	realDir, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return err
	}
	realPath, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	rel, err := filepath.Rel(realDir, realPath)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return ErrOutside
	}
	return nil
}
