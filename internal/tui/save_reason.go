package tui

import (
	"errors"
	"io/fs"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
)

// saveReason says why the answers could not be saved, in the session's
// language where the cause is known (a read-only file, a file too large to
// read back, a folder gone, no permission), rather than atomicfile's
// English; another cause, which the system names, is shown as it is.
func saveReason(w words, err error) string {
	switch {
	case errors.Is(err, atomicfile.ErrReadOnly):
		return w.T("save.why.readonly")
	case errors.Is(err, atomicfile.ErrTooLarge):
		return w.T("save.why.toolarge")
	case errors.Is(err, fs.ErrNotExist):
		return w.T("save.why.nofolder")
	case errors.Is(err, fs.ErrPermission):
		return w.T("save.why.denied")
	}
	return err.Error()
}
