package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteThroughSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	repo := filepath.Join(dir, "repo")
	if err := os.Mkdir(repo, 0o755); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(repo, "assessment.yaml")
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, link, dest string }{
		{"relative", filepath.Join(dir, "rel.yaml"), "repo/assessment.yaml"},
		{"absolute", filepath.Join(dir, "abs.yaml"), target},
		{"chain", filepath.Join(dir, "chain.yaml"), "rel.yaml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.Symlink(tc.dest, tc.link); err != nil {
				t.Fatal(err)
			}
			want := "new " + tc.name + "\n"
			if err := Write(tc.link, []byte(want), 0o600); err != nil {
				t.Fatal(err)
			}
			fi, err := os.Lstat(tc.link)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Mode()&os.ModeSymlink == 0 {
				t.Fatalf("%s was replaced by a regular file", tc.link)
			}
			got, err := os.ReadFile(target)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != want {
				t.Fatalf("target holds %q, want %q", got, want)
			}
			left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
			left2, _ := filepath.Glob(filepath.Join(repo, ".*.tmp"))
			if len(left)+len(left2) > 0 {
				t.Fatalf("temporary files left: %v %v", left, left2)
			}
		})
	}
}

func TestWriteDanglingSymlinkCreatesTarget(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	link := filepath.Join(dir, "out.pdf")
	if err := os.Symlink("real.pdf", link); err != nil {
		t.Fatal(err)
	}
	if err := Write(link, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "real.pdf")); err != nil || string(b) != "x" {
		t.Fatalf("target: %q, %v", b, err)
	}
}

func TestSymlinkLoop(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	_ = os.Symlink("b", a)
	_ = os.Symlink("a", b)
	if err := Write(a, []byte("x"), 0o600); err == nil {
		t.Fatal("a loop of links was written through")
	}
}

func TestReadOnlyRefused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "frozen.yaml")
	if err := os.WriteFile(path, []byte("signed off\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	if err := CheckWritable(path); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("CheckWritable = %v, want ErrReadOnly", err)
	}
	if err := Write(path, []byte("changed\n"), 0o600); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("Write = %v, want ErrReadOnly", err)
	}
	fi, _ := os.Stat(path)
	if fi.Mode().Perm() != 0o444 {
		t.Fatalf("mode became %v; it must never be changed", fi.Mode().Perm())
	}
	if b, _ := os.ReadFile(path); string(b) != "signed off\n" {
		t.Fatalf("read-only file was overwritten: %q", b)
	}
}

func TestReadOnlyFolderRefused(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("folder permissions do not bind here")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(path, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chmod(dir, 0o755) })
	if err := CheckWritable(path); err == nil {
		t.Fatal("CheckWritable passed in a read-only folder")
	}
}

func TestWriteModeAndContent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.yaml")
	for _, data := range []string{"one\n", "two\n"} {
		if err := Write(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if b, _ := os.ReadFile(path); string(b) != data {
			t.Fatalf("got %q, want %q", b, data)
		}
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
			t.Fatalf("mode %v, want 0600", fi.Mode().Perm())
		}
	}
}
