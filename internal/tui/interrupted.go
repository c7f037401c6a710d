package tui

import (
	"fmt"
	"os"
)

// InterruptedError is returned when a signal (SIGTERM, SIGHUP, or an
// interrupt in plain mode) ended a walk-through. Every confirmed answer,
// and the note being typed, is saved by then, as ctrl+c saves them; the
// error only lets a script tell an interrupted walk-through from one that
// ran to its end, by the exit status (ExitCode).
type InterruptedError struct {
	Signal os.Signal
}

func (e *InterruptedError) Error() string {
	return fmt.Sprintf("stopped by %v; every confirmed answer is saved", e.Signal)
}

// ExitCode is the conventional status of a program ended by the signal:
// 128 plus its number (143 for SIGTERM, 129 for SIGHUP, 130 for an
// interrupt).
func (e *InterruptedError) ExitCode() int { return signalExitCode(e.Signal) }
