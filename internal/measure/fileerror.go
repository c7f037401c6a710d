package measure

import (
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// FileErrorf is a problem with a case export (or a map) at a line of it,
// 0 for the whole file: a yamlsrc.ErrorList of one problem, so that it
// prints as "export.csv:12: message" and the command line says it, in
// any language, as it says every other file's problems.
func FileErrorf(path string, line int, format string, args ...any) *yamlsrc.ErrorList {
	el := &yamlsrc.ErrorList{Path: path}
	el.Add(yamlsrc.Pos{Line: line}, format, args...)
	return el
}

// fileErr is FileErrorf as an error.
func fileErr(path string, line int, format string, args ...any) error {
	return FileErrorf(path, line, format, args...)
}

// fileErrAt is fileErr at a line and a column, for a CSV parse error
// that knows both: "export.csv:12:7: message".
func fileErrAt(path string, line, col int, format string, args ...any) error {
	el := &yamlsrc.ErrorList{Path: path}
	el.Add(yamlsrc.Pos{Line: line, Col: col}, format, args...)
	return el
}

// problemf is an error whose message an interface can say in another
// language (yamlsrc.Reason): a reason inside an export's or a map's
// problem ("column "at": <reason>").
func problemf(format string, args ...any) error {
	return yamlsrc.Reasonf(format, args...)
}
