package tui

// The walk-through ends on the same signals in both modes (quitSignals,
// per platform in signals_unix.go and signals_other.go), caught here
// alone: plain mode waits on them beside its input lines, the full screen
// relays them to the program as a quit.

import (
	"os"
	"os/signal"
	"sync"

	tea "github.com/charmbracelet/bubbletea"
)

// catchQuit catches the quit signals from now until stop is called; they
// arrive on sig, which holds one that is not received yet.
func catchQuit() (sig <-chan os.Signal, stop func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, quitSignals...)
	return c, func() { signal.Stop(c) }
}

// relaySignals delivers the signals that end a walk-through to the program
// as a quit, until stop is called; got tells the first signal received, or
// nil.
func relaySignals(p *tea.Program) (got func() os.Signal, stop func()) {
	sig, stopCatching := catchQuit()
	done := make(chan struct{})
	var mu sync.Mutex
	var first os.Signal
	go func() {
		for {
			select {
			case s := <-sig:
				mu.Lock()
				if first == nil {
					first = s
				}
				mu.Unlock()
				p.Send(quitMsg{})
			case <-done:
				return
			}
		}
	}()
	got = func() os.Signal {
		mu.Lock()
		defer mu.Unlock()
		return first
	}
	return got, func() {
		stopCatching()
		close(done)
	}
}
