package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// exporters maps each --format to its encoder.
var exporters = map[string]func(export.Input) ([]byte, error){
	"json":     export.JSON,
	"csv":      export.CSV,
	"markdown": export.Markdown,
	"oscal":    export.OSCAL,
}

func cmdExport(env *Env, args []string) error {
	fs := newFlags(env, "export", "[-q FILE|ID] -a FILE --format json|csv|markdown|oscal [-o FILE] [--lang L]",
		"Exports an assessment for other tools, to stdout or to -o FILE:\n"+
			"  json      everything 'score --format json' prints, plus every question\n"+
			"            with its answer and note, and the files' digests and git state\n"+
			"  csv       one row per question, for spreadsheets (UTF-8 with BOM)\n"+
			"  markdown  a summary and tables for review in a pull request\n"+
			"  oscal     NIST OSCAL 1.1.3 assessment results for GRC tools\n"+
			"Without --format the extension of -o decides (.csv, .md, .json), else json.\n"+
			"With SOURCE_DATE_EPOCH set, OSCAL's timestamp is that time; otherwise the\n"+
			"assessment date, so the same files always give the same bytes.")
	af := addAssessmentFlags(fs)
	format := fs.String("format", "", "output format, `json|csv|markdown|oscal`")
	out := fs.String("o", "", "output `FILE` (default: stdout)")
	if err := af.parse(fs, args); err != nil {
		return err
	}
	qspec, apath := af.qspec, af.apath
	if *format == "" {
		*format = formatFromName(*out)
	}
	encode, ok := exporters[*format]
	switch {
	case !ok:
		return usageErr("export: --format is json, csv, markdown or oscal, not %q", *format)
	case *out != "" && *out != "-" && (same(*out, *apath) || same(*out, *qspec)):
		return usageErr("export: the output %s is an input file; name another with -o", *out)
	}
	q, f, err := loadAssessment(env, *qspec, *apath)
	if err != nil {
		return err
	}
	lang, err := af.language(q)
	if err != nil {
		return err
	}
	in, err := exportInput(env, q, f, *qspec, *apath, lang)
	if err != nil {
		return err
	}
	data, err := encode(in)
	if err != nil {
		return err
	}
	if *format == "json" || *format == "oscal" {
		// encoding/json passes C1 and bidirectional controls raw;
		// escaped, they decode the same and cannot act on a terminal.
		data = inert.JSON(data)
	}
	if *out == "" || *out == "-" {
		if _, err := env.Stdout.Write(data); err != nil {
			return ioErr(err)
		}
		return nil
	}
	// An export names an organization's weak spots: it is written like the
	// answers file, atomically and readable by its owner only.
	if err := atomicfile.Write(*out, data, 0o600); err != nil {
		return ioErr(err)
	}
	return nil
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
func exportInput(env *Env, q *questionnaire.Questionnaire, f *answers.File, qspec, apath, lang string) (export.Input, error) {
	stamp, err := exportTime(env)
	if err != nil {
		return export.Input{}, err
	}
	data, err := readFile(apath)
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
