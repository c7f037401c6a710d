package cli

import (
	"bytes"
	"flag"
	"fmt"
	"slices"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

var trendCmd = &Command{
	Name:  "trend",
	Args:  "-a FILE | FILE…",
	Short: "the assessment over time: every version in git (or the files named), scored alike",
	Long: "Shows how an assessment has moved: every committed version of the answers\n" +
		"file in git, following renames, and the working copy when it differs, oldest\n" +
		"first; or, for files outside git, the files named (ordered by their\n" +
		"assessment dates). Each is scored by the same questionnaire (-q, or the one\n" +
		"today's file names), so that the numbers compare: date, commit, overall score\n" +
		"and rating, must-have duties not met, sections, regimes' readiness, the\n" +
		"targets' states and the figures measured from case exports (value, metric,\n" +
		"cases, period). A file outside a repository, a shallow clone, a rename or a\n" +
		"single version is said plainly on stderr; the exit code is still 0.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		qspec := fs.String("q", "", "questionnaire `FILE|ID` (default: the one the newest answers name)")
		apath := fs.String("a", "", "answers `FILE` whose git history to read")
		lang := addLangFlag(fs)
		format := addFormatFlag(fs, "text")
		return func(env *Env, args []string) error {
			files, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			switch {
			case *apath != "" && len(files) > 0:
				return usageErr("cli.trend.both")
			case *apath == "" && len(files) == 0:
				return usageErr("cli.trend.none")
			}
			out, err := outputFormat("trend", *format)
			if err != nil {
				return err
			}
			t, l, err := loadTrend(env, *qspec, *apath, files, *lang, nil)
			if err != nil {
				return err
			}
			for _, n := range t.Notes {
				fmt.Fprintln(env.Stderr, "dutycheck: trend: "+n)
			}
			if *format != "json" {
				t.Notes = nil // said on stderr; JSON carries them for tools
			}
			var buf bytes.Buffer
			if err := out.Out(&buf, Result{Trend: t, Lang: l}); err != nil {
				return err
			}
			if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
				return ioErr(err)
			}
			return nil
		}
	},
}

// loadTrend reads the versions, from git (apath) or the files named, and
// scores each by one questionnaire: -q, or the one the newest version
// names. The newest must read; an older version that does not (written
// for another questionnaire, or broken then) is left out with a note.
// have is the assessment the command has read already (the report's),
// or nil: when given it is the newest version, its bytes, questionnaire
// and answers used as read instead of being read and parsed again.
func loadTrend(env *Env, qspec, apath string, files []string, langFlag string, have *assessment) (*trend.Trend, string, error) {
	type version struct {
		commit, date, source string
		working              bool
		data                 []byte
	}
	var versions []version
	var notes []note
	var err error
	if apath != "" {
		var now []byte
		if have != nil {
			now = have.data
		} else if now, err = readFile(apath); err != nil {
			return nil, "", err
		}
		hist, n := gitHistory(apath)
		notes = n
		for _, v := range hist {
			versions = append(versions, version{commit: v.Commit, date: v.Date, source: v.Path, data: v.Data})
		}
		if len(hist) == 0 || !bytes.Equal(hist[len(hist)-1].Data, now) {
			versions = append(versions, version{source: apath, working: len(hist) > 0, data: now})
		}
	} else {
		for i, f := range files {
			if have != nil && i == len(files)-1 {
				versions = append(versions, version{source: f, data: have.data})
				break
			}
			data, err := readFile(f)
			if err != nil {
				return nil, "", err
			}
			versions = append(versions, version{source: f, data: data})
		}
	}
	newest := versions[len(versions)-1] // the working copy, or the last file named
	var q *questionnaire.Questionnaire
	if have != nil {
		q = have.q
	} else if q, err = assessmentQuestionnaire(qspec, newest.source, answers.Parse(newest.source, newest.data)); err != nil {
		return nil, "", err
	}
	lang, err := chooseLang("trend", langFlag, q)
	if err != nil {
		return nil, "", err
	}
	p := l10n.For(lang)
	t := &trend.Trend{Questionnaire: q}
	for i, v := range versions {
		var r *scoring.Result
		if have != nil && i == len(versions)-1 {
			r = scoring.Score(q, have.f) // read by the same rules as scoreVersion's
		} else {
			r, err = scoreVersion(env, q, v.source, v.data)
		}
		if err != nil {
			if apath == "" || i == len(versions)-1 {
				return nil, "", err // a file named, or today's: its problem is the user's to fix
			}
			notes = append(notes, note{"trend.note.skipped", []any{v.commit[:min(7, len(v.commit))], firstErrLine(lang, err)}})
			continue
		}
		t.Points = append(t.Points, trend.Point{Commit: v.commit, CommitDate: v.date, Source: v.source, WorkingCopy: v.working, Result: r})
	}
	if apath == "" {
		slices.SortStableFunc(t.Points, func(a, b trend.Point) int { return a.Result.Answers.Date.Compare(b.Result.Answers.Date) })
	}
	if len(t.Points) == 1 {
		notes = append(notes, note{key: "trend.note.one"})
	}
	for _, n := range notes {
		t.Notes = append(t.Notes, p.T(n.key, n.args...))
	}
	return t, lang, nil
}

// scoreVersion reads one version against q exactly as `score` reads a
// file (answers carried from replaced ids included; a file without a
// date is dated today), without a word on stderr, and scores it, so that
// each point gives the numbers `score` gives for that version.
func scoreVersion(env *Env, q *questionnaire.Questionnaire, source string, data []byte) (*scoring.Result, error) {
	f, err := answers.DecodeWith(source, data, q, answers.DecodeOptions{Today: env.Now()})
	if err != nil {
		return nil, err
	}
	f.Migrate(q)
	if !f.DateSet {
		f.Date = today(env)
	}
	return scoring.Score(q, f), nil
}

// firstErrLine is an error's first line, for a note, a file's problem
// said in lang.
func firstErrLine(lang string, err error) string {
	msg := err.Error()
	if el, ok := err.(*yamlsrc.ErrorList); ok && len(el.Problems) > 0 {
		el = problemsIn(lang, el)
		msg = el.Line(el.Problems[0])
	}
	if i := bytes.IndexByte([]byte(msg), '\n'); i >= 0 {
		msg = msg[:i]
	}
	return msg
}
