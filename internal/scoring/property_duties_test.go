package scoring_test

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// randomAnswers11 answers like randomAnswers, and besides answers some
// questions "don't know", marks some values as estimates, adds evidence
// and tracked actions.
func randomAnswers11(r *rand.Rand, q *questionnaire.Questionnaire) *answers.File {
	f := randomAnswers(r, q)
	f.Actions = map[string]*answers.Action{}
	for _, qn := range q.Questions {
		qn.AllowUnknown = true
		a := f.Get(qn.ID)
		switch k := r.IntN(10); {
		case k < 2:
			f.Put(qn, &answers.Answer{Unknown: true})
		case k < 4 && a != nil && a.Value.Set:
			a.Estimate = true
		case k < 5 && a != nil:
			a.Evidence = []answers.Evidence{{URL: "https://example.com/e"}}
		}
		if r.IntN(3) == 0 {
			st := answers.ActionStatuses[r.IntN(len(answers.ActionStatuses))]
			f.Actions[qn.ID] = &answers.Action{Owner: []string{"", "CTO"}[r.IntN(2)], Status: st,
				Due: assessed.AddDate(0, 0, 30-r.IntN(60))}
		}
	}
	return f
}

// TestProperty11 checks the 1.1 parts of random assessments against their
// definitions in docs/scoring.md, computed here independently, with the
// bounds of TestPropertyBounds.
func TestProperty11(t *testing.T) {
	for seed := uint64(1); seed <= propertyRuns; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		g := genQuestionnaire(t, r, 1+r.IntN(4), 6, false)
		for k := 0; k < 3; k++ {
			f := randomAnswers11(r, g.q)
			res := scoring.Score(g.q, f)
			checkBounds(t, seed, res)
			check11Invariants(t, seed, res)
		}
	}
}

func check11Invariants(t *testing.T, seed uint64, res *scoring.Result) {
	t.Helper()
	fail := func(format string, args ...any) {
		t.Helper()
		t.Errorf("seed %d: "+format, append([]any{seed}, args...)...)
	}
	if !res.Finite() {
		fail("not finite: overall %v", res.Overall)
	}
	var unknowns, estimates, missing, critical []string
	unknown, scored, answered, applicable := 0, 0, 0, 0
	for _, qr := range res.Questions {
		qn, a := qr.Question, qr.Answer
		if a == nil {
			a = &answers.Answer{}
		}
		if qr.Status == scoring.NotApplicable {
			continue
		}
		applicable++
		if a.Answered() {
			answered++
		}
		if a.Answered() && a.Unknown {
			unknowns = append(unknowns, qn.ID)
			if qr.Status != scoring.Unknown || qr.Counted && qr.Score != 0 {
				fail("%s answered unknown: status %v, s %v", qn.ID, qr.Status, qr.Score)
			}
		}
		counted := qn.Scored() && !a.NA
		// Estimates and missing evidence: the questions the overall score
		// rests on, so not a profile in a section of weight 0.
		overall := counted && qn.Section.Weight > 0
		if overall && a.Value.Set && !a.Unknown && a.Estimate {
			estimates = append(estimates, qn.ID)
		}
		if overall && qr.Status == scoring.Answered && qr.Score > 0 && !qn.Evidence.IsZero() && a.Note == "" && len(a.Evidence) == 0 {
			missing = append(missing, qn.ID)
		}
		if counted && qn.Section.Weight > 0 {
			scored++
			if qr.Status == scoring.Unknown {
				unknown++
			}
		}
		if qr.Gap && qn.Critical {
			critical = append(critical, qn.ID)
		}
	}
	for _, l := range []struct {
		what      string
		got, want []string
	}{
		{"unknowns", res.Unknowns, unknowns},
		{"estimates", res.Estimates, estimates},
		{"missing evidence", res.MissingEvidence, missing},
		{"critical gaps", res.CriticalGapIDs, critical},
	} {
		if join(l.got) != join(l.want) {
			fail("%s = %s, want %s", l.what, join(l.got), join(l.want))
		}
	}
	for _, id := range res.Unknowns {
		if slices.Contains(res.Unanswered, id) {
			fail("%s is both unknown and unanswered", id)
		}
	}
	if answered != res.Answered || applicable != res.Applicable {
		fail("answered %d of %d, want %d of %d", res.Answered, res.Applicable, answered, applicable)
	}
	completion := 1.0
	if applicable > 0 {
		completion = float64(answered) / float64(applicable)
	}
	want := completion < res.Questionnaire.MinCompletion || float64(unknown) > 0.2*float64(scored)
	if res.Provisional != want || res.Reason.Unknown != unknown || res.Reason.Scored != scored {
		fail("provisional %v (%+v), want %v with %d unknown of %d", res.Provisional, res.Reason, want, unknown, scored)
	}
	if res.Provisional != (res.Reason.String() != "") {
		fail("provisional %v but reason %q", res.Provisional, res.Reason.String())
	}
	for _, gp := range res.Gaps {
		act := res.Answers.Actions[gp.Question.ID]
		if gp.Action != act {
			fail("gap %s: action %v, want %v", gp.Question.ID, gp.Action, act)
		}
		overdue := act != nil && act.Due.Before(res.Answers.Date) &&
			act.Status != answers.ActionDone && act.Status != answers.ActionRiskAccepted
		if gp.Overdue != overdue {
			fail("gap %s: overdue %v, want %v", gp.Question.ID, gp.Overdue, overdue)
		}
		if unowned := gp.Critical && (act == nil || act.Owner == ""); gp.Unowned != unowned {
			fail("gap %s: unowned %v, want %v", gp.Question.ID, gp.Unowned, unowned)
		}
		if gp.Unknown != (gp.Status == scoring.Unknown) {
			fail("gap %s: unknown %v, status %v", gp.Question.ID, gp.Unknown, gp.Status)
		}
	}
}

// TestPropertyUnknownScoresLikeZero: for the score, answering a question
// "don't know" is the same as leaving it unanswered, and the same as an
// answer that scores 0: overall, sections and every gap's points lost are
// equal. Only the lists and completion tell them apart. Questions that a
// condition reads are left alone, since an unknown answer makes a test on
// them false where a value may make it true.
func TestPropertyUnknownScoresLikeZero(t *testing.T) {
	tried := 0
	for seed := uint64(1); seed <= propertyRuns; seed++ {
		r := rand.New(rand.NewPCG(seed, 12))
		g := genQuestionnaire(t, r, 1+r.IntN(4), 6, false)
		f := randomAnswers(r, g.q)
		for _, qn := range g.q.Questions {
			qn.AllowUnknown = true
		}
		base := scoring.Score(g.q, f)
		for _, qr := range base.Questions {
			qn := qr.Question
			if g.referenced[qn.ID] || !qr.Counted {
				continue
			}
			old := f.Get(qn.ID)
			f.Set(qn.ID, &answers.Answer{Unknown: true})
			unk := scoring.Score(g.q, f)
			delete(f.Answers, qn.ID)
			none := scoring.Score(g.q, f)
			variants := []*scoring.Result{none}
			for _, o := range qn.Options {
				if o.Score == 0 {
					v := answers.Value{Set: true, Choice: o.Value}
					if qn.Type == questionnaire.Multi {
						v = answers.Value{Set: true, Choices: []string{o.Value}}
					}
					f.Set(qn.ID, &answers.Answer{Value: v})
					variants = append(variants, scoring.Score(g.q, f))
					break
				}
			}
			if old != nil {
				f.Set(qn.ID, old)
			} else {
				delete(f.Answers, qn.ID)
			}
			tried++
			if !slices.Contains(unk.Unknowns, qn.ID) || slices.Contains(unk.Unanswered, qn.ID) {
				t.Errorf("seed %d: %s answered unknown: unknowns %v, unanswered %v", seed, qn.ID, unk.Unknowns, unk.Unanswered)
			}
			if unk.Completion < none.Completion {
				t.Errorf("seed %d: %s: unknown lowered completion below unanswered", seed, qn.ID)
			}
			for _, v := range variants {
				if !sameScores(unk, v) {
					t.Errorf("seed %d: %s: unknown scores %v, s = 0 scores %v", seed, qn.ID, unk.Overall, v.Overall)
				}
			}
		}
	}
	if tried < propertyRuns {
		t.Fatalf("only %d questions tried", tried)
	}
}

// sameScores compares overall, section scores and the gaps' points lost.
func sameScores(a, b *scoring.Result) bool {
	if !near(a.Overall, b.Overall) || a.Band != b.Band || a.Rating != b.Rating || len(a.Gaps) != len(b.Gaps) {
		return false
	}
	for i := range a.Sections {
		if a.Sections[i].Scored != b.Sections[i].Scored || !near(a.Sections[i].Score, b.Sections[i].Score) {
			return false
		}
	}
	for i := range a.Gaps {
		if a.Gaps[i].Question != b.Gaps[i].Question || !near(a.Gaps[i].PointsLost, b.Gaps[i].PointsLost) {
			return false
		}
	}
	return true
}

// TestPropertyProvisionalMonotonic: giving a value to an unanswered or
// unknown question never makes a rating provisional that was not: it
// raises completion (or keeps it) and lowers the unknown count (or keeps
// it), and leaves the applicable scored questions as they were. Questions
// a condition reads are left alone, since answering them can make others
// apply.
func TestPropertyProvisionalMonotonic(t *testing.T) {
	tried, flipped := 0, 0
	for seed := uint64(1); seed <= propertyRuns; seed++ {
		r := rand.New(rand.NewPCG(seed, 13))
		g := genQuestionnaire(t, r, 1+r.IntN(4), 6, false)
		f := randomAnswers11(r, g.q)
		before := scoring.Score(g.q, f)
		for _, qr := range before.Questions {
			qn := qr.Question
			if g.referenced[qn.ID] || qr.Status != scoring.Unanswered && qr.Status != scoring.Unknown {
				continue
			}
			old := f.Get(qn.ID)
			f.Set(qn.ID, &answers.Answer{Value: randomValue(r, qn)})
			after := scoring.Score(g.q, f)
			if old != nil {
				f.Set(qn.ID, old)
			} else {
				delete(f.Answers, qn.ID)
			}
			tried++
			if after.Provisional && !before.Provisional {
				t.Errorf("seed %d: answering %s made the rating provisional: %+v → %+v", seed, qn.ID, before.Reason, after.Reason)
			}
			if before.Provisional && !after.Provisional {
				flipped++
			}
		}
	}
	if tried < propertyRuns || flipped == 0 {
		t.Fatalf("%d answers tried, %d made a rating final: the generator no longer exercises this property", tried, flipped)
	}
}

// TestPropertyRegimes checks every regime of random 1.1 questionnaires
// against docs/scoring.md, computed here from the question results: it
// applies when its condition holds on the answers given (unanswered, not
// applicable and unknown answers make a test false); when it applies, its
// readiness is 100 · Σ(w·s) / Σw over the questions counting towards the
// overall score that cite one of its references, with their gaps; when it
// does not, it has no score and no gaps. Read holds every question its
// condition names, in questionnaire order, once.
func TestPropertyRegimes(t *testing.T) {
	applied, scored := 0, 0
	for seed := uint64(1); seed <= propertyRuns; seed++ {
		r := rand.New(rand.NewPCG(seed, 14))
		g := genQuestionnaire11(t, r, 1+r.IntN(4), 6)
		for k := 0; k < 3; k++ {
			res := scoring.Score(g.q, randomAnswers11(r, g.q))
			checkBounds(t, seed, res)
			check11Invariants(t, seed, res)
			a, s := checkRegimes(t, seed, res)
			applied += a
			scored += s
		}
	}
	if applied == 0 || scored == 0 {
		t.Fatalf("%d regimes applied, %d scored: the generator no longer exercises regimes", applied, scored)
	}
}

func checkRegimes(t *testing.T, seed uint64, res *scoring.Result) (applied, scored int) {
	t.Helper()
	q := res.Questionnaire
	given := func(id string) (*scoring.QuestionResult, bool) {
		qr := res.Question(id)
		return qr, qr != nil && qr.Status == scoring.Answered
	}
	var env questionnaire.Env
	env.Values = func(id string) ([]string, bool) {
		qr, ok := given(id)
		if !ok {
			return nil, false
		}
		if qr.Question.Type == questionnaire.Multi {
			return qr.Answer.Value.Choices, true
		}
		return []string{qr.Answer.Value.Choice}, true
	}
	env.Number = func(id string) (float64, bool) {
		qr, ok := given(id)
		if !ok || qr.Question.Type != questionnaire.Number {
			return 0, false
		}
		return qr.Answer.Value.Number, true
	}
	env.Regime = func(id string) bool {
		for _, rg := range q.Regimes {
			if rg.ID == id {
				return rg.Applies.Eval(env)
			}
		}
		return false
	}
	if len(res.Regimes) != len(q.Regimes) {
		t.Fatalf("seed %d: %d regime results for %d regimes", seed, len(res.Regimes), len(q.Regimes))
	}
	for i, rg := range q.Regimes {
		rr := res.Regimes[i]
		if rr.Regime != rg {
			t.Errorf("seed %d: regime %d is %s, want %s", seed, i, rr.Regime.ID, rg.ID)
		}
		if want := rg.Applies.Eval(env); rr.Applies != want {
			t.Errorf("seed %d: regime %s applies %v, want %v", seed, rg.ID, rr.Applies, want)
		}
		for _, id := range rg.Applies.Refs() {
			if !slices.Contains(rr.Read, id) {
				t.Errorf("seed %d: regime %s reads %s, not in %v", seed, rg.ID, id, rr.Read)
			}
		}
		for j := 1; j < len(rr.Read); j++ {
			if q.Question(rr.Read[j-1]).Index >= q.Question(rr.Read[j]).Index {
				t.Errorf("seed %d: regime %s: read %v is not in questionnaire order", seed, rg.ID, rr.Read)
			}
		}
		if !rr.Applies {
			if rr.Scored || rr.Gaps != 0 || rr.CriticalGaps != 0 {
				t.Errorf("seed %d: regime %s does not apply, yet scored %v, %d gaps", seed, rg.ID, rr.Scored, rr.Gaps)
			}
			continue
		}
		applied++
		sumW, sumWS, gaps, crit := 0.0, 0.0, 0, 0
		for _, qr := range res.Questions {
			if !qr.Counted || qr.Question.Section.Weight == 0 {
				continue
			}
			cites := false
			for _, ref := range qr.Question.References {
				cites = cites || q.Reference(ref).Regime == rg.ID
			}
			if !cites {
				continue
			}
			sumW += qr.Question.Weight
			sumWS += qr.Question.Weight * qr.Score
			if qr.Gap {
				gaps++
				if qr.Critical && (rg.Status == "" || rg.Status.Binding()) {
					crit++
				}
			}
		}
		if rr.Scored != (sumW > 0) || rr.Scored && !near(rr.Score, 100*sumWS/sumW) {
			t.Errorf("seed %d: regime %s scored %v %v, want Σw %v Σws %v", seed, rg.ID, rr.Scored, rr.Score, sumW, sumWS)
		}
		if rr.Scored {
			scored++
			if rr.Score < 0 || rr.Score > 100 {
				t.Errorf("seed %d: regime %s score %v outside [0, 100]", seed, rg.ID, rr.Score)
			}
		}
		if rr.Gaps != gaps || rr.CriticalGaps != crit {
			t.Errorf("seed %d: regime %s gaps %d/%d, want %d/%d", seed, rg.ID, rr.Gaps, rr.CriticalGaps, gaps, crit)
		}
	}
	return applied, scored
}
