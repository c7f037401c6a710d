package atomicfile

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestErrorsNameTheUsersFile: a failed save said "open
// nodir/.x.csv.3970245585.tmp: no such file or directory", naming a
// hidden file the user never asked for. Errors name the user's file (and
// its folder), never the temporary one.
func TestErrorsNameTheUsersFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nodir", "x.csv")
	err := Write(path, []byte("a,b\n"), 0o644)
	if err == nil {
		t.Fatal("saved into a folder that does not exist")
	}
	if strings.Contains(err.Error(), ".tmp") || !strings.Contains(err.Error(), path) {
		t.Errorf("error %q: want the user's file named, not the temporary one", err)
	}
}
