package evidence

import (
	"errors"
	"path/filepath"
	"strings"
)

// errOutside is the error of an evidence file that lies outside the
// answers file's folder, by its path or through a symbolic link.
var errOutside = errors.New("lies outside the answers file's folder; evidence files must be in it or in a folder under it")

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
		return errOutside
	}
	return nil
}
