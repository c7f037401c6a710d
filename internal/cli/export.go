package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/questionnaires"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

var exportCmd = &Command{
	Name:  "export",
	Args:  "-a FILE",
	Short: "export an assessment for other tools",
	Long: "Exports an assessment for other tools, to stdout or to -o FILE (formats below).\n" +
		"Without --format the extension of -o decides (.csv, .md, .json).\n" +
		"With SOURCE_DATE_EPOCH set, OSCAL's timestamp is that time; otherwise the\n" +
		"assessment date, so the same files always give the same bytes.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		af := addAssessmentFlags(fs)
		format := addFormatFlag(fs, "from the extension of -o, else json")
		out := fs.String("o", "", "output `FILE` (default: stdout)")
		excel := fs.Bool("excel", false, "with csv, start with a byte order mark so that Excel reads the UTF-8")
		return func(env *Env, args []string) error {
			if err := af.parse(fs, args); err != nil {
				return err
			}
			qspec, apath := af.qspec, af.apath
			if *format == "" {
				*format = formatFromName(*out)
			}
			encode, err := outputFormat("export", *format)
			if err != nil {
				return err
			}
			if *out != "" && *out != "-" && (sameTarget(*out, *apath) || sameTarget(*out, *qspec)) {
				return usageErr("cli.export.same", *out)
			}
			// Read once: the digest is of the bytes decoded.
			as, err := af.read(env)
			if err != nil {
				return err
			}
			markStaleEvidence(env, *apath, as.f)
			lang := as.lang
			in, err := exportInput(env, as.q, as.f, *qspec, *apath, as.data, lang)
			if err != nil {
				return err
			}
			in.Excel = *excel
			// the Markdown says the sign-off state as score does
			st, _, err := scoreSignoffs(as, *qspec, *apath)
			if err != nil {
				return err
			}
			in.SignOff = &st
			var buf bytes.Buffer
			if err := encode.Out(&buf, Result{Assessment: in, Lang: lang, Warnings: *af.warnings}); err != nil {
				return err
			}
			data := buf.Bytes()
			if *out == "" || *out == "-" {
				if _, err := env.Stdout.Write(data); err != nil {
					return ioErr(err)
				}
				return nil
			}
			// An export names an organization's weak spots: it is written like the
			// answers file, atomically and readable by its owner only.
			if err := atomicfile.Write(*out, data, 0o600); err != nil {
				return saveErr(*out, err)
			}
			return nil
		}
	},
}

// formatFromName guesses the format from an output file's extension.
func formatFromName(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return "csv"
	case ".md", ".markdown":
		return "markdown"
	}
	return "json"
}

// exportInput gathers what an export is made from: the scores, the two
// files with their digests and git state, and the timestamp.
func exportInput(env *Env, q *questionnaire.Questionnaire, f *answers.File, qspec, apath string, data []byte, lang string) (export.Input, error) {
	stamp, err := exportTime(env)
	if err != nil {
		return export.Input{}, err
	}
	sum := sha256.Sum256(data)
	return export.Input{
		Result: scoring.Score(q, f),
		Lang:   lang,
		Sources: []export.Source{
			questionnaireSource(q, qspec),
			{Role: export.RoleAnswers, Path: apath, SHA256: hex.EncodeToString(sum[:]), Git: gitState(apath)},
		},
		Time:      stamp,
		Generator: "dutycheck " + Version,
	}, nil
}

// questionnaireSource describes the questionnaire as loadQuestionnaire
// found it: a file when spec names one, else a built-in.
func questionnaireSource(q *questionnaire.Questionnaire, spec string) export.Source {
	s := export.Source{Role: export.RoleQuestionnaire, Path: spec, SHA256: q.SHA256}
	if _, builtIn := questionnaires.Get(spec); builtIn {
		s.Path, s.BuiltIn = q.ID, true
		return s
	}
	if fi, err := os.Stat(spec); spec == "" || err != nil || fi.IsDir() {
		s.Path, s.BuiltIn = q.ID, true
		return s
	}
	s.Git = gitState(spec)
	return s
}

// exportTime is SOURCE_DATE_EPOCH when set, else the zero time, which
// tells the encoders to use the assessment date: an export's bytes depend
// on its inputs only, never on when it ran.
func exportTime(env *Env) (time.Time, error) {
	if strings.TrimSpace(env.Getenv("SOURCE_DATE_EPOCH")) == "" {
		return time.Time{}, nil
	}
	return sourceDate(env)
}
