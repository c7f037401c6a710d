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
func Acquire(path string) (*Lock, error) {
	name, err := Name(path)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, err)
	}
	for attempt := 0; attempt < 10; attempt++ {
		f, err := openLockFile(name, os.O_RDWR|os.O_CREATE)
		if err != nil {
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		ok, err := tryLock(f)
		if errors.Is(err, errUnsupported) {
			_ = f.Close()
			return acquireExclusive(path, name)
		}
		if err != nil {
			_ = f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		if !ok {
			h := readHolder(f)
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
		if err := writeHolder(f); err != nil {
			_ = unlock(f)
			_ = f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		return &Lock{f: f, name: name}, nil
	}
	return nil, fmt.Errorf("lock %s: the lock file %s keeps changing", path, name)
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
	f, err := os.OpenFile(name, flag|noFollow, 0o600)
	if err != nil {
		if fi, lerr := os.Lstat(name); lerr == nil && fi.Mode()&fs.ModeSymlink != 0 {
			return nil, fmt.Errorf("the lock file %s is a symbolic link, not left by dutycheck; remove it and try again", name)
		}
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		_ = f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		_ = f.Close()
		return nil, fmt.Errorf("the lock file %s is not a regular file, not left by dutycheck; remove it and try again", name)
	}
	return f, nil
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
