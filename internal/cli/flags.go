package cli

import (
	"flag"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// parseFlags parses flags that may come before, between or after the
// positional arguments (`dutycheck diff old.yaml new.yaml -q x`), which
// the standard flag package alone does not allow.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, err // fs.Usage has printed the help
			}
			return nil, usageErr("%s: %v; see 'dutycheck %s --help'", fs.Name(), strings.TrimPrefix(err.Error(), "flag provided but not defined: "), fs.Name())
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// addLangFlag defines --lang the same way in every command that has it;
// chooseLang applies it.
func addLangFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "language `L` of the output, e.g. en or sv (default: the questionnaire's first)")
}

// addFormatFlag defines --format from the command's row of the output
// table, so that help and the check list the same formats; def says what
// the default is.
func addFormatFlag(fs *flag.FlagSet, def string) *string {
	return fs.String("format", "", "output format: `"+Names(fs.Name())+"` (default "+def+")")
}

// outputFormat checks --format against the command's row of the output
// table; an unknown format exits 2.
func outputFormat(cmd, name string) (Format, error) {
	f, err := Lookup(cmd, name)
	if err != nil {
		return f, usageErr("%s: %v", cmd, err)
	}
	return f, nil
}

// assessmentFlags are the -q, -a and --lang flags that score, report and
// export share, with one wording and one set of checks.
type assessmentFlags struct {
	cmd                string
	qspec, apath, lang *string
	// warnings are what load said on stderr about the assessment (see
	// digestWarnings), for the JSON outputs to carry as well.
	warnings *[]string
}

func addAssessmentFlags(fs *flag.FlagSet) assessmentFlags {
	return assessmentFlags{
		cmd:   fs.Name(),
		qspec: fs.String("q", "", "questionnaire `FILE|ID` (default: the one the answers name)"),
		apath: fs.String("a", "", "answers `FILE`"),
		lang:  addLangFlag(fs),

		warnings: new([]string),
	}
}

// parse parses the command's flags and settles -a, so each command that
// reads one assessment starts the same way.
func (a assessmentFlags) parse(fs *flag.FlagSet, args []string) error {
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	return a.settle(rest)
}

// settle takes the answers file from -a or, failing that, from the only
// positional argument, and refuses anything else left over.
func (a assessmentFlags) settle(rest []string) error {
	if *a.apath == "" && len(rest) == 1 {
		*a.apath, rest = rest[0], nil
	}
	switch {
	case len(rest) > 0:
		return usageErr("%s: unexpected argument %q; see 'dutycheck %s --help'", a.cmd, rest[0], a.cmd)
	case *a.apath == "":
		return usageErr("%s: name the answers file with -a FILE", a.cmd)
	}
	return nil
}

// load reads the assessment -q and -a name and settles --lang for its
// questionnaire: what score, plan and export do once their flags are
// parsed.
func (a assessmentFlags) load(env *Env) (*questionnaire.Questionnaire, *answers.File, string, error) {
	q, f, err := loadAssessment(env, *a.qspec, *a.apath)
	if err != nil {
		return nil, nil, "", err
	}
	lang, err := a.language(q)
	if err != nil {
		return nil, nil, "", err
	}
	*a.warnings = warnDigest(env, *a.apath, q, f, lang)
	return q, f, lang, nil
}

// language settles --lang for the questionnaire by the one rule every
// command follows (chooseLang).
func (a assessmentFlags) language(q *questionnaire.Questionnaire) (string, error) {
	return chooseLang(a.cmd, *a.lang, q)
}

// chooseLang is the one rule for --lang, the same in every command
// (l10n.Choose): a language the program speaks or the questionnaire has is
// used, the questionnaire's texts falling back to its default language
// where they lack it; any other is refused with exit 2 and one line.
func chooseLang(cmd, flag string, q *questionnaire.Questionnaire) (string, error) {
	var offered []string
	if q != nil {
		offered = q.Languages
	}
	l, err := l10n.Choose(flag, offered)
	if err != nil {
		return "", usageErr("%s: --lang: %v", cmd, err)
	}
	return l, nil
}
