package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
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
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(r.Summarize(l)); err != nil {
			return ioErr(err)
		}
	} else {
		writeScoreText(env.Stdout, r, l)
	}
	if *failUnder >= 0 && !r.Finite() {
		// NaN compares false with every threshold: without this check a
		// score that is no number would pass any gate (SPEC section 5).
		fmt.Fprintf(env.Stderr, "dutycheck: overall score is not a finite number, so it cannot pass --fail-under\n")
		return &exitError{exitInvalid, errSilent}
	}
	if *failUnder >= 0 && r.Overall < *failUnder {
		fmt.Fprintf(env.Stderr, "dutycheck: overall score %.1f is below %s\n", r.Overall, formatFloat(*failUnder))
		return &exitError{exitInvalid, errSilent}
	}
	return nil
}

// pickLang returns lang when the questionnaire has it, else its default.
func pickLang(q *questionnaire.Questionnaire, lang string) string {
	if lang != "" && q.HasLang(lang) {
		return lang
	}
	return q.DefaultLang()
}

func formatFloat(f float64) string { return strings.TrimSuffix(fmt.Sprintf("%.1f", f), ".0") }

// writeScoreText prints a summary a person reads in a terminal or a CI log.
func writeScoreText(w io.Writer, r *scoring.Result, lang string) {
	q, f := r.Questionnaire, r.Answers
	inert := func(s string) string { return questionnaire.Inert(s, false) }
	head := fmt.Sprintf("%s %s", inert(q.Title.In(lang)), q.Version)
	if f.Organization != "" {
		head += " · " + inert(f.Organization)
	}
	fmt.Fprintf(w, "%s · %s\n\n", head, f.Date.Format(questionnaire.DateLayout))
	fmt.Fprintf(w, "Overall   %.1f / 100 · %s\n", r.Overall, r.RatingLabel(lang))
	if r.Capped {
		fmt.Fprintf(w, "          capped by %s; the score alone would be %s\n", plural(r.CriticalGaps, "critical gap"), r.BandLabel(lang))
	}
	fmt.Fprintf(w, "Completion %.0f%% (%d of %d applicable questions answered)\n\n", 100*r.Completion, r.Answered, r.Applicable)
	width := 0
	for _, sr := range r.Sections {
		width = max(width, len([]rune(inert(sr.Section.Title.In(lang)))))
	}
	width = min(width, 40)
	for _, sr := range r.Sections {
		title := clipRunes(inert(sr.Section.Title.In(lang)), width)
		pad := strings.Repeat(" ", width-len([]rune(title)))
		switch {
		case !sr.Applies:
			fmt.Fprintf(w, "  %s%s   does not apply\n", title, pad)
		case !sr.Scored:
			fmt.Fprintf(w, "  %s%s   not scored\n", title, pad)
		default:
			line := fmt.Sprintf("  %s%s  %5.1f  %s", title, pad, sr.Score, bar(sr.Score, 20))
			if sr.CriticalGaps > 0 {
				line += "  " + plural(sr.CriticalGaps, "critical gap")
			}
			fmt.Fprintln(w, line)
		}
	}
	if len(r.Gaps) > 0 {
		fmt.Fprintf(w, "\nGaps (%d, %s), largest first:\n", len(r.Gaps), plural(r.CriticalGaps, "critical"))
		for i, g := range r.Gaps {
			if i == 10 {
				fmt.Fprintf(w, "  … and %d more: see 'dutycheck report' or 'dutycheck export'\n", len(r.Gaps)-10)
				break
			}
			mark := " "
			if g.Critical {
				mark = "!"
			}
			fmt.Fprintf(w, "  %s %-5s %s\n", mark, fmt.Sprintf("−%.1f", g.PointsLost), clipRunes(inert(g.Question.Text.In(lang)), 90))
		}
		if r.CriticalGaps > 0 {
			fmt.Fprintln(w, "  (! marks a critical gap)")
		}
	}
	if n := len(r.Unanswered); n > 0 {
		fmt.Fprintf(w, "\n%s unanswered (each scores 0).\n", plural(n, "question"))
	}
	if n := len(r.Orphans); n > 0 {
		fmt.Fprintf(w, "%s for questions the questionnaire no longer has (kept in the file): %s\n", plural(n, "answer"), strings.Join(r.Orphans, ", "))
	}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if noun == "critical" {
		return fmt.Sprintf("%d critical", n)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func bar(score float64, width int) string {
	full := int(score/100*float64(width) + 0.5)
	full = max(0, min(width, full))
	return strings.Repeat("█", full) + strings.Repeat("░", width-full)
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
