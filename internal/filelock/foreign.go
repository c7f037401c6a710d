package filelock

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
)

// unreadableLock handles a lock file this user can neither write nor read:
// another user's, made by an older dutycheck (0600) or under a strict
// umask. Its holder cannot be read, so it is named by the file's owner;
// where this host can tell for sure that nobody holds it (a local file
// system whose lock table has no lock on it), it is a dead lock and moved
// aside (nil: try again). Otherwise a *HeldError.
func unreadableLock(path, name string) error {
	fi, err := os.Lstat(name)
	if err != nil {
		// No lock file: the folder takes no new files from this user.
		return &Error{Path: path, Name: name, Problem: ProblemCannotMake, Err: fs.ErrPermission}
	}
	if fi.Mode()&fs.ModeSymlink != 0 {
		return &Error{Path: path, Name: name, Problem: ProblemSymlink}
	}
	if err := checkLockInfo(name, fi); err != nil {
		return lockErr(path, name, err)
	}
	if unheldForSure(name, fi) {
		aside := fmt.Sprintf("%s.stale-%d-%d", name, os.Getpid(), rand.Uint64())
		if err := os.Rename(name, aside); err != nil {
			return &Error{Path: path, Name: name, Problem: ProblemStuck, Owner: ownerName(fi), Err: unwrapPath(err)}
		}
		if moved, err := os.Lstat(aside); err == nil && !os.SameFile(moved, fi) {
			// Another lock took its place between our look and the
			// move: put it back, unless a newer one is there already.
			_ = os.Link(aside, name)
		}
		_ = os.Remove(aside)
		return nil
	}
	return &HeldError{Path: path, Holder: Holder{User: ownerName(fi), Since: fi.ModTime()}}
}
