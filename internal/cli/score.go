package cli

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/output"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

func cmdScore(env *Env, args []string) error {
	fs := newFlags(env, "score", "[-q FILE|ID] -a FILE [--format text|json] [--fail-under N]",
		"Scores an assessment. Exit 1 when the overall score is below --fail-under,\nso a pipeline can gate on it.")
	af := addAssessmentFlags(fs)
	format := fs.String("format", "text", "output format, `text|json`")
	failUnder := fs.Float64("fail-under", -1, "exit 1 when the overall score is below `N`")
	if err := af.parse(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "json" {
		return usageErr("score: --format is text or json, not %q", *format)
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
	if *format == "json" {
		if err := jsonout.Write(env.Stdout, r.Summarize(l)); err != nil {
			return ioErr(err)
		}
	} else {
		if err := output.ScoreText(env.Stdout, r, l); err != nil {
			return ioErr(err)
		}
	}
	if *failUnder >= 0 && r.Overall < *failUnder {
		fmt.Fprintf(env.Stderr, "dutycheck: overall score %.1f is below %s\n", r.Overall, formatFloat(*failUnder))
		return &exitError{exitInvalid, errSilent}
	}
	return nil
}

func formatFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }
