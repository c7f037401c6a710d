package filelock

import "fmt"

// Problem is why a lock could not be taken, other than another holder
// (HeldError, OtherNameError), as a kind, so that an interface says it in
// its own language; Error's English is what the package always said.
type Problem int

const (
	// ProblemSystem: the operating system refused (Err), on the lock
	// file Name, or before it was known ("").
	ProblemSystem Problem = iota
	// ProblemSymlink, ProblemNotRegular and ProblemLinks: the lock file
	// is a symbolic link, not a regular file, or a file of Links names;
	// dutycheck never makes one, so it is left for a person to remove.
	ProblemSymlink
	ProblemNotRegular
	ProblemLinks
	// ProblemStuck: the lock file of a walk-through that has ended
	// (Owner's, when another user's) cannot be removed (Err).
	ProblemStuck
	// ProblemChanging: the lock file kept changing while looked at.
	ProblemChanging
	// ProblemCannotMake: the folder takes no new file from this user.
	ProblemCannotMake
)

// Error is a lock that could not be taken, for a reason of Problem's kind.
type Error struct {
	// Path is the file the lock protects; Name its lock file.
	Path, Name string
	Problem    Problem
	Owner      string // ProblemStuck: the user whose lock file it is
	Links      uint64 // ProblemLinks
	Err        error  // ProblemSystem, ProblemStuck: the system's error
}

func (e *Error) Error() string {
	var why string
	switch e.Problem {
	case ProblemSymlink:
		why = fmt.Sprintf("the lock file %s is a symbolic link, not left by dutycheck; remove it and try again", e.Name)
	case ProblemNotRegular:
		why = fmt.Sprintf("the lock file %s is not a regular file, not left by dutycheck; remove it and try again", e.Name)
	case ProblemLinks:
		why = fmt.Sprintf("the lock file %s has %d names (a hard link to another file), so dutycheck did not make it; remove it and try again", e.Name, e.Links)
	case ProblemStuck:
		if e.Owner != "" {
			why = fmt.Sprintf("the lock file %s was left by %s's walk-through, which has ended, and cannot be removed: %v", e.Name, e.Owner, e.Err)
		} else {
			why = fmt.Sprintf("the lock file %s was left by a walk-through that has ended, and cannot be removed: %v", e.Name, e.Err)
		}
	case ProblemChanging:
		why = fmt.Sprintf("the lock file %s keeps changing", e.Name)
	case ProblemCannotMake:
		why = fmt.Sprintf("cannot make the lock file %s: %v", e.Name, e.Err)
	default:
		why = fmt.Sprint(e.Err)
	}
	if e.Path == "" {
		return why
	}
	return "lock " + e.Path + ": " + why
}

func (e *Error) Unwrap() error { return e.Err }

// lockErr is err as the failure to lock path with the lock file name
// ("" before its name is known): an Error of this package gets the path
// (and the name, when it has none), any other error is the system's.
func lockErr(path, name string, err error) error {
	if e, ok := err.(*Error); ok {
		c := *e
		c.Path = path
		if c.Name == "" {
			c.Name = name
		}
		return &c
	}
	return &Error{Path: path, Name: name, Err: err}
}
