package cli

import (
	"strings"
	"testing"
)

// TestUsageMistakesExit2: every command answers a flag it does not have
// with one line on stderr, exit 2 and nothing on stdout; the line names
// the flag and where help is.
func TestUsageMistakesExit2(t *testing.T) {
	for _, c := range commands {
		args := append(strings.Fields(c.Name), "--no-such-flag")
		t.Run(c.Name, func(t *testing.T) {
			code, out, errOut := run(t, nil, args...)
			if code != exitUsage || out != "" || strings.Count(errOut, "\n") != 1 {
				t.Fatalf("exit %d, stdout %q, stderr %q; want exit 2, one line on stderr", code, out, errOut)
			}
			if !strings.Contains(errOut, "--no-such-flag") || !strings.Contains(errOut, "--help") {
				t.Errorf("stderr %q does not name the flag and the help", errOut)
			}
		})
	}
}
