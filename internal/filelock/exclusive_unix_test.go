//go:build unix

package filelock

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// deadPID is the id of a process that has exited.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	return cmd.Process.Pid
}

// TestExclusiveFallback: where the file system has no locks, the lock
// file alone keeps a second writer out while its holder runs, and a lock
// whose holder died is taken over by exactly one of several newcomers.
func TestExclusiveFallback(t *testing.T) {
	host, _ := os.Hostname()
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	name := path + ".lock"

	l, err := acquireExclusive(path, name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := acquireExclusive(path, name); !errors.Is(err, ErrHeld) {
		t.Fatalf("second acquire while held = %v, want ErrHeld", err)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}

	t.Run("held by a live process elsewhere on this host", func(t *testing.T) {
		text := fmt.Sprintf("pid: %d\nuser: u\nhost: %s\nsince: 2026-11-29T17:00:00Z\n", os.Getppid(), host)
		if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(name)
		var held *HeldError
		if _, err := acquireExclusive(path, name); !errors.As(err, &held) || held.Holder.PID != os.Getppid() {
			t.Fatalf("= %v, want held by %d", err, os.Getppid())
		}
	})
	t.Run("held on another host is never judged stale", func(t *testing.T) {
		text := fmt.Sprintf("pid: %d\nuser: u\nhost: elsewhere\nsince: 2026-11-29T17:00:00Z\n", deadPID(t))
		if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		defer os.Remove(name)
		if _, err := acquireExclusive(path, name); !errors.Is(err, ErrHeld) {
			t.Fatalf("= %v, want ErrHeld", err)
		}
	})
	t.Run("stale lock of a dead process, taken over once", func(t *testing.T) {
		text := fmt.Sprintf("pid: %d\nuser: u\nhost: %s\nsince: 2026-11-29T17:00:00Z\n", deadPID(t), host)
		if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		won, refused := 0, 0
		var wg sync.WaitGroup
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				l, err := acquireExclusive(path, name)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					won++
					_ = l // held to the end of the test
				case errors.Is(err, ErrHeld):
					refused++
				default:
					t.Errorf("acquire: %v", err)
				}
			}()
		}
		wg.Wait()
		if won != 1 || refused != 7 {
			t.Fatalf("%d took the stale lock over and %d were refused; want 1 and 7", won, refused)
		}
		left, _ := filepath.Glob(name + ".stale-*")
		guards, _ := filepath.Glob(name + ".takeover")
		if left = append(left, guards...); len(left) > 0 {
			t.Errorf("left behind: %v", left)
		}
	})
	t.Run("a takeover guard left by a process that ended is cleared", func(t *testing.T) {
		_ = os.Remove(name)
		text := fmt.Sprintf("pid: %d\nuser: u\nhost: %s\nsince: 2026-11-29T17:00:00Z\n", deadPID(t), host)
		if err := os.WriteFile(name, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		guard := name + ".takeover"
		if err := os.WriteFile(guard, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		fresh, err := acquireExclusive(path, name)
		if !errors.Is(err, ErrHeld) && !errors.As(err, new(*Error)) {
			t.Fatalf("with a fresh guard = %v, %v; want refused while another takes it over", fresh, err)
		}
		old := time.Now().Add(-time.Minute)
		if err := os.Chtimes(guard, old, old); err != nil {
			t.Fatal(err)
		}
		l, err := acquireExclusive(path, name)
		if err != nil {
			t.Fatalf("with an old guard = %v, want the stale lock taken over", err)
		}
		defer l.Release()
		if _, err := os.Lstat(guard); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the old guard is still there: %v", err)
		}
	})
	t.Run("empty lock file: stale only once old", func(t *testing.T) {
		_ = os.Remove(name)
		if err := os.WriteFile(name, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := acquireExclusive(path, name); !errors.Is(err, ErrHeld) {
			t.Fatalf("fresh empty lock file = %v, want ErrHeld", err)
		}
		old := time.Now().Add(-time.Minute)
		_ = os.Chtimes(name, old, old)
		l, err := acquireExclusive(path, name)
		if err != nil {
			t.Fatalf("old empty lock file not taken over: %v", err)
		}
		_ = l.Release()
	})
}
