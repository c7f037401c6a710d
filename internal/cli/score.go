package cli

import (
	"flag"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

var scoreCmd = &Command{
	Name:  "score",
	Args:  "-a FILE",
	Short: "score an assessment",
	Long: "Scores an assessment. Exit 1 when the overall score is below --fail-under,\n" +
		"or with --fail-on-critical when any must-have duty is not met, or with\n" +
		"--fail-on-missed when a target the board set is missed, so a pipeline can\n" +
		"gate on it; one line on stderr says why.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		format := addFormatFlag(fs, "text")
		var gate decimalFlag
		fs.Var(&gate, "fail-under", "exit 1 when the overall score is below `N`")
		failCritical := fs.Bool("fail-on-critical", false, "exit 1 when any must-have duty is not met")
		reviewDueFlag := fs.Bool("review-due", false, "exit 1 when the assessment is older than the questionnaire's review_every, or a sign-off's next review has passed")
		failMissed := fs.Bool("fail-on-missed", false, "exit 1 when any target in the answers file is missed (not met, and its date has passed)")
		return func(env *Env, args []string) error {
			if err := af.parse(fs, args); err != nil {
				return err
			}
			failUnder := -1.0
			if gate.set {
				failUnder = gate.v
			}
			out, err := outputFormat("score", *format)
			if err != nil {
				return err
			}
			as, err := af.read(env)
			if err != nil {
				return err
			}
			q, f, l := as.q, as.f, as.lang
			markStaleEvidence(env, *af.apath, f)
			r := scoring.Score(q, f)
			st, vs, err := scoreSignoffs(as, *af.qspec, *af.apath)
			if err != nil {
				return err
			}
			res := Result{Assessment: export.Input{Result: r}, Lang: l, Warnings: *af.warnings}
			res.Summary.SignOff = &st // Draft when nobody has signed: said, like the PDF says it
			// a score below the gate never shows rounded up to meet it
			res.Summary.Gate = max(failUnder, 0)
			if err := out.Out(env.Stdout, res); err != nil {
				return ioErr(err)
			}
			failed := false
			if failUnder >= 0 && (!(r.Overall >= failUnder) || math.IsInf(r.Overall, 0)) {
				// Written as "not at least", so that a score that is not a
				// number (NaN compares false with everything) fails the gate
				// rather than passing it; so does an infinite one.
				failed = true
				if math.IsNaN(r.Overall) || math.IsInf(r.Overall, 0) {
					fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.gate.nan", fmt.Sprint(r.Overall)))
				} else {
					fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.gate.under", env.printer().ScoreBelow(r.Overall, failUnder), formatFloat(failUnder)))
				}
			}
			if *failCritical && len(r.CriticalGapIDs) > 0 {
				// one line for this gate, whatever the other said
				failed = true
				fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().N("cli.gate.must", len(r.CriticalGapIDs), strings.Join(r.CriticalGapIDs, ", ")))
			}
			if *reviewDueFlag {
				if reviewDue(env.Stderr, env.printer(), q, f, vs, today(env)) {
					failed = true
				}
			}
			if *failMissed && len(r.MissedTargets()) > 0 {
				failed = true
				fmt.Fprintf(env.Stderr, "dutycheck: %s\n", missedLine(env.printer(), r.MissedTargets()))
			}
			if failed {
				return &exitError{exitInvalid, errSilent}
			}
			return nil
		}
	},
}

// formatFloat writes a gate as it was given, every decimal kept: a gate
// of 42.50000000001 must not read 42.5.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// missedLine is the --fail-on-missed gate's line in p's language: how
// many targets were missed and which, each with its limit and date.
func missedLine(p *l10n.Printer, missed []scoring.TargetResult) string {
	var parts []string
	for _, tr := range missed {
		parts = append(parts, p.T("cli.gate.missed.part", summary.TargetName(p, tr.Scope, tr.ID), limitWords(p, tr.Target), tr.Target.By.Format(questionnaire.DateLayout)))
	}
	return p.N("cli.gate.missed", len(missed), strings.Join(parts, ", "))
}

// limitWords is a target's limit in a gate's line: "min 70", "max 1h",
// "min 40, max 60".
func limitWords(p *l10n.Printer, t *answers.Target) string {
	var parts []string
	if t.Min != nil {
		parts = append(parts, p.T("cli.gate.min", t.Min.Format()))
	}
	if t.Max != nil {
		parts = append(parts, p.T("cli.gate.max", t.Max.Format()))
	}
	return strings.Join(parts, ", ")
}
