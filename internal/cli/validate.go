package cli

import (
	"errors"
	"flag"
	"fmt"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
	"github.com/dutycheck/dutycheck/internal/measure"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

var validateCmd = &Command{
	Name:  "validate",
	Args:  "FILE…",
	Short: "check questionnaires and answers files",
	Long: "Checks questionnaires, answers files, measure map files and signoffs files\n" +
		"(told apart by their format field; verify checks the signatures) and prints\n" +
		"\"FILE: ok\" for each valid one, or every problem as FILE:LINE:COL: MESSAGE.\n" +
		"Answers are checked against -q, or else against the built-in questionnaire\n" +
		"they name; the files they give as evidence are re-hashed, also when the file\n" +
		"has other problems, and each missing, changed or refused one is reported at\n" +
		"its line.\nExit 1 when any file is invalid.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		qspec := fs.String("q", "", "questionnaire `FILE|ID` to check answers files against")
		lang := addLangFlag(fs)
		return func(env *Env, args []string) error {
			files, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			// the language of the lines, the files' problems included
			if _, err := chooseLang("validate", *lang, nil); err != nil {
				return err
			}
			if len(files) == 0 {
				return usageErr("cli.validate.none")
			}
			worst := exitOK
			for _, path := range files {
				err := validateFile(env, path, *qspec)
				if err == nil {
					fmt.Fprintln(env.Stdout, sayAt(path, "cli.ok").in(env.printer()))
					continue
				}
				code := finish(env, err)
				if code > worst {
					worst = code
				}
			}
			if worst != exitOK {
				return &exitError{worst, errSilent}
			}
			return nil
		}
	},
}

func validateFile(env *Env, path, qspec string) error {
	data, err := readFile(path)
	if err != nil {
		return err
	}
	if measure.IsMap(data) {
		_, err := measure.ParseMap(path, data)
		return err
	}
	if yamlsrc.HasFormat(data, "dutycheck-signoffs/") {
		_, err := signoff.Parse(path, data)
		return err
	}
	src := answers.ParseIfAnswers(path, data)
	if src == nil {
		_, err := questionnaire.Parse(path, data)
		return err
	}
	q, err := assessmentQuestionnaire(qspec, path, src)
	if err != nil {
		return err
	}
	// The file as far as it reads, with its problems: the evidence files
	// it names are re-hashed even when something else in it is broken,
	// so that every problem is reported at its line in one run.
	f, err := src.DecodeAll(q, answers.DecodeOptions{Today: env.Now()})
	el := &yamlsrc.ErrorList{Path: path}
	if err != nil {
		var list *yamlsrc.ErrorList
		if !errors.As(err, &list) {
			return err
		}
		el.Problems = append(el.Problems, list.Problems...)
	} else {
		migrate(env, path, q, f)
		if lang, err := chooseLang("validate", "", q); err == nil {
			warnDigest(env, path, q, f, lang)
		}
	}
	if f != nil {
		verifyEvidence(el, path, f)
		noteUncheckedSources(env, path, q, f)
	}
	return el.Err()
}

// verifyEvidence re-hashes the files an answers file gives as evidence
// and adds each missing, changed or refused one at its line
// (docs/answers-format.md) to el: the file is invalid, exit 1.
func verifyEvidence(el *yamlsrc.ErrorList, path string, f *answers.File) {
	for _, p := range evidence.Verify(path, f) {
		el.Add(p.Pos, p.Format, p.Args...)
	}
}
