package cli

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"gopkg.in/yaml.v3"
)

// previousLookback is how many of the questionnaire file's commits are
// searched for the version an assessment was answered to.
const previousLookback = 50

// previousVersion finds the version of the questionnaire file qspec that
// the answers in f were given to, by the SHA-256 it records, in the
// file's git history; for an assessment started with run --from, the one
// the earlier file was given to. The walk-through then shows what
// changed in a question, old wording beside new. nil when it cannot be
// found (a built-in questionnaire, no git, a file outside a repository,
// a version never committed): the walk then says only "changed".
func previousVersion(qspec, apath string, f *answers.File, q *questionnaire.Questionnaire) *questionnaire.Questionnaire {
	want := f.Questionnaire.SHA256
	if f.From != nil {
		want = ""
		if data, err := os.ReadFile(filepath.Join(filepath.Dir(apath), f.From.Path)); err == nil {
			var head struct {
				Questionnaire struct {
					SHA256 string `yaml:"sha256"`
				} `yaml:"questionnaire"`
			}
			if yaml.Unmarshal(data, &head) == nil {
				want = head.Questionnaire.SHA256
			}
		}
	}
	if want == "" || want == q.SHA256 || qspec == "" {
		return nil
	}
	if fi, err := os.Stat(qspec); err != nil || !fi.Mode().IsRegular() {
		return nil
	}
	dir, base := filepath.Dir(qspec), filepath.Base(qspec)
	log, ok := runGit(dir, "log", "-n", strconv.Itoa(previousLookback), "--format=%H", "--", base)
	if !ok {
		return nil
	}
	for _, rev := range strings.Fields(log) {
		var out bytes.Buffer
		if gitCommand(dir, gitTimeout, &out, nil, "cat-file", "blob", rev+":./"+base) != nil {
			continue
		}
		sum := sha256.Sum256(out.Bytes())
		if hex.EncodeToString(sum[:]) != want {
			continue
		}
		prev, err := questionnaire.Parse(qspec, out.Bytes())
		if err != nil {
			return nil
		}
		return prev
	}
	return nil
}
