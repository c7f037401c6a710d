package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/signoff"
)

// signoffsPath is the signoffs file beside an answers file:
// assessment.yaml → assessment.signoffs.yaml.
func signoffsPath(apath string) string {
	for _, ext := range []string{".yaml", ".yml"} {
		if strings.HasSuffix(apath, ext) {
			return strings.TrimSuffix(apath, ext) + ".signoffs.yaml"
		}
	}
	return apath + ".signoffs.yaml"
}

// readSignoffs reads and parses a signoffs file; (nil, nil, nil) when
// there is none.
func readSignoffs(spath string) (*signoff.File, []byte, error) {
	if _, err := os.Lstat(spath); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	data, err := readFile(spath)
	if err != nil {
		return nil, nil, err
	}
	f, err := signoff.Parse(spath, data)
	if err != nil {
		return nil, nil, err
	}
	return f, data, nil
}

// currentFiles is what sign-offs are compared with: the digests of the
// answers bytes adata and of the questionnaire they are read against.
func currentFiles(qspec, apath string, adata []byte) (signoff.Current, error) {
	qf, err := assessmentQuestionnaireFile(qspec, apath, answers.Parse(apath, adata))
	if err != nil {
		return signoff.Current{}, err
	}
	return currentOf(qf, adata), nil
}

// currentOf is currentFiles for a questionnaire the command has read
// already.
func currentOf(qf questionnaireFile, adata []byte) signoff.Current {
	return signoff.Current{
		AnswersSHA256: signoff.Digest(adata),
		Questionnaire: signoff.Questionnaire{ID: qf.q.ID, Version: qf.q.Version, SHA256: signoff.Digest(qf.data)},
	}
}

// allowedSigners reads the allowed-signers list: the file --allowed-signers
// names, else the one git's gpg.ssh.allowedSignersFile names (looked up
// from the answers file's folder, so a repository's own setting counts).
// nil without either: signers are then not checked.
func allowedSigners(flagPath, apath string) (*signoff.AllowedSigners, error) {
	path := flagPath
	if path == "" {
		dir := filepath.Dir(apath)
		if p, ok := runGit(dir, "config", "--type=path", "--get", "gpg.ssh.allowedSignersFile"); ok && p != "" {
			path = p
		}
	}
	if path == "" {
		return nil, nil
	}
	data, err := readFile(path)
	if err != nil {
		if flagPath == "" {
			return nil, ioErr(say("cli.verify.gitallowed", err))
		}
		return nil, err
	}
	return signoff.ParseAllowedSigners(path, data, time.Local)
}

// signoffState judges the sign-offs beside the answers file apath, whose
// bytes are adata, for the report, score and the walk-through's end: the
// state and each verdict; a zero state with no verdicts when nobody has
// signed. A malformed signoffs or allowed-signers file is an error. qf is
// the questionnaire the command has read, or nil: it is then read (only
// when someone has signed).
func signoffState(qspec, apath string, qf *questionnaireFile, adata []byte, allowedFlag string) (signoff.State, []signoff.Verdict, error) {
	f, _, err := readSignoffs(signoffsPath(apath))
	if err != nil || f == nil {
		return signoff.State{}, nil, err
	}
	var cur signoff.Current
	if qf != nil {
		cur = currentOf(*qf, adata)
	} else if cur, err = currentFiles(qspec, apath, adata); err != nil {
		return signoff.State{}, nil, err
	}
	list, err := allowedSigners(allowedFlag, apath)
	if err != nil {
		return signoff.State{}, nil, err
	}
	vs := signoff.Judge(f, cur, list)
	return signoff.Summarize(vs, list != nil), vs, nil
}

// reportSignOff is the sign-off state the report's cover and brief show:
// Draft (with why) or Final. The state is never nil, so that a report
// nobody signed says Draft.
func reportSignOff(qspec, apath string, qf *questionnaireFile, adata []byte, allowedFlag string) (*signoff.State, error) {
	st, _, err := signoffState(qspec, apath, qf, adata, allowedFlag)
	if err != nil {
		return nil, err
	}
	return &st, nil
}

// endSignOff is the state for the walk-through's end screen, judged on
// the answers file as saved: a Draft when nobody has signed; nil when
// the files cannot be read (the summary then says Draft).
func endSignOff(qspec, apath string) *signoff.State {
	data, err := readFile(apath)
	if err != nil {
		return nil
	}
	st, _, err := signoffState(qspec, apath, nil, data, "")
	if err != nil {
		return nil
	}
	return &st
}
