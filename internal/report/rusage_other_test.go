//go:build !unix

package report

import (
	"os"
	"time"
)

var processStart = time.Now()

// cpuNow stands in for the process's CPU time where it cannot be read:
// the wall time since the test binary started.
func cpuNow() time.Duration { return time.Since(processStart) }

// peakKiB is 0 where the peak resident memory of a process cannot be read.
func peakKiB(*os.ProcessState) int64 { return 0 }
