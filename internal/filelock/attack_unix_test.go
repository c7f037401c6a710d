//go:build unix

package filelock

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestHardLinkedLockFileRefused: a lock file that is a second name of
// another file (last quarter's assessment, or the answers file itself)
// used to be truncated and filled with the holder, destroying the file it
// links to. It must be refused and the file left as it was, with locks
// and without (the O_EXCL fallback).
func TestHardLinkedLockFileRefused(t *testing.T) {
	for _, noLocks := range []bool{false, true} {
		dir := t.TempDir()
		victim := filepath.Join(dir, "last-quarter.yaml")
		if err := os.WriteFile(victim, []byte("answers: {}\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "a.yaml")
		if err := os.Link(victim, path+".lock"); err != nil {
			t.Fatal(err)
		}
		if noLocks {
			withoutLocks(t)
		}
		l, err := Acquire(path)
		if err == nil {
			_ = l.Release()
			t.Errorf("noLocks=%v: Acquire took a hard-linked lock file", noLocks)
		} else if !strings.Contains(err.Error(), "hard link") {
			t.Errorf("noLocks=%v: error %q does not say the lock file is a hard link", noLocks, err)
		}
		if got, _ := os.ReadFile(victim); string(got) != "answers: {}\n" {
			t.Errorf("noLocks=%v: the linked file was changed to %q", noLocks, got)
		}
	}
}

// withoutLocks plays a file system without flock (NFS without a lock
// manager) for the rest of the test.
func withoutLocks(t *testing.T) {
	lockFn = func(*os.File) (bool, error) { return false, errUnsupported }
	t.Cleanup(func() { lockFn = tryLock })
}

// TestNoFlockFirstAcquireSucceeds: on a file system without flock, the
// first Acquire used to make an empty lock file, fail to flock it, then
// find that very file in the O_EXCL fallback and refuse itself ("open in
// another walk-through by someone"), leaving the empty file behind.
func TestNoFlockFirstAcquireSucceeds(t *testing.T) {
	withoutLocks(t)
	path := filepath.Join(t.TempDir(), "a.yaml")
	l, err := Acquire(path)
	if err != nil {
		t.Fatalf("first Acquire without flock: %v", err)
	}
	data, _ := os.ReadFile(path + ".lock")
	if !strings.Contains(string(data), "pid: ") {
		t.Errorf("the lock file names no holder: %q", data)
	}
	var held *HeldError
	if _, err := Acquire(path); !errors.As(err, &held) || held.Holder.PID != os.Getpid() {
		t.Errorf("second Acquire = %v, want held by this process", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(path + ".lock"); !os.IsNotExist(err) {
		t.Errorf("lock file left after Release: %v", err)
	}
	l, err = Acquire(path)
	if err != nil {
		t.Fatalf("Acquire after Release without flock: %v", err)
	}
	_ = l.Release()
}

// asNobody runs the test binary as user nobody, trying to take the lock on
// path; it returns what the process printed. It needs root.
func asNobody(t *testing.T, path string) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("needs root to play another user")
	}
	bin := filepath.Join(filepath.Dir(path), "filelock.test")
	src, err := os.Open(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		t.Fatal(err)
	}
	_ = dst.Close()
	_ = os.Chmod(bin, 0o755)
	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), "FILELOCK_HOLD="+path, "FILELOCK_TRY=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if len(out) == 0 {
		t.Fatalf("running as nobody: %v", err)
	}
	return string(out)
}

// sharedDir is a folder every user may write, as a team's shared folder.
func sharedDir(t *testing.T) string {
	dir := t.TempDir()
	for d := dir; d != "/" && d != os.TempDir(); d = filepath.Dir(d) {
		_ = os.Chmod(d, 0o777)
	}
	return dir
}

// TestOtherUsersLock: in a shared folder, another user's live lock used
// to give "permission denied" (the lock file was 0600); it must name the
// holder. A dead lock of another user, readable or not, is taken over.
func TestOtherUsersLock(t *testing.T) {
	t.Run("live lock names its holder", func(t *testing.T) {
		old := syscall.Umask(0o077)
		defer syscall.Umask(old)
		path := filepath.Join(sharedDir(t), "a.yaml")
		l, err := Acquire(path)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		out := asNobody(t, path)
		if !strings.Contains(out, "open in another walk-through by root") {
			t.Errorf("another user was told %q, want the holder named", out)
		}
	})
	for _, mode := range []os.FileMode{0o600, 0o644} {
		t.Run("dead lock "+mode.String(), func(t *testing.T) {
			path := filepath.Join(sharedDir(t), "a.yaml")
			if err := os.WriteFile(path+".lock", []byte("pid: 999999999\nuser: root\nhost: x\n"), mode); err != nil {
				t.Fatal(err)
			}
			_ = os.Chmod(path+".lock", mode)
			if out := asNobody(t, path); !strings.Contains(out, "acquired") {
				t.Errorf("a dead lock of another user was not taken over: %q", out)
			}
		})
	}
}

// TestHardLinkedNamesShareOneLock: one answers file under two names (hard
// links) had a lock file beside each name, so two walk-throughs ran on it
// at once and the file split silently. The lock follows the file: the
// second name is refused while the first is held, also after the first
// walk-through saved (replacing its name with a new file).
func TestHardLinkedNamesShareOneLock(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one.yaml"), filepath.Join(dir, "two.yaml")
	if err := os.WriteFile(one, []byte("answers: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(one, two); err != nil {
		t.Fatal(err)
	}
	l, err := Acquire(one)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(two); !errors.Is(err, ErrHeld) || !strings.Contains(err.Error(), "another name") {
		t.Fatalf("Acquire on the second name = %v, want refused as open under another name", err)
	}
	// A save replaces one.yaml with a new file; two.yaml still shows the
	// old one, which the walk-through started from.
	tmp := filepath.Join(dir, ".one.tmp")
	if err := os.WriteFile(tmp, []byte("answers: {x: {value: 1}}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, one); err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(two); !errors.Is(err, ErrHeld) {
		t.Fatalf("Acquire on the second name after a save = %v, want refused", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	l2, err := Acquire(two)
	if err != nil {
		t.Fatalf("Acquire on the second name after Release: %v", err)
	}
	_ = l2.Release()
}

// TestLockFollowsTheSavedFile: a save replaces the file under its name;
// a hard link made to the new file must find it locked as well.
func TestLockFollowsTheSavedFile(t *testing.T) {
	dir := t.TempDir()
	one := filepath.Join(dir, "one.yaml")
	l, err := Acquire(one) // no file yet
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if err := os.WriteFile(one, []byte("answers: {}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	l.Follow(one)
	three := filepath.Join(dir, "three.yaml")
	if err := os.Link(one, three); err != nil {
		t.Fatal(err)
	}
	if _, err := Acquire(three); !errors.Is(err, ErrHeld) {
		t.Fatalf("Acquire on a link to the saved file = %v, want refused", err)
	}
}
