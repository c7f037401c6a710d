package cli

import (
	"flag"
	"fmt"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/evidence"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

var validateCmd = &Command{
	Name:  "validate",
	Args:  "FILE…",
	Short: "check questionnaires and answers files",
	Long:  "Checks questionnaires and answers files (told apart by their format field)\nand prints \"FILE: ok\" for each valid one, or every problem as\nFILE:LINE:COL: MESSAGE. Answers are checked against -q, or else against the\nbuilt-in questionnaire they name; the files they give as evidence are\nre-hashed, and each missing or changed one is reported at its line.\nExit 1 when any file is invalid.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		qspec := fs.String("q", "", "questionnaire `FILE|ID` to check answers files against")
		return func(env *Env, args []string) error {
			files, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if len(files) == 0 {
				return usageErr("validate: name at least one file; see 'dutycheck validate --help'")
			}
			worst := exitOK
			for _, path := range files {
				err := validateFile(env, path, *qspec)
				if err == nil {
					fmt.Fprintf(env.Stdout, "%s: ok\n", path)
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
	if !answers.IsAnswers(data) {
		_, err := questionnaire.Parse(path, data)
		return err
	}
	_, f, err := loadAssessment(env, qspec, path)
	if err != nil {
		return err
	}
	return verifyEvidence(path, f)
}

// verifyEvidence re-hashes the files an answers file gives as evidence
// and reports each missing, changed or refused one at its line (SPEC
// section 3, 1.1), as an invalid file: exit 1.
func verifyEvidence(path string, f *answers.File) error {
	problems := evidence.Verify(path, f)
	if len(problems) == 0 {
		return nil
	}
	el := &yamlsrc.ErrorList{Path: path}
	for _, p := range problems {
		el.Add(p.Pos, "%s", p.Msg)
	}
	return el.Err()
}
