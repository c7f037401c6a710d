package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestGuard(t *testing.T) {
	fixed := func() time.Time { return time.Date(2026, 11, 29, 17, 40, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		before string // "" means no file when the guard starts
		edit   func(t *testing.T, path string)
		// wantConflict: the second save must not touch the file.
		wantConflict bool
	}{
		{"unchanged file", "v1\n", nil, false},
		{"new file stays ours", "", nil, false},
		{"hand edit, same size", "v1\n", func(t *testing.T, p string) { writeFile(t, p, "v9\n") }, true},
		{"hand edit, new size", "v1\n", func(t *testing.T, p string) { writeFile(t, p, "edited by hand\n") }, true},
		{"replaced by rename (git checkout)", "v1\n", func(t *testing.T, p string) {
			writeFile(t, p+".new", "theirs\n")
			if err := os.Rename(p+".new", p); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"created by someone else", "", func(t *testing.T, p string) { writeFile(t, p, "theirs\n") }, true},
		{"deleted", "v1\n", func(t *testing.T, p string) { _ = os.Remove(p) }, true},
		// rsync --inplace -t, or sed | dd conv=notrunc then touch -r:
		// same inode, same size, the mtime put back.
		{"in-place edit, same size, mtime kept", "v1\n", func(t *testing.T, p string) {
			fi, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.OpenFile(p, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := f.WriteAt([]byte("MINE"), 0); err != nil {
				t.Fatal(err)
			}
			_ = f.Close()
			if err := os.Chtimes(p, fi.ModTime(), fi.ModTime()); err != nil {
				t.Fatal(err)
			}
		}, true},
		{"touched, same bytes", "v1\n", func(t *testing.T, p string) {
			later := time.Now().Add(time.Hour)
			_ = os.Chtimes(p, later, later)
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "a.yaml")
			var data []byte
			if tc.before != "" {
				writeFile(t, path, tc.before)
				data = []byte(tc.before)
			}
			g := NewGuard(path, data, 0o600)
			g.now = fixed
			if err := g.Write([]byte("mine 1\n")); err != nil {
				t.Fatal(err)
			}
			var onDisk []byte
			if tc.edit != nil {
				tc.edit(t, path)
			}
			onDisk, _ = os.ReadFile(path)
			err := g.Write([]byte("mine 2\n"))
			var ce *ConflictError
			if !tc.wantConflict {
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
				if b, _ := os.ReadFile(path); string(b) != "mine 2\n" {
					t.Fatalf("file holds %q", b)
				}
				return
			}
			if !errors.As(err, &ce) {
				t.Fatalf("Write after a change = %v, want *ConflictError", err)
			}
			if b, _ := os.ReadFile(path); string(b) != string(onDisk) {
				t.Fatalf("the changed file was overwritten: %q, was %q", b, onDisk)
			}
			want := path + ".mine-20261129T174000Z"
			if ce.Mine != want {
				t.Fatalf("mine = %s, want %s", ce.Mine, want)
			}
			if b, _ := os.ReadFile(want); string(b) != "mine 2\n" {
				t.Fatalf("own version holds %q", b)
			}
			// Later saves keep going to the same file, never to path.
			if err := g.Write([]byte("mine 3\n")); !errors.As(err, &ce) {
				t.Fatalf("third Write = %v", err)
			}
			if b, _ := os.ReadFile(want); string(b) != "mine 3\n" {
				t.Fatalf("own version holds %q", b)
			}
			if b, _ := os.ReadFile(path); string(b) != string(onDisk) {
				t.Fatal("the changed file was overwritten later")
			}
		})
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestGuardChangeBeforeFirstSave: the file changed between the caller's
// read and the guard's start (the stat then is already the changed
// file's), and the first save must still see it.
func TestGuardChangeBeforeFirstSave(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.yaml")
	writeFile(t, path, "theirs\n")
	g := NewGuard(path, []byte("what I read\n"), 0o600)
	var ce *ConflictError
	if err := g.Write([]byte("mine\n")); !errors.As(err, &ce) {
		t.Fatalf("Write = %v, want a conflict", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "theirs\n" {
		t.Fatalf("overwritten: %q", b)
	}
}
