package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// readFile reads an input file, refusing one over the size limit before
// reading it whole.
func readFile(path string) ([]byte, error) {
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
	if fi.Size() > yamlsrc.MaxFileSize {
		return nil, invalid(sayAt(path, "cli.toobig", fi.Size()))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, ioErr(sayAt(path, "cli.error", unwrapPathError(err)))
	}
	defer f.Close()
	// Read at most one byte past the limit: the file may have grown, or
	// been swapped, since it was looked at.
	data, err := io.ReadAll(io.LimitReader(f, yamlsrc.MaxFileSize+1))
	if err != nil {
		return nil, ioErr(sayAt(path, "cli.error", unwrapPathError(err)))
	}
	if len(data) > yamlsrc.MaxFileSize {
		return nil, invalid(sayAt(path, "cli.toobig.grown"))
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

// loadQuestionnaire reads a questionnaire named by a file path or the id of
// a built-in one; "" means the default built-in.
func loadQuestionnaire(spec string) (*questionnaire.Questionnaire, error) {
	if spec == "" {
		spec = questionnaires.DefaultID
	}
	if _, err := os.Stat(spec); err != nil {
		if b, ok := questionnaires.Get(spec); ok {
			return questionnaire.Parse(b.Name+" (built in)", b.Data)
		}
		if errors.Is(err, fs.ErrNotExist) {
			var ids []string
			for _, b := range questionnaires.All() {
				ids = append(ids, b.ID)
			}
			if near := yamlsrc.Nearest(spec, ids); near != "" {
				return nil, usageErr("cli.noq.near", inert.Line(spec), near)
			}
			return nil, usageErr("cli.noq", inert.Line(spec))
		}
	}
	data, err := readFile(spec)
	if err != nil {
		return nil, err
	}
	return questionnaire.Parse(spec, data)
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
	src := answers.Parse(apath, data)
	q, err := assessmentQuestionnaire(qspec, apath, src)
	if err != nil {
		return nil, nil, err
	}
	f, err := src.Decode(q, answers.DecodeOptions{Today: env.Now(), Resuming: resuming})
	if err != nil {
		return nil, nil, err
	}
	migrate(env, apath, q, f)
	if !f.DateSet {
		f.Date = today(env)
	}
	return q, f, nil
}

// assessmentQuestionnaire is the questionnaire the answers in src are
// read against: -q (qspec) when given, else the built-in one they name.
func assessmentQuestionnaire(qspec, apath string, src *answers.Source) (*questionnaire.Questionnaire, error) {
	if qspec == "" {
		ref, err := src.Ref()
		if err != nil {
			return nil, err
		}
		if _, ok := questionnaires.Get(ref.ID); !ok {
			return nil, &exitError{exitUsage, sayAt(apath, "cli.notbuiltin", ref.ID)}
		}
		qspec = ref.ID
	}
	return loadQuestionnaire(qspec)
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
