package atomicfile

import (
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFullDiskErrorNamesTheUsersFile: "write ./.a.yaml.2870982003.tmp:
// file too large" named the temporary file; played with a file size
// limit (ulimit -f), as a full disk gives the same kind of failure.
func TestFullDiskErrorNamesTheUsersFile(t *testing.T) {
	signal.Ignore(syscall.SIGXFSZ)
	defer signal.Reset(syscall.SIGXFSZ)
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip(err)
	}
	lim := old
	lim.Cur = 1024
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Skip(err)
	}
	path := filepath.Join(t.TempDir(), "a.yaml")
	err := Write(path, make([]byte, 4096), 0o644)
	_ = syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old)
	if err == nil {
		t.Fatal("a write over the size limit succeeded")
	}
	if strings.Contains(err.Error(), ".tmp") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q: want the user's file named, not the temporary one", err)
	}
}
