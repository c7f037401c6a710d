//go:build unix

package tui

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the test process has used: a measure of work
// that the other jobs of a busy machine do not inflate as they do wall time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
