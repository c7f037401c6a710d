//go:build !unix

package tui

import "time"

var processStart = time.Now()

// cpuTime stands in for the process's CPU time where it cannot be read.
func cpuTime() time.Duration { return time.Since(processStart) }
