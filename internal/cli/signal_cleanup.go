package cli

import (
	"os"
	"os/signal"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/tui"
)

// cleanUpOnSignal makes a command other than the walk-through (report,
// export -o, plan set, score…) end on SIGTERM, SIGHUP, SIGQUIT or an
// interrupt without leaving a hidden temporary file behind, and with the
// file it was saving as it was before:
// the save in progress is abandoned and the process exits with 128 plus
// the signal's number (no goroutine dump for SIGQUIT). Call the returned
// function when the writing is done.
func cleanUpOnSignal() (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, tui.QuitSignals()...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			atomicfile.AbandonAll()
			os.Exit(tui.SignalExitCode(s))
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
