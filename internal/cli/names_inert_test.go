package cli

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSuccessMessagesNameFilesInert: error messages escaped a file name
// that holds escape sequences, but the success messages echoed it raw:
// report's "wrote", plan set's "Saved to" and run's "Resuming". A name
// like this one sets the terminal's title and clears the screen.
func TestSuccessMessagesNameFilesInert(t *testing.T) {
	dir := t.TempDir()
	apath := "x\x1b]0;PWN\a\x1b[2J\u202e\u009b.yaml"
	for name, data := range map[string]string{"q.yaml": hostileQ, apath: hostileA} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, args := range [][]string{
		{"plan", "set", "-q", "q.yaml", "-a", apath, "q1", "--owner", "Bob"},
		{"report", "-q", "q.yaml", "-a", apath},
		{"run", "--accessible", "-q", "q.yaml", "-a", apath},
	} {
		code, out, errs := runIn(t, dir, "", args...)
		if r := rawUnsafe(out + errs); r != 0 {
			t.Errorf("%v (exit %d) prints %U raw:\n%q\n%q", args[:2], code, r, out, errs)
		}
	}
}
