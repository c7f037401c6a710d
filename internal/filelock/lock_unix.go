//go:build unix

package filelock

import (
	"errors"
	"io/fs"
	"os"
	"os/user"
	"strconv"
	"syscall"
)

// tryLock takes an exclusive flock on f without waiting; false when
// another process holds it.
func tryLock(f *os.File) (bool, error) {
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		case errors.Is(err, syscall.EINTR):
			continue
		case errors.Is(err, syscall.ENOLCK), errors.Is(err, syscall.EOPNOTSUPP), errors.Is(err, syscall.ENOTSUP):
			return false, errUnsupported
		}
		return false, err
	}
}

func unlock(f *os.File) error { return syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }

func removeLocked(name string) error { return os.Remove(name) }

// alive reports whether a process with this id runs (signal 0 checks
// without signalling; EPERM means it runs as someone else).
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// noFollow makes opening a lock file fail on a symbolic link.
const noFollow = syscall.O_NOFOLLOW

// nonBlock keeps opening a FIFO left as a lock file from waiting for a
// writer.
const nonBlock = syscall.O_NONBLOCK

// linkCount is how many names the file has.
func linkCount(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return uint64(st.Nlink)
	}
	return 1
}

// otherOwner reports whether the file belongs to another user than this
// process's.
func otherOwner(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) != os.Geteuid()
}

// ownerName is the login name of the file's owner (its number when the
// name is unknown here).
func ownerName(fi fs.FileInfo) string {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	id := strconv.FormatUint(uint64(st.Uid), 10)
	if u, err := user.LookupId(id); err == nil && u.Username != "" {
		return oneLine(u.Username)
	}
	return "user " + id
}

// lockableFile: the locked file itself is held open (see holdFile); Unix
// replaces a file that is open without trouble.
const lockableFile = true
