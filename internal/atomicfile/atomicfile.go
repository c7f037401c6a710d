// Package atomicfile writes files so that a crash, a kill or a full disk
// never leaves a half-written file, in the manner of the Go team's
// cmd/go/internal/renameio: a temporary file beside the target is written,
// synced and renamed over it. Two things renameio leaves to its caller are
// done here because every writer of dutycheck needs them: a path that is a
// symbolic link is written through to the file it points at (a repository
// file behind a link keeps being that file), and a read-only target is
// refused, never made writable (0444 is how teams freeze a signed-off
// assessment).
package atomicfile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrReadOnly is wrapped by the errors of Write and CheckWritable when the
// target file has no write permission.
var ErrReadOnly = errors.New("the file is read-only; it was not changed (make it writable to save, or use another file)")

// maxLinks bounds how many symbolic links Target follows, as the kernel
// does, so that a loop of links is an error rather than a hang.
const maxLinks = 40

// Target is the file a write to path lands in: path itself, or, when path
// is a symbolic link (to a link…), the file at the end of the chain. That
// file need not exist yet. A relative link is read against the folder of
// the link.
func Target(path string) (string, error) {
	p := path
	for i := 0; i < maxLinks; i++ {
		fi, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil
		}
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		dest, err := os.Readlink(p)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(dest) {
			dest = filepath.Join(filepath.Dir(p), dest)
		}
		p = dest
	}
	return "", fmt.Errorf("%s: too many levels of symbolic links", path)
}

// CheckWritable reports, without writing anything, whether Write(path)
// can succeed: the target is not read-only, and its folder exists and
// takes new files (a temporary file is created there and removed). A
// missing target is fine. Callers check before asking anyone to spend
// time answering questions.
func CheckWritable(path string) error {
	if fi, err := os.Stat(path); err == nil && special(fi) {
		return nil // written in place (see special)
	}
	target, err := Target(path)
	if err != nil {
		return err
	}
	fi, err := os.Stat(target)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s is a folder, not a file", target)
	case err == nil && readOnly(fi):
		return fmt.Errorf("%s: %w", path, ErrReadOnly)
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return err
	case err == nil && fi.Mode().IsRegular():
		// Mode bits are not the whole story: a file made immutable
		// (chattr +i, chflags uchg) or owned by someone else in a
		// sticky folder cannot be replaced either. Opening it for
		// writing, without truncating, changes nothing and asks the
		// operating system.
		f, err := os.OpenFile(target, os.O_WRONLY, 0)
		if err != nil {
			what := "the file"
			if target != path {
				what = target
			}
			return fmt.Errorf("%s cannot be written: %w (is it made immutable, or owned by someone else?)", what, unwrap(err))
		}
		_ = f.Close()
	}
	dir := filepath.Dir(target)
	probe, err := os.CreateTemp(dir, ".dutycheck-probe-*")
	if err != nil {
		return fmt.Errorf("cannot create files in folder %s: %w", dir, unwrap(err))
	}
	name := probe.Name()
	_ = probe.Close()
	_ = os.Remove(name)
	return nil
}

// Write writes data to the target of path (see Target) atomically: a
// temporary file in the target's folder is written with mode perm, synced
// and renamed over the target, then the folder is synced. A crash at any
// moment leaves the old file or the new one, never a mix; on any failure
// the old file is untouched. A read-only target is refused (ErrReadOnly).
func Write(path string, data []byte, perm fs.FileMode) error {
	_, err := write(path, data, perm)
	return err
}

// write is Write that also returns what the new file was when it was
// renamed into place (taken from the open temporary file, so that a change
// made by someone else right after the rename is not mistaken for it).
func write(path string, data []byte, perm fs.FileMode) (fs.FileInfo, error) {
	if fi, err := os.Stat(path); err == nil && special(fi) {
		return nil, writeInPlace(path, data)
	}
	target, err := Target(path)
	if err != nil {
		return nil, fmt.Errorf("save %s: %w", path, err)
	}
	return writeTo(path, target, data, perm)
}

// writeTo is write with the file it lands in already chosen: target is
// replaced by the rename whatever it is, a symbolic link included (which
// is how a conflict's own file, a name this package picked, is written).
func writeTo(path, target string, data []byte, perm fs.FileMode) (fs.FileInfo, error) {
	if fi, err := os.Stat(target); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("save %s: %s is a folder, not a file", path, target)
	} else if err == nil && readOnly(fi) {
		return nil, fmt.Errorf("save %s: %w", path, ErrReadOnly)
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("save %s: folder %s: %w", path, dir, unwrap(err))
	}
	name := tmp.Name()
	track(name)
	ok := false
	defer func() {
		if !ok {
			_ = tmp.Close()
			_ = finish(name, func() error { return os.Remove(name) })
		}
	}()
	if err := tmp.Chmod(perm); err != nil {
		return nil, fmt.Errorf("save %s: %w", path, unwrap(err))
	}
	if _, err := tmp.Write(data); err != nil {
		return nil, fmt.Errorf("save %s: %w", path, unwrap(err))
	}
	if err := tmp.Sync(); err != nil {
		return nil, fmt.Errorf("save %s: %w", path, unwrap(err))
	}
	info, err := tmp.Stat()
	if err != nil {
		return nil, fmt.Errorf("save %s: %w", path, unwrap(err))
	}
	if err := tmp.Close(); err != nil {
		return nil, fmt.Errorf("save %s: %w", path, unwrap(err))
	}
	if pauseBeforeRename != nil {
		pauseBeforeRename(name)
	}
	if err := finish(name, func() error { return os.Rename(name, target) }); err != nil {
		ok = true // finish has forgotten it; remove it here
		_ = os.Remove(name)
		return nil, fmt.Errorf("save %s: %w", path, unwrap(err))
	}
	ok = true
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return info, nil
}

// special reports a device, FIFO or socket: `-o /dev/stdout`, `-o
// /dev/null`, a named pipe. Renaming a file over one replaces it (as root,
// /dev/null itself) and the reader gets nothing; it is written to instead.
func special(fi fs.FileInfo) bool {
	return fi.Mode()&(fs.ModeDevice|fs.ModeCharDevice|fs.ModeNamedPipe|fs.ModeSocket) != 0
}

// writeInPlace writes data to a special file as it is, opened without
// creating or truncating anything.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// readOnly reports a file nobody may write: the way a file is frozen.
// Mode bits, not access(2): the file's owner (or root) could write to a
// 0444 file after a chmod, and the point is that nobody chmods it.
func readOnly(fi fs.FileInfo) bool { return fi.Mode().Perm()&0o222 == 0 }

// unwrap drops the operation and file name from an error, so that a
// message names the user's file, never the hidden temporary one (a rename's
// *os.LinkError names both).
func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
