//go:build unix

package report

import (
	"os"
	"syscall"
	"time"
)

// cpuNow is the CPU time this process has used, user and system. On a
// machine shared with other work the wall time of a benchmark says more
// about the load than about the code; the CPU time per operation is
// reported beside it (as cpu-ns/op) and varies far less.
func cpuNow() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// peakKiB is the peak resident memory of an ended process in KiB (as
// Linux counts it; macOS counts bytes, so there it reads 1,024 times too
// high).
func peakKiB(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return int64(ru.Maxrss)
	}
	return 0
}
