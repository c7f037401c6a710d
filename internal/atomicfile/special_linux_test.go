//go:build linux

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWriteToSpecialFile: `report -o /dev/null` or `export -o /dev/stdout`
// in a CI job, or `-o` at a named pipe. Write renamed a temporary file
// over the target, so a FIFO became a regular file (the reader got
// nothing), /dev/stdout failed with a path under /proc, and, run as root,
// /dev/null itself was replaced by a regular file holding the report. A
// device, FIFO or socket is written to as it is.
func TestWriteToSpecialFile(t *testing.T) {
	t.Run("fifo", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "out.json")
		if err := syscall.Mkfifo(path, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		got := make(chan string, 1)
		go func() {
			f, err := os.Open(path)
			if err != nil {
				got <- "open: " + err.Error()
				return
			}
			b, _ := io.ReadAll(f)
			_ = f.Close()
			got <- string(b)
		}()
		if err := Write(path, []byte("{}\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		select {
		case s := <-got:
			if s != "{}\n" {
				t.Errorf("the reader of the FIFO got %q", s)
			}
		case <-time.After(3 * time.Second):
			// Without the fix the FIFO is gone and the reader waits
			// on the regular file that replaced it: give it a writer.
			if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				_ = f.Close()
			}
			t.Error("the reader of the FIFO got nothing")
		}
		if fi, err := os.Lstat(path); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the FIFO was replaced (%v, %v)", fi.Mode(), err)
		}
	})
	t.Run("character device", func(t *testing.T) {
		// A private copy of /dev/null (major 1, minor 3 on Linux);
		// making one needs root, so elsewhere this part is skipped.
		path := filepath.Join(t.TempDir(), "null")
		if err := syscall.Mknod(path, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Skipf("mknod: %v", err)
		}
		if err := Write(path, []byte("report\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Lstat(path); err != nil || fi.Mode()&os.ModeCharDevice == 0 {
			t.Errorf("the device was replaced by a regular file (%v, %v)", fi.Mode(), err)
		}
	})
}

// TestWriteOverFolder: `report -o` naming a folder, or a link to one,
// failed with "rename ./.out.307426326.tmp out: file exists". Say what
// is wrong, and leave the folder as it was.
func TestWriteOverFolder(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(out, "keep"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link")
	if err := os.Symlink("out", link); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{out, link} {
		err := Write(p, []byte("report\n"), 0o600)
		if err == nil || !strings.Contains(err.Error(), "is a folder") {
			t.Errorf("Write(%s) = %v, want an error that says it is a folder", p, err)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("the folder holds %d entries, want the 2 it had (no temporary file left)", len(entries))
	}
}
