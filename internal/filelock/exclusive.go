package filelock

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"time"
)

// errUnsupported is returned by tryLock on a file system without locks
// (some network and FUSE file systems).
var errUnsupported = errors.New("file locks not supported")

// unreadableAfter is how old a lock file that names nobody must be before
// it counts as stale: its writer may be between creating and filling it.
const unreadableAfter = 10 * time.Second

// acquireExclusive is Acquire where the file system has no locks: the lock
// is the lock file itself, created only if absent (O_EXCL). A lock file
// whose holder is a process of this host that no longer runs is stale and
// taken over: it is renamed aside (of several processes doing so at once,
// one succeeds), and what was renamed is checked to be the very file
// judged stale; a fresh lock renamed by mistake is put back.
func acquireExclusive(path, name string) (*Lock, error) {
	host, _ := os.Hostname()
	for attempt := 0; attempt < 10; attempt++ {
		f, err := openLockFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL)
		if err == nil {
			_ = f.Chmod(0o644)
			if err := writeHolder(f); err != nil {
				_ = f.Close()
				_ = os.Remove(name)
				return nil, lockErr(path, name, err)
			}
			return &Lock{f: f, name: name, exclusive: true}, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, lockErr(path, name, err)
		}
		data, err := readLockFile(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue // released meanwhile
		}
		if errors.Is(err, fs.ErrPermission) {
			if err := unreadableLock(path, name); err != nil {
				return nil, err
			}
			continue
		}
		if err != nil {
			return nil, lockErr(path, name, err)
		}
		h := parseHolder(data)
		if !stale(name, h, host) {
			if h.User == "" {
				if fi, err := os.Lstat(name); err == nil {
					h.User = ownerName(fi)
				}
			}
			return nil, &HeldError{Path: path, Holder: h}
		}
		aside := fmt.Sprintf("%s.stale-%d-%d", name, os.Getpid(), rand.Uint64())
		if err := os.Rename(name, aside); err != nil {
			continue // another process moved it first
		}
		if moved, _ := readLockFile(aside); !bytes.Equal(moved, data) {
			// Between reading and renaming, another process took the
			// stale lock over; that lock is live: put it back, unless
			// a newer one is there already.
			_ = os.Link(aside, name)
		}
		_ = os.Remove(aside)
	}
	return nil, &Error{Path: path, Name: name, Problem: ProblemChanging}
}

// stale reports whether the lock file names a holder that is gone: a
// process of this host that no longer runs, or nobody at all after a
// while. A holder on another host is never judged from here.
func stale(name string, h Holder, host string) bool {
	if h.PID <= 0 {
		fi, err := os.Stat(name)
		return err == nil && time.Since(fi.ModTime()) > unreadableAfter
	}
	return h.Host == oneLine(host) && !alive(h.PID)
}

// readLockFile reads a lock file another process holds, through
// openLockFile: never through a symbolic link, never from a FIFO.
func readLockFile(name string) ([]byte, error) {
	f, err := openLockFile(name, os.O_RDONLY)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 4096))
}
