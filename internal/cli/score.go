package cli

import (
	"flag"
	"fmt"
	"math"
	"strings"

	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/output"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

var scoreCmd = &Command{
	Name:  "score",
	Args:  "-a FILE",
	Short: "score an assessment",
	Long:  "Scores an assessment. Exit 1 when the overall score is below --fail-under,\nso a pipeline can gate on it.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		format := addFormatFlag(fs, "text")
		failUnder := fs.Float64("fail-under", -1, "exit 1 when the overall score is below `N`")
		return func(env *Env, args []string) error {
			if err := af.parse(fs, args); err != nil {
				return err
			}
			if math.IsNaN(*failUnder) || math.IsInf(*failUnder, 0) {
				return usageErr("score: --fail-under is a number from 0 to 100, not %v", *failUnder)
			}
			out, err := outputFormat("score", *format)
			if err != nil {
				return err
			}
			q, f, err := loadAssessment(env, *af.qspec, *af.apath)
			if err != nil {
				return err
			}
			l, err := af.language(q)
			if err != nil {
				return err
			}
			r := scoring.Score(q, f)
			if err := out.Out(env.Stdout, output.Result{Assessment: export.Input{Result: r}, Lang: l}); err != nil {
				return ioErr(err)
			}
			if *failUnder >= 0 && (!(r.Overall >= *failUnder) || math.IsInf(r.Overall, 0)) {
				// Written as "not at least", so that a score that is not a
				// number (NaN compares false with everything) fails the gate
				// rather than passing it; so does an infinite one.
				if math.IsNaN(r.Overall) || math.IsInf(r.Overall, 0) {
					fmt.Fprintf(env.Stderr, "dutycheck: overall score is not a finite number (%v); check the questionnaire's weights and scores with 'dutycheck validate'\n", r.Overall)
					return &exitError{exitInvalid, errSilent}
				}
				fmt.Fprintf(env.Stderr, "dutycheck: overall score %.1f is below %s\n", r.Overall, formatFloat(*failUnder))
				return &exitError{exitInvalid, errSilent}
			}
			return nil
		}
	},
}

func formatFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }
