package filelock

import (
	"errors"
	"fmt"
	"os"
)

// OtherNameError is returned by Acquire when the file is open in another
// walk-through under another name: a hard link, whose lock file lies
// beside the other name.
type OtherNameError struct {
	Path string
}

func (e *OtherNameError) Error() string {
	return fmt.Sprintf("%s is open in another walk-through under another name (a hard link to the same file); wait for it to finish, or use another file", e.Path)
}

// Is lets errors.Is(err, ErrHeld) find an OtherNameError.
func (e *OtherNameError) Is(target error) bool { return target == ErrHeld }

// holdFile locks the file at path itself, when it exists and the file
// system locks: one file under two names (hard links) is one file, and
// the lock file beside each name would let two walk-throughs write it at
// once. The file stays open and locked until Release; saving replaces the
// name with a new file, and the old one, which other names still show,
// stays locked. Where files cannot be locked it does nothing.
func (l *Lock) holdFile(path string) error {
	f, err := openTarget(path)
	if err != nil || f == nil {
		return nil // nothing there yet, or nothing to lock
	}
	ok, err := lockFn(f)
	if err != nil || ok {
		if ok {
			l.file = f
		} else {
			_ = f.Close()
		}
		return nil
	}
	_ = f.Close()
	return &OtherNameError{Path: path}
}

// errNotRegular: only regular files are locked.
var errNotRegular = errors.New("not a regular file")

func openTarget(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() || !lockableFile {
		_ = f.Close()
		return nil, errNotRegular
	}
	return f, nil
}

// Follow locks the file now at path after a save replaced it (a rename
// puts a new file under the name): a hard link made to the new file then
// finds it locked too. The file locked at Acquire stays locked, since
// other names may still show it. A file that cannot be locked is left.
func (l *Lock) Follow(path string) {
	if l == nil || l.f == nil {
		return
	}
	f, err := openTarget(path)
	if err != nil || f == nil {
		return
	}
	if ok, err := lockFn(f); err != nil || !ok {
		_ = f.Close()
		return
	}
	if l.current != nil {
		_ = l.current.Close()
	}
	l.current = f
}

// Names is how many names (hard links) the file at path has; 1 when it
// cannot tell or there is no file.
func Names(path string) uint64 {
	fi, err := os.Stat(path)
	if err != nil {
		return 1
	}
	return max(linkCount(fi), 1)
}
