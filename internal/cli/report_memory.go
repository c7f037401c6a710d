package cli

import (
	"runtime/debug"
	"strings"
)

// reportMemoryLimit is the soft memory limit of a report command, and
// reportGCPercent its collector's pacing. A report makes short-lived
// garbage in proportion to its pages (the text laid out, the page streams
// before compression) while what it keeps is small, so the collector
// running half as often as by default saves about 15% of the command's CPU
// at 2,000 questions (62 to 96 MB peak there). The limit bounds what that
// pacing would let the largest reports reach: as the heap nears it the
// collector runs more often, and the 10,000-question report stays under
// 200 MB (docs/performance.md). The bytes written never depend on either.
const (
	reportMemoryLimit = 150 << 20
	reportGCPercent   = 200
)

// limitReportMemory sets reportMemoryLimit and reportGCPercent unless the
// user has set their own (GOMEMLIMIT, GOGC), which then stand.
func limitReportMemory(env *Env) {
	if strings.TrimSpace(env.Getenv("GOMEMLIMIT")) == "" {
		debug.SetMemoryLimit(reportMemoryLimit)
	}
	if strings.TrimSpace(env.Getenv("GOGC")) == "" {
		debug.SetGCPercent(reportGCPercent)
	}
}
