package cli

import (
	"errors"
	"io/fs"
	"path/filepath"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
)

// saveErr says why a file could not be written (a report, an export, a
// questionnaire printed, an answers file edited) in the command's
// language, by what went wrong rather than by atomicfile's English: a
// folder that does not exist, a read-only file, a file changed by someone
// else meanwhile, a file too large to read back. It exits 2.
func saveErr(path string, err error) error {
	var c *atomicfile.ConflictError
	switch {
	case errors.As(err, &c):
		return ioErr(say("cli.save.conflict", path, c.Mine))
	case errors.Is(err, atomicfile.ErrReadOnly):
		return ioErr(say("cli.save.readonly", path))
	case errors.Is(err, atomicfile.ErrTooLarge):
		return ioErr(say("cli.save.toolarge", path))
	case errors.Is(err, fs.ErrNotExist):
		return ioErr(say("cli.save.nofolder", path, filepath.Dir(path)))
	}
	return ioErr(say("cli.save.failed", path, unwrapPathError(err)))
}
