//go:build unix

package evidence

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestHashFileNeverBlocks: Add and Verify check that a path is a regular
// file and then open it, so a file swapped for a FIFO in between (or a
// path that is a FIFO reaching hashFile any other way) blocked the open
// for ever, waiting for a writer. hashFile itself must refuse it at once.
func TestHashFileNeverBlocks(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, _, err := hashFile(path, nil)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("hashFile of a FIFO succeeded")
		}
	case <-time.After(3 * time.Second):
		if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			_ = f.Close()
		}
		t.Fatal("hashFile blocked on a FIFO")
	}
}
