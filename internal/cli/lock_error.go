package cli

import (
	"errors"
	"io/fs"
	"strconv"

	"github.com/dutycheck/dutycheck/internal/filelock"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// lockProblem says why the lock on a file (the answers file a command
// writes, the signoffs file sign adds to) could not be taken, as a
// message in the command's language: who holds it, or what is wrong with
// its lock file, by filelock's kinds. The English is what filelock says;
// any other error is left as it is.
func lockProblem(err error) error {
	var held *filelock.HeldError
	var other *filelock.OtherNameError
	var le *filelock.Error
	switch {
	case errors.As(err, &held):
		return say("cli.lock.held", held.Path, holderWords(held.Holder))
	case errors.As(err, &other):
		return say("cli.lock.othername", other.Path)
	case !errors.As(err, &le):
		return err
	}
	switch le.Problem {
	case filelock.ProblemSymlink:
		return say("cli.lock.symlink", le.Path, le.Name)
	case filelock.ProblemNotRegular:
		return say("cli.lock.notregular", le.Path, le.Name)
	case filelock.ProblemLinks:
		return say("cli.lock.links", le.Path, le.Name, strconv.FormatUint(le.Links, 10))
	case filelock.ProblemStuck:
		if le.Owner != "" {
			return say("cli.lock.stuck.owner", le.Path, le.Name, le.Owner, le.Err)
		}
		return say("cli.lock.stuck", le.Path, le.Name, le.Err)
	case filelock.ProblemChanging:
		return say("cli.lock.changing", le.Path, le.Name)
	case filelock.ProblemCannotMake:
		return say("cli.lock.cannotmake", le.Path, le.Name, le.Err)
	}
	// A system error names the file it failed on: the lock file, or the
	// file locked itself (or a folder on its path) while its lock file's
	// name was being worked out.
	var pe *fs.PathError
	if errors.As(le.Err, &pe) {
		if le.Name != "" && pe.Path == le.Name {
			return say("cli.lock.file", le.Path, pe.Path, pe.Err)
		}
		return say("cli.lock.path", le.Path, pe.Path, pe.Err)
	}
	return say("cli.lock.system", le.Path, le.Err)
}

// holderWords is who holds a lock, as the lock file records them: "karin
// on laptop (process 4242) since 2026-12-07 14:05 UTC", in p's words.
type holderWords filelock.Holder

func (h holderWords) in(p *l10n.Printer) string {
	who := h.User
	if who == "" {
		who = p.T("cli.lock.someone")
	}
	if h.Host != "" {
		who = p.T("cli.lock.onhost", who, h.Host)
	}
	if h.PID > 0 {
		// a process id to look up, not a quantity: never grouped
		who = p.T("cli.lock.process", who, strconv.Itoa(h.PID))
	}
	if !h.Since.IsZero() {
		who = p.T("cli.lock.since", who, h.Since.UTC().Format("2006-01-02 15:04 UTC"))
	}
	return who
}
