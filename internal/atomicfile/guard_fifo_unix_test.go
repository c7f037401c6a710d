//go:build unix

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestGuardFileReplacedByFIFO: when the answers file is replaced during a
// walk-through by something that is not a regular file (a FIFO, made by
// mistake or on purpose), the next save read it to compare and blocked
// for ever, with the answer unsaved. It must count as a change: a
// conflict, the FIFO left alone, the answers kept beside it.
func TestGuardFileReplacedByFIFO(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	writeFile(t, path, "v1\n")
	g := NewGuard(path, []byte("v1\n"), 0o600)
	if err := g.Write([]byte("mine 1\n")); err != nil {
		t.Fatal(err)
	}
	_ = os.Remove(path)
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() { done <- g.Write([]byte("mine 2\n")) }()
	select {
	case err := <-done:
		var ce *ConflictError
		if !errors.As(err, &ce) {
			t.Fatalf("Write over a FIFO = %v, want *ConflictError", err)
		}
		if fi, err := os.Lstat(path); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Fatalf("the FIFO was replaced (%v)", err)
		}
	case <-time.After(3 * time.Second):
		// Unblock the reader so the test can end.
		if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = f.Close()
		}
		t.Fatal("Write blocked reading a FIFO")
	}
}

// TestGuardConflictNotKept: the folder of the answers file vanished
// during a walk-through (a branch switch, an rm -r). The save is a
// conflict, and keeping the answers beside the file fails too; the error
// was still a *ConflictError whose text says "your answers are saved in
// …", so the walk-through told the user they were saved when they were
// not. It must not claim that; once the folder is back, the answers go
// beside the file as in any conflict.
func TestGuardConflictNotKept(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "repo")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "a.yaml")
	g := NewGuard(path, nil, 0o600)
	if err := g.Write([]byte("mine 1\n")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	err := g.Write([]byte("mine 2\n"))
	var ce *ConflictError
	if err == nil || errors.As(err, &ce) {
		t.Fatalf("Write with nowhere to keep the answers = %v, want an error that is no *ConflictError", err)
	}
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	err = g.Write([]byte("mine 3\n"))
	if !errors.As(err, &ce) {
		t.Fatalf("Write once the folder is back = %v, want *ConflictError", err)
	}
	if b, _ := os.ReadFile(ce.Mine); string(b) != "mine 3\n" {
		t.Fatalf("own version holds %q", b)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("the answers file was recreated over a change (its deletion)")
	}
}

// TestGuardConflictNameTaken: the name a conflict's answers go to
// (NAME.mine-TIME) is predictable. A link planted there in a shared
// folder made the answers land in whatever it pointed to, and a file left
// there by an earlier conflict was overwritten. A name already taken is
// never used.
func TestGuardConflictNameTaken(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	writeFile(t, path, "v1\n")
	victim := filepath.Join(dir, "victim")
	writeFile(t, victim, "precious\n")
	fixed := func() time.Time { return time.Date(2026, 11, 29, 17, 40, 0, 0, time.UTC) }
	planted := path + ".mine-20261129T174000Z"
	if err := os.Symlink(victim, planted); err != nil {
		t.Fatal(err)
	}
	writeFile(t, planted+"-2", "an earlier conflict\n")
	g := NewGuard(path, []byte("v1\n"), 0o600)
	g.now = fixed
	writeFile(t, path, "edited by hand\n")
	err := g.Write([]byte("mine\n"))
	var ce *ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("Write = %v, want *ConflictError", err)
	}
	if b, _ := os.ReadFile(victim); string(b) != "precious\n" {
		t.Fatalf("the file behind the planted link holds %q", b)
	}
	if b, _ := os.ReadFile(planted + "-2"); string(b) != "an earlier conflict\n" {
		t.Fatalf("an earlier conflict's file was overwritten: %q", b)
	}
	if fi, err := os.Lstat(ce.Mine); err != nil || !fi.Mode().IsRegular() {
		t.Fatalf("answers kept in %s (%v), not a new regular file", ce.Mine, err)
	}
	if b, _ := os.ReadFile(ce.Mine); string(b) != "mine\n" {
		t.Fatalf("%s holds %q", ce.Mine, b)
	}
}
