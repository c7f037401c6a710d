package answers_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// sampleV2 is the sample questionnaire, version 1.1.0, edited so that:
// users has new text (changed); the coverage scale scores "some" 0.25
// (hash-matching changed); classifier gains an option (changed);
// hash-matching's help and reviewed-share's recommendation are reworded
// (not a change an answer depends on); comments is removed; a new
// question "audit" is added.
func sampleV2(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	data, err := os.ReadFile("../../testdata/questionnaires/valid/sample.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	edits := []struct{ old, new string }{
		{"version: 1.0.0", "version: 1.1.0"},
		{"text: {en: Monthly active users, sv: Aktiva användare per månad}", "text: {en: Monthly active users in the EU, sv: Aktiva användare per månad i EU}"},
		{"{value: some, label: {en: Some, sv: Viss}, score: 0.5,", "{value: some, label: {en: Some, sv: Viss}, score: 0.25,"},
		{"          - {value: none, label: {en: None, sv: Inga}, score: 0, exclusive: true}",
			"          - {value: text, label: {en: Text, sv: Text}, score: 0.3}\n          - {value: none, label: {en: None, sv: Inga}, score: 0, exclusive: true}"},
		{"help: {en: PhotoDNA or PDQ count., sv: PhotoDNA eller PDQ räknas.}", "help: {en: PhotoDNA or vPDQ count., sv: PhotoDNA eller vPDQ räknas.}"},
		{"recommendation: {en: Review two thirds within a day., sv: Granska två tredjedelar inom ett dygn.}",
			"recommendation: {en: Review most within a day., sv: Granska de flesta inom ett dygn.}"},
		{"      - id: comments\n        text: {en: \"Anything else?\", sv: \"Något mer?\"}\n        type: text\n",
			"      - id: audit\n        text: {en: \"Audited this year?\", sv: \"Granskad i år?\"}\n        type: yesno\n"},
	}
	for _, e := range edits {
		if !strings.Contains(s, e.old) {
			t.Fatalf("the sample no longer has %q; update this test", e.old)
		}
		s = strings.Replace(s, e.old, e.new, 1)
	}
	q, err := questionnaire.Parse("sample-v2.yaml", []byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestCompare(t *testing.T) {
	v1, v2 := sampleQ(t), sampleV2(t)
	// answers given to v1, with fingerprints, saved and read back
	f := answers.New(v1, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	f.Put(v1.Question("users"), &answers.Answer{Value: answers.Value{Set: true, Number: 10}})
	f.Put(v1.Question("comments"), &answers.Answer{Value: answers.Value{Set: true, Text: "none"}})
	read := func(t *testing.T, f *answers.File, q *questionnaire.Questionnaire) *answers.File {
		t.Helper()
		g, err := answers.Decode("a.yaml", answers.Encode(f, v1), q)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	tests := []struct {
		name                  string
		file                  func(t *testing.T) *answers.File
		q                     *questionnaire.Questionnaire
		known                 bool
		news, changed, remove string
	}{
		{"same questionnaire", func(t *testing.T) *answers.File { return read(t, f, v1) }, v1, true, "", "", ""},
		{"new, changed and removed questions", func(t *testing.T) *answers.File { return read(t, f, v2) }, v2, true,
			"audit", "users hash-matching classifier", "comments"},
		{"a hand-written file without fingerprints tells only removed answers", func(t *testing.T) *answers.File {
			g := read(t, f, v2)
			g.Questionnaire.Fingerprints = nil
			return g
		}, v2, false, "", "", "comments"},
		{"removed without an answer", func(t *testing.T) *answers.File {
			g := read(t, answers.New(v1, time.Time{}), v2)
			return g
		}, v2, true, "audit", "users hash-matching classifier", "comments"},
		{"after Adopt, changed questions stay changed until answered again", func(t *testing.T) *answers.File {
			g := read(t, f, v2)
			g.Adopt(v2)
			g.Put(v2.Question("users"), &answers.Answer{Value: answers.Value{Set: true, Number: 11}})
			return g
		}, v2, true, "", "hash-matching classifier", "comments"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := answers.Compare(tc.file(t), tc.q)
			if c.Known != tc.known {
				t.Errorf("known %v, want %v", c.Known, tc.known)
			}
			if got := strings.Join(c.New, " "); got != tc.news {
				t.Errorf("new %q, want %q", got, tc.news)
			}
			if got := strings.Join(c.Changed, " "); got != tc.changed {
				t.Errorf("changed %q, want %q", got, tc.changed)
			}
			if got := strings.Join(c.Removed, " "); got != tc.remove {
				t.Errorf("removed %q, want %q", got, tc.remove)
			}
			if c.Any() != (tc.news+tc.changed+tc.remove != "") {
				t.Errorf("Any() = %v", c.Any())
			}
		})
	}
}

// TestAdopt: the file names the new version and keeps answers, including
// the orphaned one.
func TestAdopt(t *testing.T) {
	v1, v2 := sampleQ(t), sampleV2(t)
	f := answers.New(v1, time.Time{})
	f.Put(v1.Question("comments"), &answers.Answer{Value: answers.Value{Set: true, Text: "kept"}})
	f.Adopt(v2)
	if f.Questionnaire.Version != "1.1.0" || f.Questionnaire.SHA256 != v2.SHA256 {
		t.Errorf("ref %+v", f.Questionnaire)
	}
	if _, ok := f.Questionnaire.Fingerprints["comments"]; ok {
		t.Error("the removed question's fingerprint is kept")
	}
	if got := f.Orphans(v2); len(got) != 1 || got[0] != "comments" {
		t.Errorf("orphans %v", got)
	}
	out := answers.Encode(f, v2)
	if !strings.Contains(string(out), "  comments:\n    value: kept\n") {
		t.Errorf("orphan not written back:\n%s", out)
	}
}

func TestOrphanValue(t *testing.T) {
	q := sampleQ(t)
	f, err := answers.Decode("a.yaml", []byte("format: dutycheck-answers/v1\nquestionnaire: {id: sample}\nanswers:\n  gone: {value: [a, b], note: n}\n  gone2: {value: maybe}\n  uploads: {value: yes}\n"), q)
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"gone": "a, b", "gone2": "maybe", "uploads": ""} {
		if got := f.Get(id).OrphanValue(); got != want {
			t.Errorf("OrphanValue(%s) = %q, want %q", id, got, want)
		}
	}
}
