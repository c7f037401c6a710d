package report

import (
	"slices"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// boardInput is the 1.1 test questionnaire (testdata/report/board.yaml)
// with the answers of a small EU-only company: regimes that do and do not
// apply, three must-haves not met (one overdue, one without an owner), a
// risk accepted, unknowns, an estimate and evidence; with baseline, the
// assessment of six months before.
func boardInput(t testing.TB, lang string, baseline bool) Input {
	t.Helper()
	q, f, data := load(t, "report/board.yaml", "report/board-answers.yaml")
	in := Input{Questionnaire: q, Answers: f, Result: scoring.Score(q, f), Lang: lang,
		AnswersData: data, AnswersName: "board-answers.yaml", Date: fixedDate, Generator: "dutycheck test"}
	if baseline {
		bf, err := answers.Decode("board-baseline.yaml", readTestdata(t, "report/board-baseline.yaml"), q)
		if err != nil {
			t.Fatal(err)
		}
		in.Baseline = scoring.Score(q, bf)
	}
	return in
}

// owners of realAssessment's must-haves and other actions.
var (
	ownerOnTime  = "Head of Trust & Safety (Nordics)"
	ownerOverdue = "Chief Technology Officer"
	ownerOther   = "Director of Content Policy"
)

// realAssessment answers the built-in default questionnaire as a large
// platform would, whatever its version: the profile picked so that much
// applies (every feature, large numbers), nearly every scored question
// answered, most in full and every fourth partly, a few "don't know" and
// estimates; then exactly three must-have duties left unmet, one owned
// and on time, one overdue and one without an owner, and actions on
// other gaps (some accepted as risks). The baseline, six months earlier,
// has more partial answers and fewer actions.
func realAssessment(t testing.TB) (q *questionnaire.Questionnaire, now, before *answers.File) {
	t.Helper()
	src, ok := questionnaires.Get(questionnaires.DefaultID)
	if !ok {
		t.Fatal("no built-in default questionnaire")
	}
	q, err := questionnaire.Parse(src.Name, src.Data)
	if err != nil {
		t.Fatal(err)
	}
	date := time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)
	now = fillAnswers(t, q, date, 4)
	before = fillAnswers(t, q, date.AddDate(0, -6, 0), 3)

	// Every must-have met, then three not: critical questions that no
	// condition reads, set to their worst answer.
	for _, f := range []*answers.File{now, before} {
		for _, qr := range scoring.Score(q, f).Questions {
			if qr.Critical && qr.Counted && qr.Score < 1 {
				f.Put(qr.Question, &answers.Answer{Value: best(qr.Question, date)})
			}
		}
	}
	r := scoring.Score(q, now)
	var crit []*questionnaire.Question
	for _, qr := range r.Questions {
		if len(crit) == 3 {
			break
		}
		if qr.Critical && qr.Counted && qr.Score == 1 && !readByCondition(q, qr.Question.ID) && worst(qr.Question).Set {
			crit = append(crit, qr.Question)
		}
	}
	if len(crit) < 3 {
		t.Fatalf("the built-in questionnaire has %d must-haves to leave unmet; want 3", len(crit))
	}
	for _, qn := range crit {
		now.Put(qn, &answers.Answer{Value: worst(qn), Note: "Not in place yet."})
	}
	now.Actions = map[string]*answers.Action{
		crit[0].ID: {Owner: ownerOnTime, Due: date.AddDate(0, 4, 0), Status: answers.ActionInProgress, DoneWhen: "In place on every surface and tested."},
		crit[1].ID: {Owner: ownerOverdue, Due: date.AddDate(0, -2, 0), Status: answers.ActionOpen},
		// crit[2] has no action: unowned.
	}
	r = scoring.Score(q, now)
	if r.CriticalGaps != 3 {
		t.Fatalf("%d must-haves not met; want 3", r.CriticalGaps)
	}
	k := 0
	for _, g := range r.Gaps {
		if g.Critical {
			continue
		}
		switch k % 4 {
		case 0:
			now.Actions[g.Question.ID] = &answers.Action{Owner: ownerOther, Due: date.AddDate(0, 3, 0), Status: answers.ActionOpen}
		case 1:
			now.Actions[g.Question.ID] = &answers.Action{Owner: ownerOther, Status: answers.ActionRiskAccepted, ApprovedBy: "Board, minute 2026-11-12 §4"}
		case 2:
			now.Actions[g.Question.ID] = &answers.Action{Owner: ownerOverdue, Due: date.AddDate(0, -1, 0), Status: answers.ActionInProgress}
		}
		k++
	}
	before.Actions = map[string]*answers.Action{crit[1].ID: {Owner: ownerOverdue, Due: date.AddDate(0, -2, 0), Status: answers.ActionOpen}}
	return q, now, before
}

// fillAnswers answers every question of q that applies; every partial-th
// scored question gets a partial score.
func fillAnswers(t testing.TB, q *questionnaire.Questionnaire, date time.Time, partial int) *answers.File {
	t.Helper()
	f := answers.New(q, date)
	f.Organization, f.Service, f.Respondent = "Exempel Plattform AB", "Exempel Social", "Åsa Öberg"
	// Answer in order, rechecking what applies as the profile fills in.
	for i, qn := range q.Questions {
		if !scoring.Applicability(q, f)[i] {
			continue
		}
		profile := qn.Section.Weight == 0 || qn.Weight == 0
		a := &answers.Answer{}
		switch {
		case !profile && qn.UnknownAllowed() && i%9 == 4:
			a.Unknown = true
		case profile:
			a.Value = profileValue(t, qn, date)
		case i%partial == 1:
			a.Value = middle(qn, date)
		default:
			a.Value = best(qn, date)
		}
		if !a.Value.Set && !a.Unknown {
			continue
		}
		if a.Value.Set && qn.Type == questionnaire.Number && i%7 == 3 {
			a.Estimate = true
		}
		if i%5 == 0 {
			a.Note = "Documented in the trust and safety handbook."
		}
		f.Put(qn, a)
	}
	return f
}

// profileValue answers a profile question so that much applies.
func profileValue(t testing.TB, qn *questionnaire.Question, date time.Time) answers.Value {
	switch qn.Type {
	case questionnaire.YesNo:
		return answers.Value{Set: true, Choice: "yes"}
	case questionnaire.Single:
		for _, o := range qn.Options {
			if !o.Unknown {
				return answers.Value{Set: true, Choice: o.Value}
			}
		}
	case questionnaire.Multi:
		var all []string
		for _, o := range qn.Options {
			if !o.Exclusive && !o.Unknown {
				all = append(all, o.Value)
			}
		}
		v, err := answers.CheckChoices(qn, all)
		if err != nil {
			t.Fatal(err)
		}
		return v
	case questionnaire.Number:
		n := 60_000_000.0
		if qn.Max != nil {
			n = min(n, *qn.Max)
		}
		return answers.Value{Set: true, Number: n}
	case questionnaire.Duration:
		return answers.Value{Set: true, Duration: 24 * time.Hour}
	case questionnaire.Date:
		return answers.Value{Set: true, Date: date.AddDate(0, -1, 0)}
	case questionnaire.FreeText:
		return answers.Value{Set: true, Text: "Social network with public posts, groups and livestreams."}
	}
	return answers.Value{}
}

// best, middle and worst are answers that score highest, in between and
// lowest.
func best(qn *questionnaire.Question, date time.Time) answers.Value   { return pick(qn, date, 1) }
func middle(qn *questionnaire.Question, date time.Time) answers.Value { return pick(qn, date, 0.5) }
func worst(qn *questionnaire.Question) answers.Value {
	if qn.Type == questionnaire.YesNo || qn.Type == questionnaire.Single {
		var v answers.Value
		low := 2.0
		for _, o := range qn.Options {
			if !o.Unknown && o.Score < low {
				v, low = answers.Value{Set: true, Choice: o.Value}, o.Score
			}
		}
		if low < 1 {
			return v
		}
	}
	return answers.Value{}
}

// pick answers qn with the score nearest to want.
func pick(qn *questionnaire.Question, date time.Time, want float64) answers.Value {
	near := func(s float64) float64 { return max(s-want, want-s) }
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		var v answers.Value
		d := 9.0
		for _, o := range qn.Options {
			if !o.Unknown && near(o.Score) < d {
				v, d = answers.Value{Set: true, Choice: o.Value}, near(o.Score)
			}
		}
		return v
	case questionnaire.Multi:
		var chosen []string
		sum := 0.0
		for _, o := range qn.Options {
			if !o.Exclusive && !o.Unknown && sum < want {
				chosen = append(chosen, o.Value)
				sum += o.Score
			}
		}
		v, _ := answers.CheckChoices(qn, chosen)
		return v
	case questionnaire.Number, questionnaire.Duration, questionnaire.Date:
		var bd *questionnaire.Band
		for i := range qn.Bands {
			if bd == nil || near(qn.Bands[i].Score) < near(bd.Score) {
				bd = &qn.Bands[i]
			}
		}
		if bd == nil {
			return profileValue(nil, qn, date)
		}
		x := 0.0
		switch {
		case bd.Min != nil:
			x = *bd.Min
		case bd.Max != nil:
			x = *bd.Max
		}
		switch qn.Type {
		case questionnaire.Number:
			if qn.Min != nil {
				x = max(x, *qn.Min)
			}
			if qn.Max != nil {
				x = min(x, *qn.Max)
			}
			return answers.Value{Set: true, Number: x}
		case questionnaire.Duration:
			return answers.Value{Set: true, Duration: time.Duration(x * float64(time.Minute))}
		}
		days := int(x / (24 * 60))
		return answers.Value{Set: true, Date: date.AddDate(0, 0, -days)}
	}
	return answers.Value{}
}

// readByCondition reports whether any condition of q reads the question.
func readByCondition(q *questionnaire.Questionnaire, id string) bool {
	var conds []*questionnaire.Condition
	for _, s := range q.Sections {
		conds = append(conds, s.When)
	}
	for _, qn := range q.Questions {
		conds = append(conds, qn.When, qn.CriticalWhen)
	}
	for _, rg := range q.Regimes {
		conds = append(conds, rg.Applies)
	}
	for _, c := range conds {
		if c != nil && slices.Contains(c.Refs(), id) {
			return true
		}
	}
	return false
}
