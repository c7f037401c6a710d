package filelock

import (
	"errors"
	"io/fs"
	"syscall"
	"testing"
)

// TestErrorSaysWhatItAlwaysSaid: each kind of Error prints the English
// the package said before it had kinds, and lockErr puts the path on an
// Error made without one and keeps the system's error to find.
func TestErrorSaysWhatItAlwaysSaid(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{lockErr("a.yaml", "", &Error{Name: "a.yaml.lock", Problem: ProblemSymlink}), "lock a.yaml: the lock file a.yaml.lock is a symbolic link, not left by dutycheck; remove it and try again"},
		{lockErr("a.yaml", "", &Error{Name: "a.yaml.lock", Problem: ProblemNotRegular}), "lock a.yaml: the lock file a.yaml.lock is not a regular file, not left by dutycheck; remove it and try again"},
		{lockErr("a.yaml", "", &Error{Name: "a.yaml.lock", Problem: ProblemLinks, Links: 3}), "lock a.yaml: the lock file a.yaml.lock has 3 names (a hard link to another file), so dutycheck did not make it; remove it and try again"},
		{&Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: ProblemStuck, Err: syscall.EBUSY}, "lock a.yaml: the lock file a.yaml.lock was left by a walk-through that has ended, and cannot be removed: device or resource busy"},
		{&Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: ProblemStuck, Owner: "ola", Err: syscall.EBUSY}, "lock a.yaml: the lock file a.yaml.lock was left by ola's walk-through, which has ended, and cannot be removed: device or resource busy"},
		{&Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: ProblemChanging}, "lock a.yaml: the lock file a.yaml.lock keeps changing"},
		{&Error{Path: "a.yaml", Name: "a.yaml.lock", Problem: ProblemCannotMake, Err: fs.ErrPermission}, "lock a.yaml: cannot make the lock file a.yaml.lock: permission denied"},
		{lockErr("a.yaml", "a.yaml.lock", &fs.PathError{Op: "open", Path: "a.yaml.lock", Err: syscall.EISDIR}), "lock a.yaml: open a.yaml.lock: is a directory"},
	} {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("%q\nwant %q", got, tc.want)
		}
	}
	if err := lockErr("a.yaml", "a.yaml.lock", &fs.PathError{Op: "open", Path: "a.yaml.lock", Err: syscall.EISDIR}); !errors.Is(err, syscall.EISDIR) {
		t.Errorf("%v does not unwrap to the system's error", err)
	}
	// the lock file's name goes with a system error once it is known,
	// and an Error keeps the name it was made with
	var e *Error
	if err := lockErr("a.yaml", "a.yaml.lock", syscall.ENOSPC); !errors.As(err, &e) || e.Name != "a.yaml.lock" {
		t.Errorf("%#v does not name the lock file", err)
	}
	if err := lockErr("a.yaml", "other.lock", &Error{Name: "a.yaml.lock", Problem: ProblemSymlink}); !errors.As(err, &e) || e.Name != "a.yaml.lock" {
		t.Errorf("%#v lost the lock file's name", err)
	}
}
