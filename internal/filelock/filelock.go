// Package filelock keeps two writers off one file. A walk-through holds the
// lock on its answers file from start to end; a second walk-through (or
// `plan set`, or `run --from`) on the same file refuses to start and names
// the holder, so that nobody is told "Saved" about an answer another
// process then overwrites (docs/answers-format.md).
//
// The lock is a small file beside the target, NAME.lock, that says who
// holds it, and an operating-system lock on that file (flock on Unix,
// LockFileEx on Windows). The operating system drops its lock when the
// holder exits or is killed, so a lock file left by a dead process is
// stale by construction and is taken over: no guessing from process ids.
package filelock

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/user"
	"strconv"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
)

// Holder is who holds a lock, as its lock file records it.
type Holder struct {
	User  string
	Host  string
	PID   int
	Since time.Time
}

// HeldError is returned by Acquire when another process holds the lock.
type HeldError struct {
	// Path is the file the lock protects, as the caller named it.
	Path   string
	Holder Holder
}

func (e *HeldError) Error() string {
	h := e.Holder
	who := h.User
	if who == "" {
		who = "someone"
	}
	if h.Host != "" {
		who += " on " + h.Host
	}
	if h.PID > 0 {
		who += fmt.Sprintf(" (process %d)", h.PID)
	}
	since := ""
	if !h.Since.IsZero() {
		since = " since " + h.Since.UTC().Format("2006-01-02 15:04 UTC")
	}
	return fmt.Sprintf("%s is open in another walk-through by %s%s; wait for it to finish, or use another file", e.Path, who, since)
}

// Lock is a held lock; Release lets it go.
type Lock struct {
	f    *os.File
	name string
	// exclusive is set when the file system has no locks and the lock
	// is the lock file's existence alone (see acquireExclusive).
	exclusive bool
	// file is the locked file itself, held open and locked so that the
	// lock follows the file rather than its name (see holdFile); current
	// is the file a save put under the name since (see Follow).
	file, current *os.File
}

// Name is the lock file's path for a file at path: beside the file a
// write lands in (through symbolic links), so that two links to one file
// share one lock.
func Name(path string) (string, error) {
	target, err := atomicfile.Target(path)
	if err != nil {
		return "", err
	}
	return target + ".lock", nil
}

// Acquire takes the lock on the file at path (which need not exist yet),
// or returns a *HeldError naming the process that holds it. The caller
// must Release it; a process that dies releases it too.
//
// A lock file is written only when this process made it, or when it is
// this user's own, single-named regular file: a lock file with a second
// name (a hard link to last quarter's assessment) is refused, and a dead
// lock of another user is replaced, never written through. A lock made
// here is readable by everyone, so that a teammate in a shared folder is
// told who holds it.
func Acquire(path string) (*Lock, error) {
	l, err := acquireName(path)
	if err != nil {
		return nil, err
	}
	if err := l.holdFile(path); err != nil {
		_ = l.Release()
		return nil, err
	}
	return l, nil
}

// acquireName takes the lock file beside the file at path.
func acquireName(path string) (*Lock, error) {
	name, err := Name(path)
	if err != nil {
		return nil, lockErr(path, "", err)
	}
	for attempt := 0; attempt < 20; attempt++ {
		f, created, err := openOrCreate(name)
		if errors.Is(err, fs.ErrNotExist) {
			continue // released between our two opens
		}
		if errors.Is(err, fs.ErrPermission) {
			if err := unreadableLock(path, name); err != nil {
				return nil, err
			}
			continue // a dead lock nobody could read was moved aside
		}
		if err != nil {
			return nil, lockErr(path, name, err)
		}
		ok, err := lockFn(f)
		if err != nil && !created && !errors.Is(err, errUnsupported) {
			// Another user's lock file, open for reading only, that
			// the file system will not lock that way (NFS takes an
			// exclusive lock only on a file open for writing): judge
			// it by its holder, as where there are no locks.
			err = errUnsupported
		}
		if errors.Is(err, errUnsupported) {
			if created {
				// No locks on this file system: the file this process
				// has just made, alone (O_EXCL), is the lock.
				if err := writeHolder(f); err != nil {
					_ = f.Close()
					_ = os.Remove(name)
					return nil, lockErr(path, name, err)
				}
				return &Lock{f: f, name: name, exclusive: true}, nil
			}
			_ = f.Close()
			return acquireExclusive(path, name)
		}
		if err != nil {
			_ = f.Close()
			if created {
				_ = os.Remove(name)
			}
			return nil, lockErr(path, name, err)
		}
		if !ok {
			if created {
				// Another newcomer locked the file we made, taking it
				// for a dead lock: look again.
				_ = f.Close()
				time.Sleep(10 * time.Millisecond)
				continue
			}
			h := holderOf(f)
			_ = f.Close()
			return nil, &HeldError{Path: path, Holder: h}
		}
		// The holder before us may have removed the lock file between
		// our open and our lock: then we locked a file nobody else will
		// see, and must start again on the one at name.
		if !sameFile(f, name) {
			_ = unlock(f)
			_ = f.Close()
			continue
		}
		if !created && !ownFile(f) {
			// A dead lock of another user: remove it while holding it,
			// and make our own.
			err := os.Remove(name)
			_ = unlock(f)
			_ = f.Close()
			if err != nil {
				return nil, &Error{Path: path, Name: name, Problem: ProblemStuck, Err: unwrapPath(err)}
			}
			continue
		}
		if err := writeHolder(f); err != nil {
			_ = unlock(f)
			_ = f.Close()
			return nil, lockErr(path, name, err)
		}
		return &Lock{f: f, name: name}, nil
	}
	return nil, &Error{Path: path, Name: name, Problem: ProblemChanging}
}

// lockFn is tryLock; tests replace it to play a file system without locks.
var lockFn = tryLock

// openOrCreate makes the lock file, or opens the one that is there:
// created reports which. An existing one is opened for writing if this
// user may, else for reading (enough to lock it and to read its holder).
func openOrCreate(name string) (f *os.File, created bool, err error) {
	f, err = os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL|noFollow|nonBlock, 0o644)
	if err == nil {
		// Readable by all whatever the umask, so that a teammate is
		// told who holds it rather than "permission denied".
		_ = f.Chmod(0o644)
		return f, true, nil
	}
	if !errors.Is(err, fs.ErrExist) {
		return nil, false, lockOpenErr(name, err)
	}
	f, err = openLockFile(name, os.O_RDWR)
	if errors.Is(err, fs.ErrPermission) {
		f, err = openLockFile(name, os.O_RDONLY)
	}
	return f, false, err
}

// holderOf reads who holds the lock on f; a lock file that names nobody
// (its holder is between making and filling it, or it is not ours to
// read) is named by its owner.
func holderOf(f *os.File) Holder {
	h := readHolder(f)
	if h.User == "" && h.PID == 0 {
		time.Sleep(50 * time.Millisecond)
		if _, err := f.Seek(0, io.SeekStart); err == nil {
			h = readHolder(f)
		}
	}
	if h.User == "" {
		if fi, err := f.Stat(); err == nil {
			h.User = ownerName(fi)
		}
	}
	return h
}

// ownFile reports whether f belongs to this user.
func ownFile(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && !otherOwner(fi)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Release removes the lock file and drops the lock. It is safe to call on
// a nil Lock and more than once.
func (l *Lock) Release() error {
	if l == nil || l.f == nil {
		return nil
	}
	// Remove first, while still holding the lock, so a newcomer never
	// locks a file that is about to vanish without noticing (Acquire
	// checks the file it locked is still the one at the name).
	for _, f := range []*os.File{l.file, l.current} {
		if f != nil {
			_ = f.Close() // drops its lock
		}
	}
	l.file, l.current = nil, nil
	err := removeLocked(l.name)
	if !l.exclusive {
		if e := unlock(l.f); err == nil {
			err = e
		}
	}
	if e := l.f.Close(); err == nil {
		err = e
	}
	l.f = nil
	return err
}

// openLockFile opens the lock file without following a symbolic link and
// refuses anything but a regular file. The lock file lies in a shared
// folder (a repository): NAME.lock left there as a link to ~/.bashrc or
// to another assessment would otherwise be truncated and written over,
// and a dangling one would create a file wherever it points; a FIFO would
// hang the reader of the holder's name.
func openLockFile(name string, flag int) (*os.File, error) {
	f, err := os.OpenFile(name, flag|noFollow|nonBlock, 0o644)
	if err != nil {
		return nil, lockOpenErr(name, err)
	}
	fi, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	if err := checkLockInfo(name, fi); err != nil {
		_ = f.Close()
		return nil, err
	}
	return f, nil
}

// lockOpenErr says that an open failed on a symbolic link, rather than
// the operating system's "too many levels of symbolic links".
func lockOpenErr(name string, err error) error {
	if fi, lerr := os.Lstat(name); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return &Error{Name: name, Problem: ProblemSymlink}
	}
	return err
}

// checkLockInfo refuses what dutycheck never makes as a lock file: anything
// but a regular file, and a file with a second name (a hard link), whose
// other name would be truncated and written over with the holder.
func checkLockInfo(name string, fi fs.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return &Error{Name: name, Problem: ProblemNotRegular}
	}
	if n := linkCount(fi); n > 1 {
		return &Error{Name: name, Problem: ProblemLinks, Links: n}
	}
	return nil
}

func sameFile(f *os.File, name string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(name)
	if err != nil {
		return false
	}
	return os.SameFile(a, b)
}

// writeHolder records this process in the lock file, for the message a
// second writer shows.
func writeHolder(f *os.File) error {
	host, _ := os.Hostname()
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = u.Username
	}
	text := fmt.Sprintf("pid: %d\nuser: %s\nhost: %s\nsince: %s\n",
		os.Getpid(), oneLine(name), oneLine(host), time.Now().UTC().Format(time.RFC3339))
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.WriteAt([]byte(text), 0); err != nil {
		return err
	}
	return f.Sync()
}

// readHolder reads what writeHolder wrote; fields it cannot read stay
// empty (the lock is held all the same).
func readHolder(f *os.File) Holder {
	data, _ := io.ReadAll(io.LimitReader(f, 4096))
	return parseHolder(data)
}

// parseHolder reads the text writeHolder writes.
func parseHolder(data []byte) Holder {
	var h Holder
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ": ")
		if !ok {
			continue
		}
		switch k {
		case "pid":
			h.PID, _ = strconv.Atoi(v)
		case "user":
			h.User = oneLine(v)
		case "host":
			h.Host = oneLine(v)
		case "since":
			h.Since, _ = time.Parse(time.RFC3339, v)
		}
	}
	return h
}

// oneLine keeps a recorded name to printable characters: the lock file is
// written by whoever can write the folder, and its text reaches a terminal.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return -1
		}
		return r
	}, s)
	if len(s) > 100 {
		s = s[:100]
	}
	return s
}

// ErrHeld matches a *HeldError with errors.Is.
var ErrHeld = errors.New("lock held")

// Is lets errors.Is(err, ErrHeld) find a HeldError.
func (e *HeldError) Is(target error) bool { return target == ErrHeld }
