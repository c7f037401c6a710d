package tui

import (
	"errors"
	"io/fs"

	"github.com/dutycheck/dutycheck/internal/evidence"
)

// evidenceFileReason says why a file could not be added as evidence, by
// its cause (evidence's errors and the file system's), in the session's
// language; a cause it does not know is the system's words.
func evidenceFileReason(w words, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return w.T("evidence.why.nofile")
	case errors.Is(err, fs.ErrPermission):
		return w.T("save.why.denied")
	case errors.Is(err, evidence.ErrOutside):
		return w.T("evidence.why.outside")
	case errors.Is(err, evidence.ErrNotRegular):
		return w.T("evidence.why.notfile")
	case errors.Is(err, evidence.ErrSelf):
		return w.T("evidence.why.self")
	case errors.Is(err, evidence.ErrTooLarge):
		return w.T("evidence.why.toolarge")
	}
	return err.Error()
}
