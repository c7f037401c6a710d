package tui

import "os"

// QuitSignals are the signals that end a command the way ctrl+c ends a
// walk-through (interrupt, and on Unix SIGTERM, SIGHUP and SIGQUIT), for
// commands that must clean up when stopped.
func QuitSignals() []os.Signal { return quitSignals }

// SignalExitCode is the exit status after a quit signal: 128 plus its
// number.
func SignalExitCode(s os.Signal) int { return signalExitCode(s) }
