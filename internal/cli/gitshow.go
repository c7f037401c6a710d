package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// gitShowTimeout bounds reading one file from git; unlike provenance, the
// command cannot go on without it, so it waits longer.
const gitShowTimeout = 30 * time.Second

// gitShow reads the file PATH as it is in revision REV, from spec
// "REV:PATH", in the repository of the current folder, byte for byte (it
// is `git show REV:PATH` for a file, without filters). A PATH starting
// with ./ is relative to the current folder, otherwise to the top of the
// repository, as git reads it. Failure is one line: git's own message.
func gitShow(spec string) ([]byte, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, ioErr(sayAt(spec, "cli.git.none"))
	}
	if strings.HasPrefix(spec, "-") {
		// git would read it as an option of its own (--output=,
		// --textconv): never passed on.
		return nil, ioErr(fmt.Errorf("%s: a revision never begins with -", inert.Line(spec)))
	}
	out := &limitWriter{max: yamlsrc.MaxFileSize}
	var msg bytes.Buffer
	// cat-file blob is what `git show REV:PATH` does for a file, and
	// refuses a folder instead of listing it.
	err := gitCommand(".", gitShowTimeout, out, &msg, "cat-file", "blob", spec)
	switch {
	case out.over:
		return nil, invalid(sayAt(spec, "cli.toobig.grown", yamlsrc.SizeName(yamlsrc.MaxFileSize)))
	case err != nil:
		why := firstLine(msg.String())
		var ee *exec.ExitError
		if why == "" && !errors.As(err, &ee) {
			why = err.Error()
		}
		if why == "" {
			why = "git failed"
		}
		return nil, ioErr(sayAt(spec, "cli.git.fail", why))
	}
	return out.buf.Bytes(), nil
}

// firstLine is git's first message line without its "fatal: " prefix.
func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimPrefix(s, "fatal: ")
	s = strings.TrimPrefix(s, "error: ")
	return inert.Line(strings.TrimSpace(s))
}

// limitWriter keeps up to max bytes and fails past them, so that a huge
// file in history is refused without being read into memory.
type limitWriter struct {
	buf  bytes.Buffer
	max  int
	over bool
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if w.buf.Len()+len(p) > w.max {
		w.over = true
		return 0, errors.New("file too large")
	}
	return w.buf.Write(p)
}
