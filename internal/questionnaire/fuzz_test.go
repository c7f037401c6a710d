package questionnaire_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

var placed = regexp.MustCompile(`^f\.yaml(:\d+:\d+)?: \S`)

// FuzzParse feeds arbitrary bytes to the parser: it must never panic, every
// error line must carry the file's place, and whatever parses must have the
// invariants the rest of the program relies on.
func FuzzParse(f *testing.F) {
	for _, dir := range []string{"valid", "invalid"} {
		files, _ := filepath.Glob(filepath.Join(corpus, dir, "*.yaml"))
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		q, err := questionnaire.Parse("f.yaml", data)
		if err != nil {
			for _, line := range strings.Split(err.Error(), "\n") {
				if !placed.MatchString(line) {
					t.Fatalf("error line without place: %q", line)
				}
			}
			return
		}
		if len(q.Sections) == 0 || len(q.Questions) == 0 || len(q.Rating) == 0 {
			t.Fatal("parsed questionnaire without sections, questions or rating")
		}
		if q.Rating[len(q.Rating)-1].Min != 0 {
			t.Fatal("lowest rating band is not at 0")
		}
		for i, qn := range q.Questions {
			if qn.Index != i || q.Question(qn.ID) != qn {
				t.Fatalf("question %q badly indexed", qn.ID)
			}
			if qn.Type == questionnaire.FreeText && (qn.Weight != 0 || qn.Critical) {
				t.Fatalf("text question %q is scored", qn.ID)
			}
			for _, o := range qn.Options {
				if o.Score < 0 || o.Score > 1 {
					t.Fatalf("option score %v out of range", o.Score)
				}
			}
			for _, ref := range qn.When.Refs() {
				if target := q.Question(ref); target == nil || target.Index >= qn.Index {
					t.Fatalf("condition of %q looks forward to %q", qn.ID, ref)
				}
			}
		}
	})
}
