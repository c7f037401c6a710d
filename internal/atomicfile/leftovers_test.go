package atomicfile

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestRemoveLeftovers: the temporary files of a save killed before its
// rename are removed; files that only look alike, and the answers file
// itself, are kept.
func TestRemoveLeftovers(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.yaml")
	write := func(name string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, n := range []string{"a.yaml", ".a.yaml.123456.tmp", ".a.yaml.99.tmp", ".a.yaml.backup.tmp", ".b.yaml.123.tmp", ".a.yaml..tmp"} {
		write(n)
	}
	removed, err := RemoveLeftovers(path)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range removed {
		got = append(got, filepath.Base(p))
	}
	slices.Sort(got)
	if want := []string{".a.yaml.123456.tmp", ".a.yaml.99.tmp"}; !slices.Equal(got, want) {
		t.Errorf("removed %v, want %v", got, want)
	}
	for _, keep := range []string{"a.yaml", ".a.yaml.backup.tmp", ".b.yaml.123.tmp", ".a.yaml..tmp"} {
		if _, err := os.Stat(filepath.Join(dir, keep)); err != nil {
			t.Errorf("%s was removed", keep)
		}
	}
}
