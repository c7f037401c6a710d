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
	// A small 1.1 file inline, so the fuzzer starts from every new form
	// even if the corpus changes: regimes, thresholds, a regime test, a
	// conditional must-have, an unknown option, replaces, seconds.
	if _, err := questionnaire.Parse("seed.yaml", []byte(fuzzSeed11)); err != nil {
		f.Fatalf("the 1.1 seed does not parse: %v", err)
	}
	f.Add([]byte(fuzzSeed11))
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
		if q.MinCompletion < 0 || q.MinCompletion > 1 {
			t.Fatalf("min_completion %v out of range", q.MinCompletion)
		}
		for _, r := range q.Regimes {
			if q.Regime(r.ID) != r {
				t.Fatalf("regime %q badly indexed", r.ID)
			}
			for _, ref := range r.Applies.Refs() {
				if q.Question(ref) == nil {
					t.Fatalf("regime %q reads unknown question %q", r.ID, ref)
				}
			}
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
			for _, c := range []*questionnaire.Condition{qn.When, qn.CriticalWhen} {
				for _, ref := range c.Refs() {
					if target := q.Question(ref); target == nil || target.Index >= qn.Index {
						t.Fatalf("condition of %q looks forward to %q", qn.ID, ref)
					}
				}
				for _, id := range c.RegimeRefs() {
					if q.Regime(id) == nil {
						t.Fatalf("condition of %q tests unknown regime %q", qn.ID, id)
					}
				}
			}
			if qn.Critical && qn.CriticalWhen != nil {
				t.Fatalf("question %q is critical both always and by condition", qn.ID)
			}
			if qn.Weight < 0 || qn.Weight > 1000 {
				t.Fatalf("weight %v of %q out of range", qn.Weight, qn.ID)
			}
			for _, o := range qn.Options {
				if o.Unknown && (o.Score != 0 || qn.Type == questionnaire.Multi && !o.Exclusive) {
					t.Fatalf("unknown option %q of %q scored or not exclusive", o.Value, qn.ID)
				}
			}
		}
	})
}

const fuzzSeed11 = `format: dutycheck/v1
id: seed
version: 1.1.0
title: Seed
glossary: {E2EE: End-to-end encryption}
min_completion: 0.5
regimes:
  - id: big
    title: Big
    status: law
    applies: {any: [{question: staff, at_least: 50}, {not: {question: staff, below: 1000}}]}
  - id: both
    title: Both
    applies: {all: [{regime: big}, {question: eu, equals: "yes"}]}
references:
  r: {title: R, status: code, as_of: 2026-01-31, regime: big, pinpoint: s. 66}
sections:
  - id: p
    title: P
    weight: 0
    questions:
      - {id: staff, text: Staff, type: number, allow_unknown: true}
      - {id: eu, text: EU, type: yesno}
  - id: s
    title: S
    when: {regime: both}
    questions:
      - id: q
        text: Q
        type: multi
        critical: {regime: big}
        replaces: [old-q]
        references: [r]
        options:
          - {value: a, label: A, score: 1}
          - {value: dk, label: DK, unknown: true}
      - id: t
        text: T
        type: duration
        bands: [{max: 45s, score: 1}, {max: 2y, score: 0.5}]
`
