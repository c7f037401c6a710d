//go:build race

package tui

// raceEnabled: the race detector slows code several times over, so timing
// tests skip under it.
const raceEnabled = true
