package cli

import (
	"errors"
	"flag"
	"strings"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// parseFlags parses flags that may come before, between or after the
// positional arguments (`dutycheck diff old.yaml new.yaml -q x`), which
// the standard flag package alone does not allow. A mistake is one line
// that names the flag, suggests the nearest one, and says where help is;
// the help itself is printed only when asked for (-h).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	help := fs.Usage
	// The flag package calls Usage on every error; only -h shows help.
	fs.Usage = func() {}
	defer func() { fs.Usage = help }()
	if fs.Lookup("lang") == nil && asksHelp(args) {
		// help is said in the language of the line (peekLang), also
		// for a command that has no --lang of its own
		args = withoutLang(args)
	}
	if err := checkFlags(fs, args); err != nil {
		return nil, err
	}
	var pos []string
	for {
		if err := parseWatched(fs, args); err != nil {
			if err == flag.ErrHelp {
				help()
				return nil, err
			}
			var ee *exitError
			if errors.As(err, &ee) {
				return nil, err
			}
			return nil, usageErr("cli.flag.bad", fs.Name(), err.Error(), fs.Name())
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

// asksHelp reports whether args ask for help (-h, --help) before any "--".
func asksHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// checkFlags finds a flag the command does not have, or one that lacks
// its value, before the flag package does, so that the error names it in
// the command's own spelling (--lang, -a) with the nearest known flag.
func checkFlags(fs *flag.FlagSet, args []string) error {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return nil
		}
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		name, _, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "h" || name == "help" {
			continue
		}
		f := fs.Lookup(name)
		if f == nil {
			var known []string
			fs.VisitAll(func(f *flag.Flag) { known = append(known, f.Name) })
			if near := yamlsrc.Nearest(name, known); near != "" && len(name) > 1 {
				return usageErr("cli.flag.unknown.near", fs.Name(), inert.Line(a), dash(near)+near, fs.Name())
			}
			return usageErr("cli.flag.unknown", fs.Name(), inert.Line(a), fs.Name())
		}
		if b, ok := f.Value.(interface{ IsBoolFlag() bool }); hasValue || ok && b.IsBoolFlag() {
			continue
		}
		if i+1 == len(args) {
			return usageErr("cli.flag.value", fs.Name(), dash(name)+name, fs.Name())
		}
		i++ // its value, which may start with a dash
	}
	return nil
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
		return f, &exitError{exitUsage, say("cli.cmd.error", cmd, err)}
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
		if near := nearSubcommand(a.cmd, rest[0]); near != "" {
			return usageErr("cli.arg.subcommand", a.cmd, inert.Line(rest[0]), near, near)
		}
		return usageErr("cli.arg.unexpected", a.cmd, inert.Line(rest[0]), a.cmd)
	case *a.apath == "":
		return usageErr("cli.need.answers", a.cmd)
	}
	return nil
}

// load reads the assessment -q and -a name and settles --lang for its
// questionnaire: what score, plan and export do once their flags are
// parsed.
func (a assessmentFlags) load(env *Env) (*questionnaire.Questionnaire, *answers.File, string, error) {
	as, err := a.read(env)
	return as.q, as.f, as.lang, err
}

// assessment is one assessment as a command read it: the answers file's
// bytes, read once, so that what is decoded is what is scored, digested
// and attached; its questionnaire, the answers and the language.
type assessment struct {
	data []byte
	q    *questionnaire.Questionnaire
	qf   questionnaireFile
	f    *answers.File
	lang string
}

// read reads and decodes the assessment -q, -a and --lang name.
func (a assessmentFlags) read(env *Env) (assessment, error) {
	data, err := readFile(*a.apath)
	if err != nil {
		return assessment{}, err
	}
	qf, f, err := decodeAssessmentFile(env, *a.qspec, *a.apath, data, false)
	if err != nil {
		return assessment{}, err
	}
	q := qf.q
	lang, err := a.language(q)
	if err != nil {
		return assessment{}, err
	}
	*a.warnings = warnDigest(env, *a.apath, q, f, lang)
	return assessment{data: data, q: q, qf: qf, f: f, lang: lang}, nil
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
		return "", usageErr("cli.lang", cmd, err.Error())
	}
	return l, nil
}
