package cli

import (
	"os/exec"
	"testing"
)

// TestShellQuoteHostileNameRunsInBash: the command line the walk-through
// prints for a name holding escape characters is inert and, pasted into
// bash, names the very same file.
func TestShellQuoteHostileNameRunsInBash(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	for _, name := range []string{"x\x1b]0;PWN\a\x1b[2J\u202e\u009b.yaml", "it's \\ a\nb\xff.yaml", "plain.yaml", "two words.yaml"} {
		q := shellQuote(name)
		if r := rawUnsafe(q); r != 0 {
			t.Errorf("shellQuote(%q) = %q holds %U raw", name, q, r)
		}
		out, err := exec.Command(bash, "-c", "printf %s "+q).Output()
		if err != nil || string(out) != name {
			t.Errorf("bash reads %q as %q (%v), want %q", q, out, err, name)
		}
	}
}
