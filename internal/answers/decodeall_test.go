package answers_test

import (
	"os"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestDecodeAllKeepsWhatItRead: a file with a problem (the judge's ftp://
// link) is refused by DecodeWith, and DecodeAll returns it with the same
// problems and every evidence item it could read, so that validate can
// still re-hash the files it names; DecodeWith returns no file.
func TestDecodeAllKeepsWhatItRead(t *testing.T) {
	q := parseFile(t, "../../testdata/judge/q-v1.yaml")
	data, err := os.ReadFile("../../testdata/judge/bad-evidence.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.DecodeWith("bad-evidence.yaml", data, q, answers.DecodeOptions{})
	if f != nil || err == nil {
		t.Fatalf("DecodeWith = %v, %v; want no file and the error", f, err)
	}
	want := err.Error()
	f, err = answers.DecodeAll("bad-evidence.yaml", data, q, answers.DecodeOptions{})
	if err == nil || err.Error() != want {
		t.Fatalf("DecodeAll error %v, want %s", err, want)
	}
	if !strings.Contains(want, "bad-evidence.yaml:55:14:") {
		t.Errorf("the ftp link is not reported at its place: %s", want)
	}
	if f == nil {
		t.Fatal("DecodeAll returned no file")
	}
	files := map[string][]string{}
	for id, a := range f.Answers {
		for _, e := range a.Evidence {
			if e.File != "" {
				files[id] = append(files[id], e.File)
			}
		}
	}
	if got := files["notice"]; len(got) != 1 || got[0] != "evidence/photo.txt" {
		t.Errorf("notice's evidence files %v, want the planted evidence/photo.txt", got)
	}
	if got := files["scan-rate"]; len(got) != 1 || got[0] != "evidence/hash.csv" {
		t.Errorf("scan-rate's evidence files %v", got)
	}
	// YAML that cannot be read gives no file.
	if f, err := answers.DecodeAll("x.yaml", []byte("answers: [\n"), q, answers.DecodeOptions{}); f != nil || err == nil {
		t.Errorf("unreadable YAML: %v, %v", f, err)
	}
}
