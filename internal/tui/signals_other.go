//go:build !unix

package tui

import "os"

// quitSignals end a walk-through the way ctrl+c does; elsewhere than Unix
// only an interrupt can be caught.
var quitSignals = []os.Signal{os.Interrupt}

// signalExitCode is what a shell reports for an interrupted program.
func signalExitCode(os.Signal) int { return 130 }
