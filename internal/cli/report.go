package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/report"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
)

var reportCmd = &Command{
	Name:  "report",
	Args:  "-a FILE",
	Short: "write the PDF report for the board",
	Long:  "Writes the PDF report for the board: cover, a one-page board brief, what\napplies to the service and why, the action plan, details per section and an\nappendix, with the answers file attached.\nThe PDF goes beside the answers file unless -o names another place (- for\nstdout). With SOURCE_DATE_EPOCH set the same inputs give the same bytes.\nWith --trend (the answers file's versions in git) or --history FILE… (earlier\nanswers files) the brief also draws the overall score over time with the\ntarget line; without them the report does not read git history.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		out := fs.String("o", "", "output `FILE.pdf` (default: the answers file with .pdf)")
		basePath := fs.String("baseline", "", "an earlier answers `FILE` to compare with")
		allowed := fs.String("allowed-signers", "", "allowed-signers `FILE` that judges the sign-offs (default: git's gpg.ssh.allowedSignersFile)")
		withTrend := fs.Bool("trend", false, "draw the overall score over time with the target line, from the answers file's git history")
		var history []string
		fs.Func("history", "with the overall score over time, from earlier answers `FILE`s (the flag may be given again, or followed by more files)", func(s string) error {
			history = append(history, s)
			return nil
		})
		return func(env *Env, args []string) error {
			rest, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if len(history) > 0 && *af.apath != "" {
				history, rest = append(history, rest...), nil
			}
			if err := af.settle(rest); err != nil {
				return err
			}
			if *withTrend && len(history) > 0 {
				return usageErr("cli.report.trendhistory")
			}
			qspec, apath := af.qspec, af.apath
			// The fonts load, and git is asked where the files stand,
			// while the files are read and parsed.
			report.Prewarm()
			qfile, afile := *qspec, *apath
			prov := inBackground(func() []string { return provenance(qfile, afile) })
			defer prov() // git has ended when the command returns, whatever it returns
			limitReportMemory(env)
			// The answers file is read once: the bytes attached to the PDF
			// (and whose digest it prints) are the bytes scored.
			as, err := af.read(env)
			if err != nil {
				return err
			}
			markStaleEvidence(env, *apath, as.f)
			in, err := reportInput(env, as.q, as.f, as.data, *apath, as.lang, prov())
			if err != nil {
				return err
			}
			if in.SignOff, err = reportSignOff(*qspec, *apath, &as.qf, as.data, *allowed); err != nil {
				return err
			}
			if *basePath != "" {
				if in.Baseline, err = loadBaseline(env, as.q, *basePath); err != nil {
					return err
				}
			}
			if *withTrend || len(history) > 0 {
				if in.Trend, err = reportTrend(env, &as, *qspec, *apath, history, as.lang, *withTrend); err != nil {
					return err
				}
			}
			dest := *out
			if dest == "" {
				dest = pdfPath(*apath)
			}
			if dest == "-" {
				if err := report.Write(env.Stdout, in); err != nil {
					return ioErr(err)
				}
				return nil
			}
			if err := savePDF(dest, *apath, in); err != nil {
				return err
			}
			fmt.Fprintln(env.Stdout, env.printer().T("cli.wrote", inert.Line(dest)))
			return nil
		}
	},
}

// writeReport writes the report of an assessment beside its answers file
// (assessment.yaml → assessment.pdf) and returns the PDF's path. The
// walk-through's end screen calls it; f is what it has just saved to
// apath. The attachment is the file as saved, so that its digest matches
// the file on disk; should it be unreadable, the canonical encoding of f
// is attached instead.
func writeReport(env *Env, q *questionnaire.Questionnaire, f *answers.File, qspec, apath, lang string) (string, error) {
	data, err := readFile(apath)
	if err != nil {
		data = answers.Encode(f, q)
	}
	in, err := reportInput(env, q, f, data, apath, lang, provenance(apath))
	if err != nil {
		return "", err
	}
	if in.SignOff, err = reportSignOff(qspec, apath, nil, data, ""); err != nil {
		return "", err
	}
	dest := pdfPath(apath)
	if err := savePDF(dest, apath, in); err != nil {
		return "", err
	}
	return dest, nil
}

// reportInput gathers what a report is made from, the date included, and
// prov, where in git the questionnaire (when it is a file) and the answers
// stand (provenance), so an auditor can find the exact versions.
func reportInput(env *Env, q *questionnaire.Questionnaire, f *answers.File, data []byte, apath, lang string, prov []string) (report.Input, error) {
	date, err := sourceDate(env)
	if err != nil {
		return report.Input{}, err
	}
	return report.Input{
		Questionnaire: q,
		Answers:       f,
		Result:        scoring.Score(q, f),
		Lang:          lang,
		AnswersData:   data,
		AnswersName:   filepath.Base(apath),
		Date:          date,
		Generator:     "dutycheck " + Version,
		Provenance:    prov,
	}, nil
}

// reportTrend is the trend the report's chart draws: the answers file's
// git history, or the history files with the answers file as the newest.
// What limits the history is said on stderr, as `trend` says it.
func reportTrend(env *Env, as *assessment, qspec, apath string, history []string, lang string, fromGit bool) (*trend.Trend, error) {
	var t *trend.Trend
	var err error
	if fromGit {
		t, _, err = loadTrend(env, qspec, apath, nil, lang, as)
	} else {
		t, _, err = loadTrend(env, qspec, "", append(slices.Clone(history), apath), lang, as)
	}
	if err != nil {
		return nil, err
	}
	for _, n := range t.Notes {
		fmt.Fprintln(env.Stderr, "dutycheck: report: "+n)
	}
	return t, nil
}

// loadBaseline reads an earlier assessment of the same questionnaire and
// scores it against the questionnaire of this one, so that sections are
// compared by the same rules.
func loadBaseline(env *Env, q *questionnaire.Questionnaire, path string) (*scoring.Result, error) {
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	src := answers.Parse(path, data)
	ref, err := src.Ref()
	if err != nil {
		return nil, err
	}
	if ref.ID != q.ID {
		return nil, invalid(sayAt(path, "cli.baseline.other", ref.ID, q.ID))
	}
	bf, err := src.Decode(q, answers.DecodeOptions{Today: env.Now()})
	if err != nil {
		return nil, err
	}
	migrate(env, path, q, bf)
	if !bf.DateSet {
		bf.Date = today(env)
	}
	return scoring.Score(q, bf), nil
}

// sourceDate is the date written into the PDF's metadata: SOURCE_DATE_EPOCH
// when set (reproducible builds), else now.
func sourceDate(env *Env) (time.Time, error) {
	s := strings.TrimSpace(env.Getenv("SOURCE_DATE_EPOCH"))
	if s == "" {
		return env.Now().UTC(), nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || n > 253402300799 {
		return time.Time{}, usageErr("cli.epoch", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

// pdfPath is the answers file's path with .pdf in place of its extension.
func pdfPath(apath string) string {
	return strings.TrimSuffix(apath, filepath.Ext(apath)) + ".pdf"
}

// savePDF renders the report in memory and then writes it atomically, so
// a failed run never leaves half a PDF, and never over the answers file.
func savePDF(dest, apath string, in report.Input) error {
	if sameTarget(dest, apath) {
		return usageErr("cli.report.same", dest)
	}
	data, err := report.Render(in)
	if err != nil {
		return err
	}
	if err := atomicfile.Write(dest, data, 0o600); err != nil {
		return saveErr(dest, err)
	}
	return nil
}

// sameTarget reports whether writing to a would write to b: the same path, or
// paths (or symbolic links) that lead to the same file.
func sameTarget(a, b string) bool {
	ta, err1 := atomicfile.Target(a)
	tb, err2 := atomicfile.Target(b)
	if err1 != nil || err2 != nil {
		return false
	}
	if fa, err := os.Stat(ta); err == nil {
		if fb, err := os.Stat(tb); err == nil {
			return os.SameFile(fa, fb)
		}
	}
	aa, err1 := filepath.Abs(ta)
	bb, err2 := filepath.Abs(tb)
	return err1 == nil && err2 == nil && aa == bb
}
