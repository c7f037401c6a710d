package atomicfile

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"
)

// Guard writes a file only while the file on disk is still the one its
// owner last read or wrote: a hand edit, a `git pull` or another tool's
// save made meanwhile is never overwritten. It remembers the digest of
// those bytes and reads and compares the file before every save. The
// file's identity, size and modification time are not enough to call it
// unchanged: an in-place rewrite of the same length whose mtime is put
// back (rsync --inplace -t, touch -r) keeps all three. A save reads at
// most 1 MiB and hashes it in well under a millisecond.
//
// When the file changed, Write does not overwrite it: the new bytes go to
// NAME.mine-TIME beside it and Write returns a *ConflictError; from then
// on every Write updates that same file and returns the same error, so
// the owner loses nothing and learns once, in one line, what happened.
type Guard struct {
	path string
	perm fs.FileMode
	sum  [sha256.Size]byte
	// exists is false while the file is not there yet (a new file).
	exists bool
	// conflict, once set, is where every later Write goes.
	conflict *ConflictError
	now      func() time.Time
}

// MaxSize is the largest file a Guard writes: every reader of dutycheck's
// files refuses one over 1 MiB (yamlsrc.MaxFileSize), so a larger
// save would lock the team out of its own assessment.
const MaxSize = 1 << 20

// ErrTooLarge is wrapped by the error of a Guard's Write of more than
// MaxSize bytes; nothing is written.
var ErrTooLarge = errors.New("over the 1 MiB that dutycheck reads back; shorten a long note or text answer")

// ConflictError says the file changed on disk behind the writer's back
// and where the writer's own version was put instead.
type ConflictError struct {
	Path string
	Mine string
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("%s changed on disk since this walk-through last saved it; not overwritten: your answers are saved in %s", e.Path, e.Mine)
}

// NewGuard starts guarding path, whose content was just read as data;
// data nil means the file did not exist.
func NewGuard(path string, data []byte, perm fs.FileMode) *Guard {
	g := &Guard{path: path, perm: perm, now: time.Now}
	if data != nil {
		g.remember(data)
	}
	return g
}

// remember records data as what the file holds.
func (g *Guard) remember(data []byte) {
	g.sum = sha256.Sum256(data)
	g.exists = true
}

// unchanged reports whether the file on disk is what was last read or
// written.
func (g *Guard) unchanged() (bool, error) {
	target, err := Target(g.path)
	if err != nil {
		return false, err
	}
	fi, err := os.Stat(target)
	if errors.Is(err, fs.ErrNotExist) {
		return !g.exists, nil
	}
	if err != nil {
		return false, err
	}
	if !g.exists || !fi.Mode().IsRegular() {
		// Something else now stands at the path (a FIFO would block
		// the read below for ever): a change, kept and not read.
		return false, nil
	}
	if fi.Size() > MaxSize {
		return false, nil // not what was written: a Guard writes no more
	}
	data, err := os.ReadFile(target)
	if err != nil {
		return false, err
	}
	return sha256.Sum256(data) == g.sum, nil
}

// Write writes data atomically (see Write) if the file is unchanged since
// it was last read or written; else it keeps data beside it and returns a
// *ConflictError. More than MaxSize bytes are refused (ErrTooLarge).
func (g *Guard) Write(data []byte) error {
	if len(data) > MaxSize {
		return fmt.Errorf("save %s: %d bytes is %w", g.path, len(data), ErrTooLarge)
	}
	if g.conflict == nil {
		ok, err := g.unchanged()
		if err != nil {
			return fmt.Errorf("save %s: %w", g.path, err)
		}
		if ok {
			if _, err := write(g.path, data, g.perm); err != nil {
				return err
			}
			g.remember(data)
			return nil
		}
		target, err := Target(g.path)
		if err != nil {
			return fmt.Errorf("save %s: %w", g.path, err)
		}
		g.conflict = &ConflictError{Path: g.path, Mine: freeName(target + ".mine-" + g.now().UTC().Format("20060102T150405Z"))}
	}
	if _, err := writeTo(g.conflict.Mine, g.conflict.Mine, data, g.perm); err != nil {
		// Not a *ConflictError: its text says the answers are saved
		// beside the file, and here they are not (the folder may have
		// gone). The next Write tries the same place again.
		return fmt.Errorf("%s changed on disk, so it was not overwritten, and keeping your answers beside it failed: %w", g.path, err)
	}
	return g.conflict
}

// freeName is name, or name-2, name-3… if something (an earlier
// conflict's file, a link planted at the predictable name) is there.
func freeName(name string) string {
	try := name
	for i := 2; ; i++ {
		if _, err := os.Lstat(try); errors.Is(err, fs.ErrNotExist) {
			return try
		}
		try = fmt.Sprintf("%s-%d", name, i)
	}
}
