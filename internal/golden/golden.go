// Package golden compares test output with a file under testdata, or
// rewrites the file when a test runs with -update. Each test package keeps
// its own -update flag and passes its value, so the flag stays documented
// where it is used.
package golden

import (
	"bytes"
	"fmt"
	"os"
	"testing"
)

// Check compares got with the file at path, or rewrites it when update is
// set. A difference is reported at the first line where the two part.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the output; run go test -update if the change is right, and review the diff.\n%s", path, FirstDiff(want, got))
	}
}

// FirstDiff shows the first line where two outputs part.
func FirstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return fmt.Sprintf("line %d:\n  want: %s\n  got:  %s", i+1, w, g)
		}
	}
	return ""
}
