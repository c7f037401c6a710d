//go:build unix

package tui

import (
	"os"
	"syscall"
)

// quitSignals end a walk-through the way ctrl+c does: interrupt, kill's
// default SIGTERM, and SIGHUP when the terminal window is closed.
var quitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}

// signalExitCode is 128 plus the signal's number.
func signalExitCode(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 1
}
