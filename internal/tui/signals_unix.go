//go:build unix

package tui

import (
	"os"
	"syscall"
)

// quitSignals end a walk-through the way ctrl+c does: interrupt, kill's
// default SIGTERM, SIGHUP when the terminal window is closed, and SIGQUIT
// (ctrl+\ in plain mode), which would otherwise print Go's dump of every
// goroutine, lose the typed note and leave the lock behind.
var quitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// signalExitCode is 128 plus the signal's number.
func signalExitCode(s os.Signal) int {
	if n, ok := s.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 1
}
