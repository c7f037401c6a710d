package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// TestGuardRefusesFileTooLargeToRead: every reader of an answers file
// refuses one over yamlsrc.MaxFileSize (1 MiB). A walk-through on a
// large hand-written file (or one long pasted note) said "Saved" and wrote
// 1,125,273 bytes, and from then on validate, score, report and run all
// refused the team's assessment. The guard must not write what cannot be
// read back; the file on disk stays as it was.
func TestGuardRefusesFileTooLargeToRead(t *testing.T) {
	if MaxSize != yamlsrc.MaxFileSize {
		t.Fatalf("MaxSize = %d, but readers accept up to %d", MaxSize, yamlsrc.MaxFileSize)
	}
	path := filepath.Join(t.TempDir(), "a.yaml")
	writeFile(t, path, "v1\n")
	g := NewGuard(path, []byte("v1\n"), 0o600)
	err := g.Write([]byte(strings.Repeat("x", MaxSize+1)))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Write of %d bytes = %v, want ErrTooLarge", MaxSize+1, err)
	}
	if b, _ := os.ReadFile(path); string(b) != "v1\n" {
		t.Fatalf("file holds %d bytes, want it unchanged", len(b))
	}
	// At the limit it is written, and the guard goes on as before.
	if err := g.Write([]byte(strings.Repeat("y", MaxSize))); err != nil {
		t.Fatalf("Write at the limit: %v", err)
	}
	if err := g.Write([]byte("v2\n")); err != nil {
		t.Fatalf("Write after: %v", err)
	}
}
