//go:build unix

package filelock

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLockFileSymlinkNotFollowed: the lock file sits in a shared folder
// (a repository), so anyone can leave NAME.lock as a symbolic link. Acquire
// used to open it through the link, truncate the file it points to and
// write the holder into it (a ~/.bashrc or a signed-off assessment), then
// remove the link; a dangling link made it create a file wherever the link
// pointed. It must refuse and touch nothing.
func TestLockFileSymlinkNotFollowed(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim.txt")
	if err := os.WriteFile(victim, []byte("precious\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	answers := filepath.Join(dir, "a.yaml")
	for _, tc := range []struct{ name, dest string }{
		{"to a file", victim},
		{"dangling", filepath.Join(dir, "created-elsewhere")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			link := answers + ".lock"
			_ = os.Remove(link)
			if err := os.Symlink(tc.dest, link); err != nil {
				t.Fatal(err)
			}
			l, err := Acquire(answers)
			if err == nil {
				_ = l.Release()
				t.Fatalf("Acquire took a lock through the symbolic link %s -> %s", link, tc.dest)
			}
			if !strings.Contains(err.Error(), "symbolic link") {
				t.Errorf("error %q does not say the lock file is a symbolic link", err)
			}
			if got, _ := os.ReadFile(victim); string(got) != "precious\n" {
				t.Errorf("the file behind the link was changed to %q", got)
			}
			if _, err := os.Lstat(filepath.Join(dir, "created-elsewhere")); err == nil {
				t.Errorf("a file was created where the dangling link points")
			}
			if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
				t.Errorf("the link itself was removed or replaced (%v)", err)
			}
		})
	}
}
