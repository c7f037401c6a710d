package measure

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// FileError is a problem with an export at a place in it: the line where
// the record starts (0 for the whole file). It prints as
// "export.csv:12: message", and Placed tells the command line that the
// line already begins with the file's place, so it is said as it is.
// Said is Msg as its format and arguments, so that an interface can say
// it in another language (Localize); the formats are in l10n's problem
// catalogue, like the map file's.
type FileError struct {
	Path string
	Line int
	Msg  string
	Said yamlsrc.Message
}

func (e *FileError) Error() string { return e.place() + e.Msg }

func (e *FileError) place() string {
	if e.Line == 0 {
		return e.Path + ": "
	}
	return fmt.Sprintf("%s:%d: ", e.Path, e.Line)
}

// Placed reports that the message starts with the file's place.
func (e *FileError) Placed() bool { return true }

// Localize returns the error with its message said by say, from the
// message's format and arguments; an error made without them (Said
// empty) is returned as it is.
func (e *FileError) Localize(say func(format string, args []any) string) string {
	if e.Said.Format == "" {
		return e.Error()
	}
	return e.place() + say(e.Said.Format, e.Said.Args)
}

// FileErrorf is a FileError with a formatted message, for a problem with
// an export or a map found outside this package.
func FileErrorf(path string, line int, format string, args ...any) *FileError {
	return &FileError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...), Said: yamlsrc.Message{Format: format, Args: args}}
}

// fileErr is a FileError with a formatted message.
func fileErr(path string, line int, format string, args ...any) error {
	return FileErrorf(path, line, format, args...)
}

// problemf is an error whose message an interface can say in another
// language (yamlsrc.Reason): a reason inside a FileError's or a map's
// problem ("column "at": <reason>").
func problemf(format string, args ...any) error {
	return yamlsrc.Reasonf(format, args...)
}
