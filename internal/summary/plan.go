package summary

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// PlanFormat names the layout of `dutycheck plan --format json`.
const PlanFormat = "dutycheck-plan/v1"

// Plan is the action plan of an assessment, the model of `plan`:
// the must-have duties not met first, never weighed in points against the
// rest; then the other gaps by points lost; then the actions recorded on
// questions that have no gap (kept, and shown closed when done).
type Plan struct {
	Format        string                   `json:"format"`
	Questionnaire scoring.QuestionnaireRef `json:"questionnaire"`
	Organization  string                   `json:"organization"`
	Service       string                   `json:"service,omitempty"`
	Date          string                   `json:"date"`
	Overall       scoring.Overall          `json:"overall"`
	// MustHaves are the critical gaps: the must-have duties not met.
	MustHaves []PlanItem `json:"must_haves"`
	// Gaps are the other gaps, by points lost.
	Gaps []PlanItem `json:"gaps"`
	// Closed are actions on questions without a gap (or that the
	// questionnaire no longer has), in questionnaire order.
	Closed []ClosedAction `json:"closed"`
	// Overdue and Unowned list the question ids marked so, in plan order.
	Overdue []string `json:"overdue"`
	Unowned []string `json:"unowned"`
}

// PlanItem is one gap with its action.
type PlanItem struct {
	Question string `json:"question"`
	Section  string `json:"section"`
	Text     string `json:"text"`
	MustHave bool   `json:"must_have"`
	// Status is answered, unanswered or unknown; Answer the answer as
	// people read it ("" when there is none).
	Status   string  `json:"status"`
	Answer   string  `json:"answer"`
	Estimate bool    `json:"estimate"`
	Score    float64 `json:"score"`
	// PointsLost is null for a must-have duty: it is not weighed in points.
	PointsLost     *float64               `json:"points_lost"`
	Recommendation string                 `json:"recommendation"`
	References     []PlanRef              `json:"references"`
	Action         *scoring.ActionSummary `json:"action"`
	Overdue        bool                   `json:"overdue"`
	Unowned        bool                   `json:"unowned"`
	// MeasureThis marks an unknown answer: the action is to measure it.
	MeasureThis bool `json:"measure_this"`
}

// PlanRef is a reference with its legal status and pinpoint.
type PlanRef struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Status   string `json:"status"`
	Words    string `json:"status_text"`
	Pinpoint string `json:"pinpoint"`
	URL      string `json:"url"`
}

// ClosedAction is an action on a question that has no gap.
type ClosedAction struct {
	Question string                 `json:"question"`
	Text     string                 `json:"text"`
	Action   *scoring.ActionSummary `json:"action"`
	// Closed is true when the action is done.
	Closed bool `json:"closed"`
}

// NewPlan builds the plan of a scored assessment, with texts in lang.
func NewPlan(r *scoring.Result, lang string) Plan {
	sum := r.Summarize(lang)
	q, f := r.Questionnaire, r.Answers
	pl := Plan{
		Format: PlanFormat, Questionnaire: sum.Questionnaire, Organization: f.Organization,
		Service: f.Service, Date: sum.Date, Overall: sum.Overall,
		MustHaves: []PlanItem{}, Gaps: []PlanItem{}, Closed: []ClosedAction{},
		Overdue: []string{}, Unowned: []string{},
	}
	gapped := map[string]bool{}
	for i, g := range r.Gaps {
		gapped[g.Question.ID] = true
		it := PlanItem{
			Question: g.Question.ID, Section: g.Question.Section.ID, Text: g.Question.Text.In(lang),
			MustHave: g.Critical, Status: planStatus(g), Estimate: g.Estimate, Score: g.Score,
			Recommendation: g.Recommendation.In(lang), References: PlanRefs(q, g.References, lang),
			Action: sum.Gaps[i].Action, Overdue: g.Overdue, Unowned: g.Unowned, MeasureThis: g.Unknown,
		}
		if qr := r.Question(g.Question.ID); qr != nil && qr.Answer != nil && qr.Answer.Value.Set {
			it.Answer = ShowAnswer(g.Question, qr.Answer.Value, lang)
		}
		if g.Overdue {
			pl.Overdue = append(pl.Overdue, it.Question)
		}
		if g.Unowned {
			pl.Unowned = append(pl.Unowned, it.Question)
		}
		if g.Critical {
			pl.MustHaves = append(pl.MustHaves, it)
			continue
		}
		lost := g.PointsLost
		it.PointsLost = &lost
		pl.Gaps = append(pl.Gaps, it)
	}
	var ids []string
	for _, qn := range q.Questions {
		if f.Actions[qn.ID] != nil {
			ids = append(ids, qn.ID)
		}
	}
	ids = append(ids, f.OrphanActions(q)...)
	for _, id := range ids {
		if gapped[id] {
			continue
		}
		a := f.Actions[id]
		c := ClosedAction{Question: id, Action: ActionSummary(a, false), Closed: a.Status == answers.ActionDone}
		if qn := q.Question(id); qn != nil {
			c.Text = qn.Text.In(lang)
		}
		pl.Closed = append(pl.Closed, c)
	}
	return pl
}

// ActionSummary is an action as JSON carries it (docs/commands.md).
func ActionSummary(a *answers.Action, overdue bool) *scoring.ActionSummary {
	if a == nil {
		return nil
	}
	s := &scoring.ActionSummary{Owner: a.Owner, Status: string(a.Status), DoneWhen: a.DoneWhen,
		ApprovedBy: a.ApprovedBy, Overdue: overdue}
	if s.Status == "" {
		s.Status = string(answers.ActionOpen)
	}
	if !a.Due.IsZero() {
		s.Due = a.Due.Format(questionnaire.DateLayout)
	}
	return s
}

// planStatus is a gap's answer status for the plan.
func planStatus(g scoring.Gap) string {
	switch {
	case g.Unknown:
		return StatusUnknown
	case g.Status == scoring.Unanswered:
		return StatusUnanswered
	}
	return StatusAnswered
}

// PlanRefs lists references with their status in words in lang.
func PlanRefs(q *questionnaire.Questionnaire, ids []string, lang string) []PlanRef {
	p := l10n.For(lang)
	out := []PlanRef{}
	for _, id := range ids {
		pr := PlanRef{ID: id, Title: id}
		if ref := q.Reference(id); ref != nil {
			pr = PlanRef{ID: id, Title: ref.Title.In(lang), Status: string(ref.Status), Words: p.LegalStatus(string(ref.Status)),
				Pinpoint: ref.PinpointIn(lang), URL: ref.URL}
		}
		out = append(out, pr)
	}
	return out
}

// ClosedLine is an action on a question without a gap, on one line.
func ClosedLine(p *l10n.Printer, c ClosedAction) string {
	a := c.Action
	var parts []string
	if a.Owner != "" {
		parts = append(parts, p.T("act.owner", a.Owner))
	}
	if a.Due != "" {
		parts = append(parts, p.T("act.due", a.Due))
	}
	if a.Overdue {
		parts = append(parts, p.T("act.overdue"))
	}
	parts = append(parts, p.ActionStatus(a.Status))
	if a.ApprovedBy != "" {
		parts = append(parts, p.T("act.approved", a.ApprovedBy))
	}
	return strings.Join(parts, " · ")
}
