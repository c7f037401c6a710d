package scoring_test

import (
	"math/rand/v2"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// propertyRuns is how many random questionnaires each property test
// scores; the seeds are fixed so that a failure reproduces.
const propertyRuns = 300

// TestPropertyBounds: on random questionnaires and answers, every score is
// in range, every gap loses points, the rating is never better than the
// band, and points lost add up to what the overall score lacks.
//
// The identity: overall = Σ_S (W_S/ΣW) · 100 · Σ_q w_q s_q / Σw_S, and
// Σ_q w_q/Σw_S = 1 in each scored section, so
//
//	100 − overall = Σ_S (W_S/ΣW) · 100 · Σ_q (w_q/Σw_S) · (1 − s_q) = Σ lost.
//
// It holds whenever some section is scored, NA and inapplicable questions
// included, since those are outside every sum; with no scored section the
// overall score is 0 and nothing is lost.
func TestPropertyBounds(t *testing.T) {
	for seed := uint64(1); seed <= propertyRuns; seed++ {
		r := rand.New(rand.NewPCG(seed, 1))
		g := genQuestionnaire(t, r, 1+r.IntN(4), 6, false)
		for k := 0; k < 4; k++ {
			res := scoring.Score(g.q, randomAnswers(r, g.q))
			checkBounds(t, seed, res)
		}
	}
}

func checkBounds(t *testing.T, seed uint64, res *scoring.Result) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("seed %d: "+format, append([]any{seed}, args...)...)
	}
	if res.Overall < 0 || res.Overall > 100 {
		fail("overall %v outside [0, 100]", res.Overall)
	}
	if res.Completion < 0 || res.Completion > 1 {
		fail("completion %v outside [0, 1]", res.Completion)
	}
	if res.Rating < res.Band {
		fail("rating %d is better than band %d", res.Rating, res.Band)
	}
	if res.Capped != (res.Rating != res.Band) || res.Capped && res.CriticalGaps == 0 {
		fail("capped %v with band %d, rating %d, %d critical gaps", res.Capped, res.Band, res.Rating, res.CriticalGaps)
	}
	anyScored := false
	for _, sr := range res.Sections {
		if sr.Scored {
			anyScored = true
			if sr.Score < 0 || sr.Score > 100 {
				fail("section %s score %v outside [0, 100]", sr.Section.ID, sr.Score)
			}
		}
	}
	lost := 0.0
	for i, gp := range res.Gaps {
		if gp.Score < 0 || gp.Score >= 1 || gp.PointsLost <= 0 {
			fail("gap %s: s %v, lost %v", gp.Question.ID, gp.Score, gp.PointsLost)
		}
		if i > 0 {
			prev := res.Gaps[i-1]
			if prev.Critical == gp.Critical && prev.PointsLost < gp.PointsLost-eps {
				fail("gap %s (lost %v) after %s (lost %v)", gp.Question.ID, gp.PointsLost, prev.Question.ID, prev.PointsLost)
			}
			if !prev.Critical && gp.Critical {
				fail("critical gap %s after %s", gp.Question.ID, prev.Question.ID)
			}
		}
		lost += gp.PointsLost
	}
	for _, qr := range res.Questions {
		if qr.Counted && (qr.Score < 0 || qr.Score > 1) {
			fail("%s: s %v outside [0, 1]", qr.Question.ID, qr.Score)
		}
	}
	if !anyScored {
		if res.Overall != 0 || len(res.Gaps) != 0 {
			fail("no section scored, yet overall %v and %d gaps", res.Overall, len(res.Gaps))
		}
		return
	}
	if !near(lost, 100-res.Overall) {
		fail("points lost add up to %v; 100 − overall = %v", lost, 100-res.Overall)
	}
}

// TestPropertyAnsweringNeverLowers: answering an unanswered question (with
// a value, or not applicable where allowed), or raising the score of a
// gap, never lowers the overall score nor worsens the rating.
//
// This holds only for a question no condition tests: answering a question
// that a condition reads can switch other questions, or whole sections, on
// or off, and a newly applicable unanswered question scores 0. The test
// therefore changes only questions outside every condition.
func TestPropertyAnsweringNeverLowers(t *testing.T) {
	changes := 0
	for seed := uint64(1); seed <= propertyRuns; seed++ {
		r := rand.New(rand.NewPCG(seed, 2))
		g := genQuestionnaire(t, r, 1+r.IntN(4), 6, false)
		f := randomAnswers(r, g.q)
		before := scoring.Score(g.q, f)
		for _, qr := range before.Questions {
			qn := qr.Question
			if g.referenced[qn.ID] || qr.Status == scoring.AnsweredNA {
				continue
			}
			old := f.Get(qn.ID)
			var next []*answers.Answer
			switch {
			case qr.Status == scoring.NotApplicable:
				continue
			case qr.Status == scoring.Unanswered:
				next = append(next, &answers.Answer{Value: randomValue(r, qn)})
				if qn.AllowNA {
					next = append(next, &answers.Answer{NA: true})
				}
			case qr.Counted && qr.Score < 1:
				// a better answer: try random values until one scores more
				for try := 0; try < 50; try++ {
					v := randomValue(r, qn)
					if scoring.QuestionScore(qn, v, assessed) > qr.Score {
						next = append(next, &answers.Answer{Value: v})
						break
					}
				}
			}
			for _, a := range next {
				f.Set(qn.ID, a)
				after := scoring.Score(g.q, f)
				changes++
				if after.Overall < before.Overall-eps {
					t.Errorf("seed %d: answering %s (%+v) lowered the overall score from %v to %v",
						seed, qn.ID, *a, before.Overall, after.Overall)
				}
				if after.Rating > before.Rating {
					t.Errorf("seed %d: answering %s (%+v) worsened the rating from %d to %d",
						seed, qn.ID, *a, before.Rating, after.Rating)
				}
				if after.Completion < before.Completion && qr.Status == scoring.Unanswered {
					t.Errorf("seed %d: answering %s lowered completion", seed, qn.ID)
				}
			}
			f.Set(qn.ID, old)
			if old == nil {
				delete(f.Answers, qn.ID)
			}
		}
	}
	if changes < propertyRuns {
		t.Fatalf("only %d changes tried; the generator no longer exercises this property", changes)
	}
}

// TestPropertyConditionsMatter shows why the property above needs its
// restriction: answering a question that a condition reads can lower the
// score, because it makes an unanswered question apply.
func TestPropertyConditionsMatter(t *testing.T) {
	r := score(t, "", `
  - id: s
    title: S
    questions:
      - {id: uses-chat, text: C, type: yesno, weight: 0}
      - {id: chat-moderation, text: M, type: yesno, when: {question: uses-chat, equals: yes}}
      - {id: q, text: Q, type: yesno}
`, "  q: {value: yes}\n")
	// before: uses-chat (weight 0) unanswered, chat-moderation does not
	// apply, q 1 → 100
	q, f := r.Questionnaire, r.Answers
	f.Put(q.Question("uses-chat"), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
	// after: chat-moderation applies, unanswered → 100 · (0 + 1) / 2 = 50
	after := scoring.Score(q, f)
	if !near(r.Overall, 100) || !near(after.Overall, 50) {
		t.Fatalf("overall %v → %v, want 100 → 50", r.Overall, after.Overall)
	}
}
