package scoring

import "github.com/dutycheck/dutycheck/internal/questionnaire"

// Summary is the machine-readable form of a Result (SPEC section 5, `score
// --format json`). Field names are a contract: scripts and dashboards read
// them, so they only ever grow. Scores are unrounded.
type Summary struct {
	Questionnaire   QuestionnaireRef `json:"questionnaire"`
	Organization    string           `json:"organization"`
	Service         string           `json:"service,omitempty"`
	Date            string           `json:"date"`
	Overall         Overall          `json:"overall"`
	Completion      float64          `json:"completion"`
	Answered        int              `json:"answered"`
	Applicable      int              `json:"applicable"`
	Sections        []SectionSummary `json:"sections"`
	CriticalGaps    int              `json:"critical_gaps"`
	Gaps            []GapSummary     `json:"gaps"`
	Unanswered      []string         `json:"unanswered"`
	Orphans         []string         `json:"orphans"`
	MissingEvidence []string         `json:"missing_evidence"`
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
			Capped: r.Capped},
		Completion:      r.Completion,
		Answered:        r.Answered,
		Applicable:      r.Applicable,
		CriticalGaps:    r.CriticalGaps,
		Sections:        []SectionSummary{},
		Gaps:            []GapSummary{},
		Unanswered:      nonNil(r.Unanswered),
		Orphans:         nonNil(r.Orphans),
		MissingEvidence: nonNil(r.MissingEvidence),
	}
	for _, sr := range r.Sections {
		ss := SectionSummary{ID: sr.Section.ID, Title: sr.Section.Title.In(lang), Weight: sr.Weight,
			Applies: sr.Applies, Answered: sr.Answered, Applicable: sr.Applicable, CriticalGaps: sr.CriticalGaps}
		if sr.Scored {
			score := sr.Score
			ss.Score = &score
		}
		s.Sections = append(s.Sections, ss)
	}
	for _, g := range r.Gaps {
		s.Gaps = append(s.Gaps, GapSummary{
			Question: g.Question.ID, Section: g.Question.Section.ID, Text: g.Question.Text.In(lang),
			Critical: g.Critical, Score: g.Score, PointsLost: g.PointsLost, Unanswered: g.Status == Unanswered,
			Recommendation: g.Recommendation.In(lang), References: nonNil(g.References),
		})
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
