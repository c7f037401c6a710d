//go:build linux

package atomicfile

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestImmutableFileRefusedUpFront: a file frozen with chattr +i (how root
// freezes a file; to root a 0444 mode is no bar, so some teams do this)
// has writable mode bits, so CheckWritable passed it and the walk-through
// said "NOT SAVED" on the first answer instead of refusing before the
// first question. A file that cannot be opened for writing is refused.
func TestImmutableFileRefusedUpFront(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "frozen.yaml")
	if err := os.WriteFile(path, []byte("signed off\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v %s", err, out)
	}
	t.Cleanup(func() { _ = exec.Command("chattr", "-i", path).Run() })
	if err := CheckWritable(path); err == nil {
		t.Fatal("CheckWritable passed an immutable file")
	}
	// Through a symbolic link too.
	link := filepath.Join(dir, "link.yaml")
	if err := os.Symlink("frozen.yaml", link); err != nil {
		t.Fatal(err)
	}
	if err := CheckWritable(link); err == nil {
		t.Fatal("CheckWritable passed an immutable file behind a link")
	}
}
