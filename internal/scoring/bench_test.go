package scoring_test

import (
	"math/rand/v2"
	"testing"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// BenchmarkScore scores a generated questionnaire of 2,000 questions (40
// sections of 50) with random answers: the walk-through rescores after
// every answer, so this must stay far below a keystroke.
func BenchmarkScore(b *testing.B) {
	r := rand.New(rand.NewPCG(42, 42))
	g := genQuestionnaire(b, r, 40, 50, true)
	if n := len(g.q.Questions); n != 2000 {
		b.Fatalf("generated %d questions, want 2000", n)
	}
	f := randomAnswers(r, g.q)
	b.ReportAllocs()
	for b.Loop() {
		scoring.Score(g.q, f)
	}
}
