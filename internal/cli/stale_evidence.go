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
// line, at its place in the answers file, in the command's language.
func markStaleEvidence(env *Env, apath string, f *answers.File) {
	p := env.printer()
	for _, pr := range evidence.MarkStale(apath, f) {
		var why string
		switch pr.Kind {
		case evidence.Missing:
			why = p.EvidenceStale(answers.StaleMissing)
		case evidence.Changed:
			why = p.EvidenceStale(answers.StaleChanged)
		default:
			why = p.T("cli.evidence.unusable")
		}
		fmt.Fprintf(env.Stderr, "%s:%d:%d: %s\n", inert.Line(apath), pr.Pos.Line, pr.Pos.Col,
			p.T("cli.evidence.stale", inert.Line(pr.File), why))
	}
}
