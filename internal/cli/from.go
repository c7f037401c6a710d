package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/inert"
)

// checkNew refuses `run --from OLD -a NEW` when NEW exists (a new
// assessment never overwrites one) or is OLD itself.
func checkNew(from, apath string) error {
	if sameTarget(from, apath) {
		return usageErr("cli.from.self", from)
	}
	if _, err := os.Lstat(apath); err == nil {
		return usageErr("cli.from.exists", apath, apath)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return ioErr(sayAt(apath, "cli.error", unwrapPathError(err)))
	}
	return nil
}

// startFrom writes the new assessment at apath from the earlier one at
// from (answers.CarryForward), dated today, recording where it came from:
// the earlier file's path relative to the new one's folder, its SHA-256
// and its date. The caller holds the lock on apath; the file is created
// through the same guard as every save, so it is never written over one
// that appeared meanwhile.
func startFrom(env *Env, qspec, from, apath string) error {
	if err := checkNew(from, apath); err != nil {
		return err
	}
	data, err := readFile(from)
	if err != nil {
		return fromErr(err)
	}
	// As a walk-through resumes: a choice the questionnaire no longer
	// offers is carried, for the walk to ask again.
	q, old, err := decodeAssessment(env, qspec, from, data, true)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	origin := answers.Origin{Path: originPath(from, apath), SHA256: hex.EncodeToString(sum[:]), Date: old.Date}
	f, renamed := answers.CarryForward(old, q, origin, today(env))
	for _, d := range rebaseEvidence(f, from, apath) {
		fmt.Fprintf(env.Stderr, "%s: evidence file of %s lies outside the folder of %s and is not carried; add it again from inside that folder\n", inert.Line(from), inert.Line(d), inert.Line(apath))
	}
	for _, r := range renamed {
		switch {
		case r.Kept:
			fmt.Fprintln(env.Stderr, sayAt(from, "cli.orphan.kept", r.From, r.To, r.To).in(env.printer()))
		case r.Err != nil:
			fmt.Fprintln(env.Stderr, sayAt(from, "cli.orphan.cannot", r.From, r.To, inert.Line(r.Err.Error())).in(env.printer()))
		}
	}
	out := answers.Encode(f, q)
	if _, err := answers.DecodeWith(apath, out, q, answers.DecodeOptions{Today: env.Now(), Resuming: true}); err != nil {
		return invalid(sayAt(apath, "cli.from.readback", from, err))
	}
	if err := atomicfile.NewGuard(apath, nil, 0o600).Write(out); err != nil {
		return saveErr(apath, err)
	}
	return nil
}

// fromErr says that a file error is about --from's file, in the style of
// run's other refusals ("dutycheck: run: --from PATH: message"), keeping
// its exit code: a missing OLD is not the same mistake as a missing -a.
func fromErr(err error) error {
	var ee *exitError
	if errors.As(err, &ee) {
		return &exitError{ee.code, say("cli.from.wrap", ee.err)}
	}
	return say("cli.from.wrap", err)
}

// originPath is the earlier file as the new one records it: relative to
// the new file's folder when it can be, with "/" between folders, so that
// it stays true in a repository cloned anywhere.
func originPath(from, apath string) string {
	af, err1 := filepath.Abs(from)
	dir, err2 := filepath.Abs(filepath.Dir(apath))
	if err1 == nil && err2 == nil {
		if rel, err := filepath.Rel(dir, af); err == nil {
			return filepath.ToSlash(rel)
		}
	}
	// No relative path (another drive): the name alone, since a
	// recorded path must be relative to be read again.
	return filepath.Base(from)
}

// rebaseEvidence rewrites the evidence files of answers carried from the
// file at from so that they name the same files from apath's folder
// (evidence paths are relative to the answers file). A file that would
// lie outside the new file's folder is not carried (evidence stays inside
// the answers file's folder tree): it is returned, as "id: path", for the
// caller to say so.
func rebaseEvidence(f *answers.File, from, apath string) (dropped []string) {
	oldDir, err1 := filepath.Abs(filepath.Dir(from))
	newDir, err2 := filepath.Abs(filepath.Dir(apath))
	if err1 != nil || err2 != nil || oldDir == newDir {
		return nil
	}
	ids := make([]string, 0, len(f.Answers))
	for id := range f.Answers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := f.Answers[id]
		kept := a.Evidence[:0]
		for _, e := range a.Evidence {
			if e.File != "" {
				rel, err := filepath.Rel(newDir, filepath.Join(oldDir, filepath.FromSlash(e.File)))
				if err != nil {
					continue
				}
				c, err := answers.CleanEvidencePath(filepath.ToSlash(rel))
				if err != nil {
					dropped = append(dropped, id+": "+e.File)
					continue
				}
				e.File = c
			}
			kept = append(kept, e)
		}
		a.Evidence = kept
	}
	return dropped
}
