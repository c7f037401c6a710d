package filelock

import (
	"bytes"
	"errors"
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
// taken over: removed by one of the processes that found it stale
// (removeStale), after which they all try to create the lock again and one
// succeeds.
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
		if err := removeStale(name, data); err != nil {
			return nil, lockErr(path, name, err)
		}
	}
	return nil, &Error{Path: path, Name: name, Problem: ProblemChanging}
}

// takeoverAfter is how old a takeover guard (removeStale) must be before
// it is judged left by a process that ended while taking a lock over; a
// takeover itself takes milliseconds.
const takeoverAfter = 10 * time.Second

// removeStale removes the stale lock file name, whose content was stale,
// so that the caller can try to create its own. Of the processes that
// found it stale, only the one that creates the takeover guard
// (name.takeover, O_EXCL) may remove it, and only after reading it again
// and finding the same stale content: no other process removes a stale
// lock meanwhile, and no lock can be made while it is there, so what is
// removed is the stale lock, never a live one that replaced it. (Renaming
// the stale file aside, as this did before, left a moment in which a live
// lock that had replaced it was moved away and a third process could make
// another: two holders.) The others wait a moment and try again.
func removeStale(name string, stale []byte) error {
	guard := name + ".takeover"
	g, err := openLockFile(guard, os.O_RDWR|os.O_CREATE|os.O_EXCL)
	if errors.Is(err, fs.ErrExist) {
		if fi, err := os.Lstat(guard); err == nil && time.Since(fi.ModTime()) > takeoverAfter {
			_ = os.Remove(guard) // left by a takeover that never ended
		}
		time.Sleep(time.Duration(5+rand.IntN(20)) * time.Millisecond)
		return nil
	}
	if err != nil {
		return err
	}
	defer func() {
		_ = g.Close()
		_ = os.Remove(guard)
	}()
	if now, err := readLockFile(name); err == nil && bytes.Equal(now, stale) {
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
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
