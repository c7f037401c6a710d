package summary

// The board's targets (1.2) and the assessment over time, worded once for
// every output: what a target is set on, its limit and date, the figure
// it is held against, and its state.

import (
	"math"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
)

// targets words every target of r, and who set them.
func targets(p *l10n.Printer, r *scoring.Result, lang string) ([]Target, string) {
	var out []Target
	for _, tr := range r.Targets {
		out = append(out, TargetOf(p, r.Questionnaire, tr, lang))
	}
	setBy := ""
	if ts := r.Answers.Targets; ts != nil && ts.SetBy != "" {
		setBy = p.T("target.set.by", ts.SetBy)
	}
	return out, setBy
}

// TargetOf words one target held against its figure: what it is set on
// ("Overall score", the section's title, the question's text), its limit
// and date, the figure now, and its state.
func TargetOf(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) Target {
	t := Target{Scope: string(tr.Scope), ID: tr.ID, What: targetWhat(p, q, tr, lang), Limit: targetLimit(p, q, tr, lang),
		State: tr.State, StateText: TargetStateText(p, tr.State)}
	t.Now = p.T("target.no.figure")
	now := t.Now
	if tr.Known {
		t.Now = targetActual(p, q, tr, lang)
		now = p.T("target.now", t.Now)
	}
	t.Line = t.Limit + " · " + now + " · " + t.StateText
	return t
}

// TargetStateText is a state's word: met, open, MISSED, not known.
func TargetStateText(p *l10n.Printer, st scoring.TargetState) string {
	return p.T(l10n.Key("target.state." + string(st)))
}

func targetWhat(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
	switch tr.Scope {
	case answers.ScopeOverall:
		return p.T("target.overall")
	case answers.ScopeSection:
		if s := answers.TargetSection(q, tr.ID); s != nil {
			return s.Title.In(lang)
		}
	case answers.ScopeQuestion:
		if qn := q.Question(tr.ID); qn != nil {
			return qn.Text.In(lang)
		}
	}
	return tr.ID
}

// targetLimit is "at least 70 by 2027-06-30", "at most 1 h by …", "from
// 40 to 60 % by …".
func targetLimit(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
	qn := tr.Question(q)
	t := tr.Target
	var s string
	switch {
	case t.Min != nil && t.Max != nil:
		s = p.T("target.range", limitValue(p, qn, *t.Min, lang), limitValue(p, qn, *t.Max, lang))
	case t.Min != nil:
		s = p.T("target.min", limitValue(p, qn, *t.Min, lang))
	default:
		s = p.T("target.max", limitValue(p, qn, *t.Max, lang))
	}
	return s + " " + p.T("target.by", p.Date(t.By))
}

// limitValue writes one limit in the units of what the target is set on.
func limitValue(p *l10n.Printer, qn *questionnaire.Question, l answers.Limit, lang string) string {
	switch {
	case qn == nil:
		return p.Number(l.Value)
	case qn.Type == questionnaire.Number:
		return p.WithUnit(p.Number(l.Value), qn.Unit.In(lang))
	}
	return p.DurationAs(minutes(l.Value), l.Text)
}

// targetActual is the figure the target is held against: "64.2", "192
// min", "80 % (estimate)", "315 days old".
func targetActual(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
	qn := tr.Question(q)
	var s string
	switch {
	case qn == nil:
		s = p.Score(tr.Actual)
	case qn.Type == questionnaire.Number:
		s = p.WithUnit(p.Number(tr.Actual), qn.Unit.In(lang))
	case qn.Type == questionnaire.Duration:
		s = p.DurationAs(tr.Answer.Value.Duration, tr.Answer.Value.DurationText)
	default:
		s = p.N("target.days.old", int(math.Round(tr.Actual/(24*60))))
	}
	if tr.Answer != nil && tr.Answer.Estimate {
		s += " (" + p.T("target.estimate") + ")"
	}
	return s
}

func minutes(m float64) time.Duration { return time.Duration(math.Round(m * float64(time.Minute))) }

// trend words the overall score of each version, oldest first, the target
// on the overall score beside it, and where the points come from.
func (s *Summary) trend(t *trend.Trend) {
	if t == nil || len(t.Points) == 0 {
		return
	}
	p := s.P
	fromGit := false
	for _, pt := range t.Points {
		r := pt.Result
		s.Trend = append(s.Trend, TrendPoint{Date: r.Answers.Date, Score: r.Overall, ScoreText: p.Score(r.Overall),
			Rating: r.RatingLabel(s.Lang), DateText: p.Date(r.Answers.Date)})
		fromGit = fromGit || pt.Commit != ""
	}
	s.TrendNote = p.T("pdf.trendFiles")
	if fromGit {
		s.TrendNote = p.T("pdf.trendGit")
	}
	if tr := t.OverallTarget(); tr != nil {
		s.TrendTarget = p.T("target.label", targetLimit(p, t.Questionnaire, *tr, s.Lang))
	}
}

// TargetName names a target as `target set` and `target clear` echo it:
// "overall", "section respond", "question remove-time", in the output's
// language (ids stay as the files have them).
func TargetName(p *l10n.Printer, scope answers.TargetScope, id string) string {
	switch scope {
	case answers.ScopeOverall:
		return p.T("target.name.overall")
	case answers.ScopeSection:
		return p.T("target.name.section", id)
	}
	return p.T("target.name.question", id)
}
