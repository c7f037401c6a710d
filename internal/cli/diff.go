package cli

import (
	"bytes"
	"flag"

	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// cmdDiff compares two assessments. NEW is scored against -q (or the
// built-in questionnaire it names). OLD is scored against --old-q when
// given, else against the same questionnaire as NEW: then both are judged
// by one set of rules and every score change comes from the answers; the
// old file's record of each question's wording says which questions
// changed since it was answered. With --old-q each side is judged by its
// own questionnaire, which is what each scored at the time, and the two
// questionnaires are compared directly.
var diffCmd = &Command{
	Name:  "diff",
	Args:  "OLD NEW",
	Short: "compare two assessments",
	Long: "Compares two assessments, e.g. last quarter's and this quarter's: overall and\n" +
		"section scores before and after, answers that changed, gaps closed and opened\n" +
		"(must-have duties first), and questions that are new, changed or removed.\n\n" +
		"NEW is scored against -q, or the built-in questionnaire it names. OLD is scored\n" +
		"against --old-q when given, else against the same questionnaire as NEW, so that\n" +
		"both are judged by the same rules. When OLD was answered to another version,\n" +
		"give that version's file with --old-q to score OLD as it stood.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		qspec := fs.String("q", "", "questionnaire `FILE|ID` for NEW (default: the one NEW names)")
		oldQ := fs.String("old-q", "", "questionnaire `FILE|ID` for OLD (default: the same as NEW)")
		format := addFormatFlag(fs, "text")
		lang := addLangFlag(fs)
		return func(env *Env, args []string) error {
			rest, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if len(rest) != 2 {
				return usageErr("cli.diff.two")
			}
			out, err := outputFormat("diff", *format)
			if err != nil {
				return err
			}
			oldPath, newPath := rest[0], rest[1]
			nq, nf, err := loadAssessment(env, *qspec, newPath)
			if err != nil {
				return err
			}
			ospec := *oldQ
			if ospec == "" {
				ospec = *qspec
			}
			oq, of, err := loadAssessment(env, ospec, oldPath)
			if err != nil {
				if *oldQ == "" {
					return &withHint{err, say("cli.diff.hint", oldPath)}
				}
				return err
			}
			l, err := chooseLang("diff", *lang, nq)
			if err != nil {
				return err
			}
			warnings := append(warnDigest(env, oldPath, oq, of, l), warnDigest(env, newPath, nq, nf, l)...)
			d := diff.Compare(
				diff.Side{Result: scoring.Score(oq, of), File: oldPath},
				diff.Side{Result: scoring.Score(nq, nf), File: newPath}, l)
			var buf bytes.Buffer
			if err := out.Out(&buf, Result{Diff: d, Lang: l, Warnings: warnings}); err != nil {
				return err
			}
			if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
				return ioErr(err)
			}
			return nil
		}
	},
}
