package answers_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestSave: the file is replaced whole, gets mode 0600 whatever it had,
// and no temporary file is left behind.
func TestSave(t *testing.T) {
	tests := []struct {
		name string
		old  *os.FileMode // nil: no file before
	}{
		{"new file", nil},
		{"replaces a 0644 file", ptr(os.FileMode(0o644))},
		{"replaces a 0600 file", ptr(os.FileMode(0o600))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "assessment.yaml")
			if tc.old != nil {
				if err := os.WriteFile(path, []byte(strings.Repeat("old and longer than the new content\n", 100)), *tc.old); err != nil {
					t.Fatal(err)
				}
				if err := os.Chmod(path, *tc.old); err != nil {
					t.Fatal(err)
				}
			}
			if err := answers.Save(path, []byte("new\n")); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(path)
			if err != nil || string(got) != "new\n" {
				t.Errorf("content %q, err %v", got, err)
			}
			st, err := os.Stat(path)
			if err != nil {
				t.Fatal(err)
			}
			if st.Mode().Perm() != 0o600 || !st.Mode().IsRegular() {
				t.Errorf("mode %v, want -rw-------", st.Mode())
			}
			onlyFiles(t, dir, "assessment.yaml")
		})
	}
}

// TestSaveFails: when saving fails the old file is untouched and no
// temporary file is left behind.
func TestSaveFails(t *testing.T) {
	t.Run("the path is a folder", func(t *testing.T) {
		// the temporary file is written and synced, and then the rename
		// fails: this is the late failure that must clean up
		dir := t.TempDir()
		path := filepath.Join(dir, "assessment.yaml")
		if err := os.Mkdir(path, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(path, "inside"), []byte("keep"), 0o600); err != nil {
			t.Fatal(err)
		}
		err := answers.Save(path, []byte("new\n"))
		if err == nil || !strings.HasPrefix(err.Error(), "save "+path+": ") {
			t.Fatalf("err %v, want a save error naming the path", err)
		}
		if got, err := os.ReadFile(filepath.Join(path, "inside")); err != nil || string(got) != "keep" {
			t.Errorf("the folder's content changed: %q %v", got, err)
		}
		onlyFiles(t, dir, "assessment.yaml")
	})
	t.Run("the folder does not exist", func(t *testing.T) {
		dir := t.TempDir()
		if err := answers.Save(filepath.Join(dir, "missing", "a.yaml"), []byte("x")); err == nil {
			t.Fatal("saved into a missing folder")
		}
		onlyFiles(t, dir)
	})
	t.Run("the folder is read-only", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root writes into read-only folders; the folder case above covers a late failure")
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "assessment.yaml")
		if err := os.WriteFile(path, []byte("old\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = os.Chmod(dir, 0o700) })
		if err := answers.Save(path, []byte("new\n")); err == nil {
			t.Fatal("saved into a read-only folder")
		}
		if got, err := os.ReadFile(path); err != nil || string(got) != "old\n" {
			t.Errorf("old file changed: %q %v", got, err)
		}
		onlyFiles(t, dir, "assessment.yaml")
	})
}

// onlyFiles checks that dir holds exactly the named entries: no temporary
// file was left behind.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("folder holds %v, want %v", got, names)
	}
}

func ptr[T any](v T) *T { return &v }
