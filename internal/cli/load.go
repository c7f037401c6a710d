package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync/atomic"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// readFile reads an input file, refusing one over the size limit before
// reading it whole.
func readFile(path string) ([]byte, error) { return readFileLimit(path, yamlsrc.MaxFileSize) }

// readFileLimit is readFile with another size limit (a questionnaire's).
func readFileLimit(path string, limit int) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, ioErr(sayAt(path, "cli.error", unwrapPathError(err)))
	}
	if fi.IsDir() {
		return nil, ioErr(sayAt(path, "cli.folder"))
	}
	// A named pipe would block the command for ever, and a device such as
	// /dev/zero would be read until memory runs out: questionnaires and
	// answers are files.
	if !fi.Mode().IsRegular() {
		return nil, ioErr(sayAt(path, "cli.notregular"))
	}
	if fi.Size() > int64(limit) {
		return nil, invalid(sayAt(path, "cli.toobig", fi.Size(), yamlsrc.SizeName(limit)))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, ioErr(sayAt(path, "cli.error", unwrapPathError(err)))
	}
	defer f.Close()
	// Read at most one byte past the limit: the file may have grown, or
	// been swapped, since it was looked at.
	data, err := io.ReadAll(io.LimitReader(f, int64(limit)+1))
	if err != nil {
		return nil, ioErr(sayAt(path, "cli.error", unwrapPathError(err)))
	}
	if len(data) > limit {
		return nil, invalid(sayAt(path, "cli.toobig.grown", yamlsrc.SizeName(limit)))
	}
	return data, nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadQuestionnaire reads the questionnaire -q names: the id of a
// built-in one, or a file path; "" means the default built-in. A file in
// the working folder that bears a built-in's id never stands in for it
// unnoticed (a planted csea-quick would otherwise score every assessment,
// and pass every CI gate): -q with such a name is refused as ambiguous,
// and ./NAME names the file.
func loadQuestionnaire(spec string) (*questionnaire.Questionnaire, error) {
	name, data, err := readQuestionnaire(spec)
	if err != nil {
		return nil, err
	}
	return questionnaire.Parse(name, data)
}

// readQuestionnaire reads the bytes of the questionnaire -q names, by
// loadQuestionnaire's rules, and the name its problems are reported
// under. A sign-off's digest is taken over these bytes.
func readQuestionnaire(spec string) (string, []byte, error) {
	if spec == "" {
		return builtInSource(questionnaires.DefaultID)
	}
	if _, ok := questionnaires.Get(spec); ok {
		// A folder of that name (one holding the quick checks' answers)
		// is no questionnaire and no ambiguity.
		if fi, err := os.Stat(spec); err == nil && fi.Mode().IsRegular() {
			return "", nil, usageErr("cli.q.ambiguous", inert.Line(spec), inert.Line(spec))
		}
		return builtInSource(spec)
	}
	if _, err := os.Stat(spec); errors.Is(err, fs.ErrNotExist) {
		if near := nearBuiltin(spec); near != "" {
			return "", nil, usageErr("cli.noq.near", inert.Line(spec), near)
		}
		return "", nil, usageErr("cli.noq", inert.Line(spec))
	}
	data, err := readFileLimit(spec, yamlsrc.MaxQuestionnaireSize)
	if err != nil {
		return "", nil, err
	}
	return spec, data, nil
}

// builtInSource is the embedded file of the built-in questionnaire with
// that id and the name its problems are reported under.
func builtInSource(id string) (string, []byte, error) {
	b, ok := questionnaires.Get(id)
	if !ok {
		return "", nil, usageErr("cli.nobuiltin", inert.Line(id))
	}
	return b.Name + " (built in)", b.Data, nil
}

// loadAssessment reads an answers file and its questionnaire. Without -q
// the questionnaire the answers name is used when it is built in. An answers
// file without a date is dated today.
func loadAssessment(env *Env, qspec, apath string) (*questionnaire.Questionnaire, *answers.File, error) {
	data, err := readFile(apath)
	if err != nil {
		return nil, nil, err
	}
	return decodeAssessment(env, qspec, apath, data, false)
}

// decodeAssessment is loadAssessment on bytes already read, for a caller
// that must know exactly which bytes it decoded (the walk-through saves
// only over those).
// With resuming, a choice the questionnaire no longer offers is kept for
// the walk to ask again (answers.DecodeOptions.Resuming).
func decodeAssessment(env *Env, qspec, apath string, data []byte, resuming bool) (*questionnaire.Questionnaire, *answers.File, error) {
	qf, f, err := decodeAssessmentFile(env, qspec, apath, data, resuming)
	return qf.q, f, err
}

// decodeAssessmentFile is decodeAssessment that also returns the
// questionnaire's bytes, for a command that digests them (sign-offs) and
// must not read and parse the questionnaire a second time for that.
func decodeAssessmentFile(env *Env, qspec, apath string, data []byte, resuming bool) (questionnaireFile, *answers.File, error) {
	var src *answers.Source
	var qf questionnaireFile
	var err error
	if qspec != "" {
		// -q names the questionnaire, so the two files do not depend on
		// each other until the answers are decoded against it: the
		// answers are parsed while the questionnaire is.
		parsed := inBackground(func() *answers.Source { return answers.Parse(apath, data) })
		qf, err = assessmentQuestionnaireFile(qspec, apath, nil)
		src = parsed()
	} else {
		src = answers.Parse(apath, data)
		qf, err = assessmentQuestionnaireFile(qspec, apath, src)
	}
	if err != nil {
		return questionnaireFile{}, nil, err
	}
	f, err := src.Decode(qf.q, answers.DecodeOptions{Today: env.Now(), Resuming: resuming})
	if err != nil {
		return questionnaireFile{}, nil, err
	}
	migrate(env, apath, qf.q, f)
	if !f.DateSet {
		f.Date = today(env)
	}
	return qf, f, nil
}

// questionnaireFile is a questionnaire as a command read it: the name its
// problems are reported under, its bytes (a sign-off's digest is taken
// over exactly these) and what they parse to. A command passes it on
// instead of reading and parsing the questionnaire again: the parse is the
// larger part of a report's time after the layout.
type questionnaireFile struct {
	name string
	data []byte
	q    *questionnaire.Questionnaire
}

// assessmentQuestionnaire is the questionnaire the answers in src are
// read against: -q (qspec) when given, else the built-in one they name.
func assessmentQuestionnaire(qspec, apath string, src *answers.Source) (*questionnaire.Questionnaire, error) {
	qf, err := assessmentQuestionnaireFile(qspec, apath, src)
	return qf.q, err
}

// assessmentQuestionnaireFile is assessmentQuestionnaire with the bytes
// and name it was parsed from.
func assessmentQuestionnaireFile(qspec, apath string, src *answers.Source) (questionnaireFile, error) {
	name, qdata, err := assessmentQuestionnaireSource(qspec, apath, src)
	if err != nil {
		return questionnaireFile{}, err
	}
	parsedQuestionnaires.Add(1)
	q, err := questionnaire.Parse(name, qdata)
	if err != nil {
		return questionnaireFile{}, err
	}
	return questionnaireFile{name: name, data: qdata, q: q}, nil
}

// parsedQuestionnaires counts the questionnaires read for an assessment,
// so that a test can hold a command to parsing its questionnaire once.
var parsedQuestionnaires atomic.Int64

// assessmentQuestionnaireSource is the bytes assessmentQuestionnaire
// parses: the file or built-in -q (qspec) names, else the built-in the
// answers in src name, whatever files lie about.
func assessmentQuestionnaireSource(qspec, apath string, src *answers.Source) (string, []byte, error) {
	if qspec != "" {
		return readQuestionnaire(qspec)
	}
	ref, err := src.Ref()
	if err != nil {
		return "", nil, err
	}
	if _, ok := questionnaires.Get(ref.ID); !ok {
		return "", nil, &exitError{exitUsage, sayAt(apath, "cli.notbuiltin", ref.ID)}
	}
	return builtInSource(ref.ID)
}

// today is the current date as midnight UTC, the form dates are read in.
func today(env *Env) time.Time {
	y, m, d := env.Now().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// migrate carries answers under ids that questions now replace to those
// questions (answers.File.Migrate), so that every command reads them under
// the new id. An answer that cannot be carried stays an orphan, and the
// user is told why, one line each.
func migrate(env *Env, apath string, q *questionnaire.Questionnaire, f *answers.File) {
	for _, r := range f.Migrate(q) {
		switch {
		case r.Kept:
			fmt.Fprintln(env.Stderr, sayAt(apath, "cli.orphan.kept", r.From, r.To, r.To).in(env.printer()))
		case r.Err != nil:
			fmt.Fprintln(env.Stderr, sayAt(apath, "cli.orphan.cannot", r.From, r.To, inert.Line(r.Err.Error())).in(env.printer()))
		}
	}
}
