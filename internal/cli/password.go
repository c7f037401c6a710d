package cli

import (
	"fmt"
	"os"

	"golang.org/x/term"
)

// readPassword asks on the terminal (prompt on stderr) and reads a line
// from stdin without echoing it.
func readPassword(prompt string) ([]byte, error) {
	fmt.Fprint(os.Stderr, prompt)
	defer fmt.Fprintln(os.Stderr)
	return term.ReadPassword(int(os.Stdin.Fd()))
}

// stdinIsTTY reports a real terminal on stdin: a character device such
// as /dev/null is not one to ask a passphrase on.
func stdinIsTTY() bool { return term.IsTerminal(int(os.Stdin.Fd())) }
