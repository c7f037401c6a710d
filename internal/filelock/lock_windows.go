//go:build windows

package filelock

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is where the locked byte lies: far past the text that names
// the holder, because Windows locks are mandatory and a locked range could
// not be read by the process that wants to say who holds it.
const lockOffset = 1 << 30

// tryLock takes an exclusive lock on one byte of f without waiting; false
// when another process holds it.
func tryLock(f *os.File) (bool, error) {
	ol := &windows.Overlapped{OffsetHigh: 0, Offset: lockOffset}
	err := windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION), errors.Is(err, windows.ERROR_IO_PENDING):
		return false, nil
	}
	return false, err
}

func unlock(f *os.File) error {
	ol := &windows.Overlapped{Offset: lockOffset}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, ol)
}

// removeLocked leaves the file in place: Windows cannot remove a file
// another process has open, and an unlocked lock file is free to take.
func removeLocked(name string) error {
	_ = os.Remove(name)
	return nil
}

// alive is never asked on Windows, whose file systems all lock; a holder
// is taken to run.
func alive(pid int) bool { return true }

// noFollow makes opening a lock file fail on a symbolic link (Windows: none; links there need privileges to make).
const noFollow = 0

// nonBlock: Windows has no FIFOs to wait on.
const nonBlock = 0

// linkCount: hard links on Windows need a handle to count; a lock file is
// taken to have one name.
func linkCount(fs.FileInfo) uint64 { return 1 }

// otherOwner: every lock file is treated as this user's (Windows lock
// files are left in place and rewritten, see removeLocked).
func otherOwner(fs.FileInfo) bool { return false }

func ownerName(fs.FileInfo) string { return "" }

// unheldForSure: never judged on Windows.
func unheldForSure(string, fs.FileInfo) bool { return false }

// lockableFile: Windows cannot replace a file another handle holds open,
// so the file itself is not held (hard links there are rare).
const lockableFile = false
