package cli

import (
	"bytes"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// editAnswers is the one path by which a command changes an answers file
// (`plan set`, `target set|clear`): take the lock, read and decode the
// file, let edit change the assessment, check that the new bytes read
// back, and write them through the compare-before-write guard, only when
// they differ. When edit or the check refuses, nothing is written and the
// file is left byte for byte as it was. cmd names the command in the
// message of a change that would not read back.
func editAnswers(env *Env, qspec, apath, cmd string, edit func(q *questionnaire.Questionnaire, f *answers.File) error) (*questionnaire.Questionnaire, *answers.File, error) {
	return changeAnswers(env, qspec, apath, cmd, true, edit)
}

// changeAnswers is editAnswers that writes only when write is set: a dry
// run (`measure --dry-run`) makes every check a write would, under the
// lock, and leaves the file as it was.
func changeAnswers(env *Env, qspec, apath, cmd string, write bool, edit func(q *questionnaire.Questionnaire, f *answers.File) error) (*questionnaire.Questionnaire, *answers.File, error) {
	lock, err := holdAnswers(apath)
	if err != nil {
		return nil, nil, err
	}
	defer lock.Release()
	warnHardLinks(env, apath)
	data, err := readFile(apath)
	if err != nil {
		return nil, nil, err
	}
	q, f, err := decodeAssessment(env, qspec, apath, data, false)
	if err != nil {
		return nil, nil, err
	}
	if err := edit(q, f); err != nil {
		return nil, nil, err
	}
	// only the entries that changed are written: the file's comments and
	// layout stay as the person wrote them
	out := answers.EncodeOver(data, f, q)
	if _, err := answers.DecodeWith(apath, out, q, answers.DecodeOptions{Today: env.Now()}); err != nil {
		// never write what would not read back
		return nil, nil, usageErr("cli.edit.cannot", cmd, err)
	}
	if write && !bytes.Equal(out, data) {
		if err := atomicfile.NewGuard(apath, data, 0o600).Write(out); err != nil {
			return nil, nil, saveErr(apath, err)
		}
	}
	return q, f, nil
}
