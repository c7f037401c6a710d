package scoring_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestTrackerFollowsApplicability changes one answer at a time, at random,
// and checks after each change that the tracker says what Applicability
// says, and that it names exactly the questions that flipped: on random
// questionnaires (conditions on choices) and on the built-in ones
// (sections, thresholds, regimes).
func TestTrackerFollowsApplicability(t *testing.T) {
	var qs []*questionnaire.Questionnaire
	for seed := uint64(1); seed <= 30; seed++ {
		r := rand.New(rand.NewPCG(seed, 24))
		qs = append(qs, genQuestionnaire(t, r, 1+r.IntN(5), 6, false).q)
	}
	for _, path := range []string{"../../questionnaires/csea-duties.yaml", "../../questionnaires/csea-quick.yaml",
		"../../testdata/questionnaires/valid/regimes.yaml", "../../testdata/questionnaires/valid/sample.yaml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		q, err := questionnaire.Parse(filepath.Base(path), data)
		if err != nil {
			t.Fatal(err)
		}
		qs = append(qs, q)
	}
	for n, q := range qs {
		r := rand.New(rand.NewPCG(uint64(n), 7))
		f := answers.New(q, assessed)
		tr := scoring.Track(q, f)
		for step := 0; step < 300; step++ {
			before := slices.Clone(tr.Applies())
			qn := q.Questions[r.IntN(len(q.Questions))]
			if r.IntN(4) == 0 {
				delete(f.Answers, qn.ID)
			} else {
				f.Put(qn, &answers.Answer{Value: randomValue(r, qn)})
			}
			flipped := tr.Changed(qn.ID)
			want := scoring.Applicability(q, f)
			if !slices.Equal(tr.Applies(), want) {
				t.Fatalf("%s step %d (%s): tracker %v, want %v", q.ID, step, qn.ID, tr.Applies(), want)
			}
			var wantFlipped []int
			for i := range want {
				if want[i] != before[i] {
					wantFlipped = append(wantFlipped, i)
				}
			}
			if !slices.Equal(flipped, wantFlipped) {
				t.Fatalf("%s step %d: flipped %v, want %v", q.ID, step, flipped, wantFlipped)
			}
		}
	}
}
