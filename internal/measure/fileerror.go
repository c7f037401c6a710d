package measure

import "fmt"

// FileError is a problem with an export at a place in it: the line where
// the record starts (0 for the whole file). It prints as
// "export.csv:12: message", and Placed tells the command line that the
// line already begins with the file's place, so it is said as it is.
type FileError struct {
	Path string
	Line int
	Msg  string
}

func (e *FileError) Error() string {
	if e.Line == 0 {
		return e.Path + ": " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
}

// Placed reports that the message starts with the file's place.
func (e *FileError) Placed() bool { return true }

// fileErr is a FileError with a formatted message.
func fileErr(path string, line int, format string, args ...any) error {
	return &FileError{Path: path, Line: line, Msg: fmt.Sprintf(format, args...)}
}
