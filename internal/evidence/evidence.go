// Package evidence adds files to an answer's evidence and checks them
// later: it hashes what the answers file points to, and refuses images,
// videos and archives, by name and by their first bytes, because evidence
// describes and points to the record in the case system; it never contains
// the material itself (docs/answers-format.md). It is an edge package: it reads
// files; the rules it applies live in the pure packages answers and
// filekind.
package evidence

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/filekind"
)

// Add makes a file evidence item for an answers file: the path as the
// answers file records it (relative to the answers file's folder, with
// "/") and the file's SHA-256. A relative filePath is taken relative to
// the answers file's folder too, so that what is typed is what is stored;
// an absolute one is made relative. A file that is an image, a video or an
// archive, by its name or by its first bytes, is refused with an error
// that wraps answers.ErrMaterial. The item's Date is left for the caller
// to set (this package does not read the clock).
func Add(answersPath, filePath string) (answers.Evidence, error) {
	return AddWatched(answersPath, filePath, nil)
}

// AddWatched is Add telling progress how hashing a large file goes (nil:
// nobody is told). A file over MaxSize is refused (ErrTooLarge).
func AddWatched(answersPath, filePath string, progress Progress) (answers.Evidence, error) {
	dir, err := filepath.Abs(filepath.Dir(answersPath))
	if err != nil {
		return answers.Evidence{}, err
	}
	full := filePath
	if !filepath.IsAbs(full) {
		full = filepath.Join(dir, full)
	}
	rel, err := filepath.Rel(dir, full)
	if err != nil {
		return answers.Evidence{}, fmt.Errorf("%s: cannot be named relative to %s: %w", filePath, answersPath, err)
	}
	if rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		// Named as typed: "/etc/shadow", not "../../../../etc/shadow".
		return answers.Evidence{}, fmt.Errorf("%s: %w", filePath, ErrOutside)
	}
	clean, err := answers.CleanEvidencePath(filepath.ToSlash(rel))
	if err != nil {
		return answers.Evidence{}, err
	}
	fi, err := os.Stat(full)
	if err != nil {
		return answers.Evidence{}, fmt.Errorf("%s: %w", filePath, unwrapPath(err))
	}
	if err := inside(dir, full); err != nil {
		return answers.Evidence{}, fmt.Errorf("%s: %w", filePath, unwrapPath(err))
	}
	if !fi.Mode().IsRegular() {
		return answers.Evidence{}, fmt.Errorf("%s: %w", filePath, ErrNotRegular)
	}
	if ai, err := os.Stat(answersPath); err == nil && os.SameFile(ai, fi) {
		return answers.Evidence{}, fmt.Errorf("%s: %w", filePath, ErrSelf)
	}
	sum, kind, err := hashFile(full, progress)
	if err != nil {
		return answers.Evidence{}, fmt.Errorf("%s: %w", filePath, unwrapPath(err))
	}
	if kind.Refused() {
		return answers.Evidence{}, answers.MaterialError(fmt.Sprintf("file %q", clean), kind, true)
	}
	return answers.Evidence{File: clean, SHA256: sum}, nil
}

// hashFile reads a file once: its SHA-256, and the kind its first bytes
// give it.
func hashFile(path string, progress Progress) (string, filekind.Kind, error) {
	// Callers check first that path is a regular file, but it may be
	// swapped for a FIFO before this open, which would then wait for a
	// writer for ever: open without waiting and check what was opened.
	fh, err := os.OpenFile(path, os.O_RDONLY|nonBlock, 0)
	if err != nil {
		return "", filekind.Kind{}, err
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return "", filekind.Kind{}, err
	}
	if !fi.Mode().IsRegular() {
		return "", filekind.Kind{}, ErrNotRegular
	}
	if fi.Size() > MaxSize {
		return "", filekind.Kind{}, ErrTooLarge
	}
	head := make([]byte, filekind.HeadSize)
	n, err := io.ReadFull(fh, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return "", filekind.Kind{}, err
	}
	head = head[:n]
	h := sha256.New()
	h.Write(head)
	now := time.Now()
	pr := &progressReader{r: io.LimitReader(fh, MaxSize), done: int64(n), total: fi.Size(), start: now, last: now, f: progress}
	if _, err := io.Copy(h, pr); err != nil {
		return "", filekind.Kind{}, err
	}
	pr.end()
	kind := filekind.Sniff(path, head)
	if !kind.Refused() {
		// What the first bytes do not show: a zip after a text prefix,
		// or an office document with photos inside.
		kind = filekind.Contents(fh, fi.Size(), path)
	}
	return hex.EncodeToString(h.Sum(nil)), kind, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
