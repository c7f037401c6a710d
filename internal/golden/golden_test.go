package golden

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFirstDiff(t *testing.T) {
	if got := FirstDiff([]byte("a\nb\nc"), []byte("a\nx\nc")); got != "line 2:\n  want: b\n  got:  x" {
		t.Fatalf("FirstDiff = %q", got)
	}
	if got := FirstDiff([]byte("a"), []byte("a\nmore")); got != "line 2:\n  want: \n  got:  more" {
		t.Fatalf("FirstDiff on a longer output = %q", got)
	}
	if FirstDiff([]byte("same"), []byte("same")) != "" {
		t.Fatal("equal outputs differ")
	}
}

func TestCheckUpdateThenCompare(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.txt")
	Check(t, path, []byte("v1\n"), true)
	if b, _ := os.ReadFile(path); string(b) != "v1\n" {
		t.Fatalf("update wrote %q", b)
	}
	Check(t, path, []byte("v1\n"), false)
	var rec recorder
	Check(&rec, path, []byte("v2\n"), false)
	if !rec.failed {
		t.Fatal("a different output passed")
	}
}

// recorder is a testing.TB that records a failure instead of failing.
type recorder struct {
	testing.TB
	failed bool
}

func (r *recorder) Helper()               {}
func (r *recorder) Errorf(string, ...any) { r.failed = true }
func (r *recorder) Fatalf(string, ...any) { r.failed = true }
