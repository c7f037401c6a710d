package evidence

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSizeLimit: a 10 GB sparse file took 31 s to hash, with nothing
// shown, and was accepted. A file over 2 GiB is refused at once; one of
// hundreds of megabytes (a case system's export) is not.
func TestSizeLimit(t *testing.T) {
	dir := t.TempDir()
	apath := filepath.Join(dir, "a.yaml")
	big := filepath.Join(dir, "export.csv")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 1); err != nil {
		t.Skip(err)
	}
	_ = f.Close()
	start := time.Now()
	if _, err := Add(apath, "export.csv"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a file over 2 GiB: %v, want ErrTooLarge", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("refusing took %v: it must not read the file", d)
	}
	if MaxSize < 500<<20 {
		t.Errorf("MaxSize %d leaves no room for an export of hundreds of megabytes", MaxSize)
	}
}

// TestHashProgress: hashing that takes long tells how far it has got,
// ending with all of it.
func TestHashProgress(t *testing.T) {
	old := progressAfter
	progressAfter = 0
	defer func() { progressAfter = old }()
	dir := t.TempDir()
	data := make([]byte, 4<<20)
	if err := os.WriteFile(filepath.Join(dir, "export.csv"), data, 0o600); err != nil {
		t.Fatal(err)
	}
	var calls [][2]int64
	if _, err := AddWatched(filepath.Join(dir, "a.yaml"), "export.csv", func(done, total int64) {
		calls = append(calls, [2]int64{done, total})
	}); err != nil {
		t.Fatal(err)
	}
	if len(calls) < 2 || calls[len(calls)-1] != [2]int64{int64(len(data)), int64(len(data))} {
		t.Errorf("progress calls %v: want several, ending with all %d bytes", calls, len(data))
	}
}
