package scoring

import (
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// Summary is the machine-readable form of a Result (docs/commands.md). Field
// names are a contract: scripts and dashboards read them, so they only ever
// grow. Scores are unrounded.
type Summary struct {
	Questionnaire QuestionnaireRef `json:"questionnaire"`
	Organization  string           `json:"organization"`
	Service       string           `json:"service,omitempty"`
	Date          string           `json:"date"`
	Overall       Overall          `json:"overall"`
	Completion    float64          `json:"completion"`
	Answered      int              `json:"answered"`
	Applicable    int              `json:"applicable"`
	Sections      []SectionSummary `json:"sections"`
	// CriticalGaps lists the must-have duties not met, in questionnaire
	// order (1.1; a count in 1.0).
	CriticalGaps    []string     `json:"critical_gaps"`
	Gaps            []GapSummary `json:"gaps"`
	Unanswered      []string     `json:"unanswered"`
	Orphans         []string     `json:"orphans"`
	MissingEvidence []string     `json:"missing_evidence"`
	// StaleEvidence lists questions with an evidence file changed or
	// missing since it was recorded; left out when there are none.
	StaleEvidence []string `json:"stale_evidence,omitempty"`
	// Unknown, Estimates and Regimes are 1.1 (docs/commands.md).
	Unknown   []string `json:"unknown"`
	Estimates []string `json:"estimates"`
	// RegimeEstimates are estimated answers that score nothing but decide
	// which regimes apply; left out when there are none.
	RegimeEstimates []string        `json:"regime_estimates,omitempty"`
	Regimes         []RegimeSummary `json:"regimes"`
	// Measured (1.2) is how much of the score rests on answers measured
	// from case exports; absent when none is.
	Measured *MeasuredSummary `json:"measured,omitempty"`
	// Targets (1.2) are the board's targets with their states; left out
	// when the answers file sets none.
	Targets []TargetSummary `json:"targets,omitempty"`
}

// QuestionnaireRef names the questionnaire scored against.
type QuestionnaireRef struct {
	ID      string `json:"id"`
	Version string `json:"version"`
	SHA256  string `json:"sha256"`
}

// Overall is the overall score with its rating; Band is before the cap.
type Overall struct {
	Score  float64 `json:"score"`
	Rating string  `json:"rating"`
	Band   string  `json:"band"`
	Capped bool    `json:"capped"`
	// Provisional (1.1) with its reason as a short English sentence; ""
	// when not provisional.
	Provisional       bool   `json:"provisional"`
	ProvisionalReason string `json:"provisional_reason"`
}

// RegimeSummary is one regime (1.1). Score is null when the regime does
// not apply or no counted question cites it; Read lists the questions its
// condition read (the answers that decided it).
type RegimeSummary struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Applies      bool     `json:"applies"`
	Why          string   `json:"why"`
	Read         []string `json:"read"`
	Score        *float64 `json:"score"`
	Gaps         int      `json:"gaps"`
	CriticalGaps int      `json:"critical_gaps"`
}

// ActionSummary is a gap's tracked action (1.1); Due is "" when not set.
type ActionSummary struct {
	Owner      string `json:"owner"`
	Due        string `json:"due"`
	Status     string `json:"status"`
	DoneWhen   string `json:"done_when"`
	ApprovedBy string `json:"approved_by"`
	Overdue    bool   `json:"overdue"`
}

// SectionSummary is one section; Score is null when it is not scored.
type SectionSummary struct {
	ID           string   `json:"id"`
	Title        string   `json:"title"`
	Weight       float64  `json:"weight"`
	Score        *float64 `json:"score"`
	Applies      bool     `json:"applies"`
	Answered     int      `json:"answered"`
	Applicable   int      `json:"applicable"`
	CriticalGaps int      `json:"critical_gaps"`
}

// GapSummary is one action-plan entry.
type GapSummary struct {
	Question       string   `json:"question"`
	Section        string   `json:"section"`
	Text           string   `json:"text"`
	Critical       bool     `json:"critical"`
	Score          float64  `json:"score"`
	PointsLost     float64  `json:"points_lost"`
	Unanswered     bool     `json:"unanswered"`
	Recommendation string   `json:"recommendation"`
	References     []string `json:"references"`
	// Unknown, Estimate, Action and Unowned are 1.1: Action is null for a
	// gap without one; Unowned marks a critical gap with no owner.
	Unknown  bool           `json:"unknown"`
	Estimate bool           `json:"estimate"`
	Action   *ActionSummary `json:"action"`
	Unowned  bool           `json:"unowned"`
}

// Summarize builds the Summary, with texts in lang.
func (r *Result) Summarize(lang string) Summary {
	q, f := r.Questionnaire, r.Answers
	s := Summary{
		Questionnaire: QuestionnaireRef{q.ID, q.Version, q.SHA256},
		Organization:  f.Organization,
		Service:       f.Service,
		Date:          f.Date.Format(questionnaire.DateLayout),
		Overall: Overall{Score: r.Overall, Rating: r.RatingLabel(lang), Band: r.BandLabel(lang),
			Capped: r.Capped, Provisional: r.Provisional, ProvisionalReason: r.Reason.String()},
		Completion:      r.Completion,
		Answered:        r.Answered,
		Applicable:      r.Applicable,
		CriticalGaps:    nonNil(r.CriticalGapIDs),
		Sections:        []SectionSummary{},
		Gaps:            []GapSummary{},
		Unanswered:      nonNil(r.Unanswered),
		Orphans:         nonNil(r.Orphans),
		MissingEvidence: nonNil(r.MissingEvidence),
		StaleEvidence:   r.StaleEvidence,
		Unknown:         nonNil(r.Unknowns),
		Estimates:       nonNil(r.Estimates),
		RegimeEstimates: r.RegimeEstimates,
		Regimes:         []RegimeSummary{},
		Targets:         r.targetSummaries(),
	}
	s.Measured = r.measuredSummary()
	for _, sr := range r.Sections {
		ss := SectionSummary{ID: sr.Section.ID, Title: sr.Section.Title.In(lang), Weight: sr.Weight,
			Applies: sr.Applies, Answered: sr.Answered, Applicable: sr.Applicable, CriticalGaps: sr.CriticalGaps}
		if sr.Scored {
			score := sr.Score
			ss.Score = &score
		}
		s.Sections = append(s.Sections, ss)
	}
	for _, rr := range r.Regimes {
		rs := RegimeSummary{ID: rr.Regime.ID, Title: rr.Regime.Title.In(lang), Applies: rr.Applies,
			Why: rr.Regime.Why.In(lang), Read: nonNil(rr.Read), Gaps: rr.Gaps, CriticalGaps: rr.CriticalGaps}
		if rr.Scored {
			score := rr.Score
			rs.Score = &score
		}
		s.Regimes = append(s.Regimes, rs)
	}
	for _, g := range r.Gaps {
		gs := GapSummary{
			Question: g.Question.ID, Section: g.Question.Section.ID, Text: g.Question.Text.In(lang),
			Critical: g.Critical, Score: g.Score, PointsLost: g.PointsLost, Unanswered: g.Status == Unanswered,
			Recommendation: g.Recommendation.In(lang), References: nonNil(g.References),
			Unknown: g.Unknown, Estimate: g.Estimate, Unowned: g.Unowned,
		}
		if a := g.Action; a != nil {
			gs.Action = &ActionSummary{Owner: a.Owner, Status: string(a.Status), DoneWhen: a.DoneWhen,
				ApprovedBy: a.ApprovedBy, Overdue: g.Overdue}
			if gs.Action.Status == "" {
				gs.Action.Status = string(answers.ActionOpen)
			}
			if !a.Due.IsZero() {
				gs.Action.Due = a.Due.Format(questionnaire.DateLayout)
			}
		}
		s.Gaps = append(s.Gaps, gs)
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
