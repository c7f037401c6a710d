package cli

import (
	"fmt"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
	"github.com/dutycheck/dutycheck/internal/inert"
)

// markStaleEvidence re-hashes the evidence files of the answers file at
// apath before score, report or export use it: each file changed or
// missing since it was recorded is marked (the outputs say so, and the
// answer counts as without evidence) and named on stderr, one warning a
// line, at its place in the answers file.
func markStaleEvidence(env *Env, apath string, f *answers.File) {
	for _, p := range evidence.MarkStale(apath, f) {
		fmt.Fprintf(env.Stderr, "%s:%d:%d: warning: %s; it no longer counts as evidence\n",
			inert.Line(apath), p.Pos.Line, p.Pos.Col, inert.Line(p.Msg))
	}
}
