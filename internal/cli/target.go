package cli

import (
	"flag"
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// targetSetCmd records a target the board set in the answers file,
// through the same path as `plan set` (editAnswers): the lock, a check
// that the new file reads back, and the compare-before-write guard.
var targetSetCmd = &Command{
	Name:  "target set",
	Args:  "-a FILE overall|ID --by DATE",
	Short: "record a target the board set: on the overall score, a section or a question's figure",
	Long: "Records a target in the answers file: on the overall score (overall), a\n" +
		"section's score or a question's figure, by id; write section:ID or\n" +
		"question:ID where one id is both. --min and --max are in the units of what\n" +
		"the target is set on: a score from 0 to 100, the question's number (90 or\n" +
		"90% for a share), a duration such as 1h or 7d for a duration question, and\n" +
		"the age of the date for a date question. --by is the date it is to be met,\n" +
		"YYYY-MM-DD. A target replaces any earlier one on the same score or figure.\n" +
		"An unknown id, a question that is not scored or has no figure, a limit that\n" +
		"does not fit or a date that does not exist leaves the file as it was (exit 2).",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		minV := fs.String("min", "", "the least the figure may be, `V`")
		maxV := fs.String("max", "", "the most the figure may be, `V`")
		by := fs.String("by", "", "the `DATE` by which the target is to be met, YYYY-MM-DD")
		setBy := fs.String("set-by", "", "`TEXT` saying who set the targets and where, e.g. \"Board, minute 2026-11-12 §5\"")
		return func(env *Env, args []string) error {
			on, err := targetArgs(fs, args, af, "target set")
			if err != nil {
				return err
			}
			given := map[string]bool{}
			fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
			if given["set-by"] && (strings.ContainsAny(*setBy, "\n\r") || strings.ContainsFunc(*setBy, invisible)) {
				return usageErr("cli.target.setby")
			}
			in := answers.TargetInput{On: on, Min: *minV, Max: *maxV, By: *by}
			var lang string
			var tr scoring.TargetResult
			q, f, err := editAnswers(env, *af.qspec, *af.apath, "target set: "+on, func(q *questionnaire.Questionnaire, f *answers.File) error {
				var err error
				if lang, err = af.language(q); err != nil {
					return err
				}
				scope, id, t, err := in.Parse(q)
				if err != nil {
					return usageErr("cli.target.bad", inert.Line(on), err)
				}
				f.SetTarget(scope, id, t)
				if given["set-by"] {
					f.Targets.SetBy = strings.TrimSpace(*setBy)
				}
				tr = scoring.TargetResult{Scope: scope, ID: id, Target: t}
				return nil
			})
			if err != nil {
				return err
			}
			// the state as of the assessment, as every output shows it
			for _, r := range scoring.Score(q, f).Targets {
				if r.Scope == tr.Scope && r.ID == tr.ID {
					tr = r
				}
			}
			p := l10n.For(lang)
			fmt.Fprintf(env.Stdout, "%s: %s\n%s\n", inert.Line(summary.TargetName(p, tr.Scope, tr.ID)), inert.Line(summary.TargetOf(p, q, tr, lang).Line), p.T("saved", inert.Line(*af.apath)))
			return nil
		}
	},
}

// targetClearCmd removes a target, through the same path.
var targetClearCmd = &Command{
	Name:  "target clear",
	Args:  "-a FILE overall|ID",
	Short: "remove a target from the answers file",
	Long: "Removes the target on the overall score (overall), a section or a question\n" +
		"from the answers file, through the same lock and checks as target set. An\n" +
		"unknown id leaves the file as it was (exit 2); clearing a target that is not\n" +
		"set changes nothing.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		return func(env *Env, args []string) error {
			on, err := targetArgs(fs, args, af, "target clear")
			if err != nil {
				return err
			}
			var lang string
			var tscope answers.TargetScope
			var tid string
			_, _, err = editAnswers(env, *af.qspec, *af.apath, "target clear: "+on, func(q *questionnaire.Questionnaire, f *answers.File) error {
				var err error
				if lang, err = af.language(q); err != nil {
					return err
				}
				scope, id, err := answers.ResolveTarget(q, on)
				if err != nil {
					return usageErr("cli.target.clear", err)
				}
				f.SetTarget(scope, id, nil)
				tscope, tid = scope, id
				return nil
			})
			if err != nil {
				return err
			}
			p := l10n.For(lang)
			fmt.Fprintf(env.Stdout, "%s\n%s\n", p.T("target.cleared", inert.Line(summary.TargetName(p, tscope, tid))), p.T("saved", inert.Line(*af.apath)))
			return nil
		}
	},
}

// targetArgs parses the flags of target set|clear and returns what the
// target is set on.
func targetArgs(fs *flag.FlagSet, args []string, af assessmentFlags, cmd string) (string, error) {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return "", err
	}
	if *af.apath == "" {
		return "", usageErr("cli.need.answers", cmd)
	}
	if len(rest) != 1 {
		return "", usageErr("cli.target.need", cmd, cmd, *af.apath)
	}
	return rest[0], nil
}
