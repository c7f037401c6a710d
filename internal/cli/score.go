package cli

import (
	"flag"
	"fmt"
	"math"
	"strings"

	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

var scoreCmd = &Command{
	Name:  "score",
	Args:  "-a FILE",
	Short: "score an assessment",
	Long: "Scores an assessment. Exit 1 when the overall score is below --fail-under,\n" +
		"or with --fail-on-critical when any must-have duty is not met, so a pipeline\n" +
		"can gate on it; one line on stderr says why.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		format := addFormatFlag(fs, "text")
		var gate decimalFlag
		fs.Var(&gate, "fail-under", "exit 1 when the overall score is below `N`")
		failCritical := fs.Bool("fail-on-critical", false, "exit 1 when any must-have duty is not met")
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
			q, f, l, err := af.load(env)
			if err != nil {
				return err
			}
			r := scoring.Score(q, f)
			if err := out.Out(env.Stdout, Result{Assessment: export.Input{Result: r}, Lang: l}); err != nil {
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
					fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.gate.under", fmt.Sprintf("%.1f", r.Overall), formatFloat(failUnder)))
				}
			}
			if *failCritical && len(r.CriticalGapIDs) > 0 {
				// one line for this gate, whatever the other said
				failed = true
				fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().N("cli.gate.must", len(r.CriticalGapIDs), strings.Join(r.CriticalGapIDs, ", ")))
			}
			if failed {
				return &exitError{exitInvalid, errSilent}
			}
			return nil
		}
	},
}

func formatFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }
