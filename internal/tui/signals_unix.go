//go:build unix

package tui

import (
	"os"
	"syscall"
)

// quitSignals end a walk-through the way ctrl+c does: interrupt, kill's
// default SIGTERM, and SIGHUP when the terminal window is closed.
var quitSignals = []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}
