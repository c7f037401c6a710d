package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"golang.org/x/term"
)

// readPassword asks on the terminal (prompt on stderr) and reads a line
// from stdin without echoing it. The terminal is put in raw mode before
// the prompt is shown, so nothing typed after the prompt can echo and no
// later mode change can race an interrupt. Ctrl+C (or ctrl+D on an empty
// line) and SIGTERM put the terminal back as it was, echo on, before the
// process ends with 130 (128 plus the signal's number for SIGTERM), as
// the walk-through does: a shell must not be left typing blind.
func readPassword(prompt string) ([]byte, error) {
	fd := int(os.Stdin.Fd())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sig)
	old, err := term.MakeRaw(fd)
	if err != nil {
		return nil, err
	}
	interrupted := func(code int) {
		_ = term.Restore(fd, old)
		fmt.Fprintln(os.Stderr)
		os.Exit(code)
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		select {
		case s := <-sig:
			code := 130
			if n, ok := s.(syscall.Signal); ok {
				code = 128 + int(n)
			}
			interrupted(code)
		case <-done:
		}
	}()
	screen := term.NewTerminal(struct {
		io.Reader
		io.Writer
	}{os.Stdin, os.Stderr}, "")
	line, err := screen.ReadPassword(prompt)
	if errors.Is(err, io.EOF) {
		interrupted(130)
	}
	_ = term.Restore(fd, old)
	fmt.Fprintln(os.Stderr)
	if err != nil {
		return nil, err
	}
	return []byte(line), nil
}

// stdinIsTTY reports a real terminal on stdin: a character device such
// as /dev/null is not one to ask a passphrase on.
func stdinIsTTY() bool { return term.IsTerminal(int(os.Stdin.Fd())) }
