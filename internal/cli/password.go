package cli

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

// readPassword asks on the terminal (prompt on stderr) and reads a line
// from stdin without echoing it. Interrupted (ctrl+c, SIGTERM), it puts
// the terminal back as it was, echo on, before the process ends with 128
// plus the signal's number, as the walk-through does: a shell must not be
// left typing blind.
func readPassword(prompt string) ([]byte, error) {
	fd := int(os.Stdin.Fd())
	old, err := term.GetState(fd)
	if err != nil {
		return nil, err
	}
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	defer func() {
		signal.Stop(sig)
		close(done)
	}()
	go func() {
		select {
		case s := <-sig:
			_ = term.Restore(fd, old)
			fmt.Fprintln(os.Stderr)
			code := 130
			if n, ok := s.(syscall.Signal); ok {
				code = 128 + int(n)
			}
			os.Exit(code)
		case <-done:
		}
	}()
	fmt.Fprint(os.Stderr, prompt)
	defer fmt.Fprintln(os.Stderr)
	return term.ReadPassword(fd)
}

// stdinIsTTY reports a real terminal on stdin: a character device such
// as /dev/null is not one to ask a passphrase on.
func stdinIsTTY() bool { return term.IsTerminal(int(os.Stdin.Fd())) }
