package tui

import (
	"math/rand/v2"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestCountsFollowAnswers: after each answer, the counts and places kept
// up to date piece by piece are what deciding everything again gives.
func TestCountsFollowAnswers(t *testing.T) {
	for _, file := range []string{"questionnaires/valid/sample.yaml", "questionnaires/valid/regimes.yaml"} {
		q := loadQ(t, file)
		r := rand.New(rand.NewPCG(24, 11))
		s := newSession(config(q, &store{}))
		for step := 0; step < 400; step++ {
			qn := q.Questions[r.IntN(len(q.Questions))]
			var a answers.Answer
			switch {
			case len(qn.Options) > 0 && qn.Type == questionnaire.Multi:
				a.Value = answers.Value{Set: true, Choices: []string{qn.Options[r.IntN(len(qn.Options))].Value}}
			case len(qn.Options) > 0:
				a.Value = answers.Value{Set: true, Choice: qn.Options[r.IntN(len(qn.Options))].Value}
			case r.IntN(2) == 0:
				a.Note = "only a note"
			default:
				a.NA = true
			}
			if err := s.put(qn, &a); err != nil {
				t.Fatal(err)
			}
			got := []int{s.answered, s.applicable, s.toConfirm}
			var ranks []int
			for i := range q.Questions {
				ranks = append(ranks, s.rankOf(i))
			}
			s.refresh()
			want := []int{s.answered, s.applicable, s.toConfirm}
			for i := range q.Questions {
				if ranks[i] != s.rankOf(i) {
					t.Fatalf("%s step %d: rank of %d is %d, want %d", file, step, i, ranks[i], s.rankOf(i))
				}
			}
			if got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
				t.Fatalf("%s step %d (%s): answered, applicable, to confirm %v, want %v", file, step, qn.ID, got, want)
			}
		}
	}
}
