// Package targettext words the board's targets and their states the one
// way every output does (score, plan, Markdown, the PDF brief, the
// walk-through): what a target is set on, its limit and date, the figure
// it is held against, and its state.
package targettext

import (
	"math"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// What names what a target is set on: "Overall score", the section's
// title, or the question's text.
func What(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
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

// Limit is the target's limit and date: "at least 70 by 2027-06-30",
// "at most 1 h by 2027-03-31", "from 40 to 60 % by 2027-01-01".
func Limit(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
	qn := tr.Question(q)
	t := tr.Target
	var s string
	switch {
	case t.Min != nil && t.Max != nil:
		s = p.T("target.range", value(p, qn, *t.Min, lang), value(p, qn, *t.Max, lang))
	case t.Min != nil:
		s = p.T("target.min", value(p, qn, *t.Min, lang))
	default:
		s = p.T("target.max", value(p, qn, *t.Max, lang))
	}
	return s + " " + p.T("target.by", p.Date(t.By))
}

// value writes one limit in the units of what the target is set on.
func value(p *l10n.Printer, qn *questionnaire.Question, l answers.Limit, lang string) string {
	switch {
	case qn == nil:
		return p.Number(l.Value)
	case qn.Type == questionnaire.Number:
		return p.WithUnit(p.Number(l.Value), qn.Unit.In(lang))
	}
	return p.DurationAs(minutes(l.Value), l.Text)
}

// Actual is the figure the target is held against: "64.2", "192 min",
// "80 % (estimate)", "315 days old"; "no figure" when there is none.
func Actual(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
	if !tr.Known {
		return p.T("target.no.figure")
	}
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

// State is the state's word: met, open, MISSED, not known.
func State(p *l10n.Printer, st scoring.TargetState) string {
	return p.T(l10n.Key("target.state." + string(st)))
}

// Line is a target on one line after what it is set on: "at least 70 by
// 2027-06-30 · now 64.2 · open".
func Line(p *l10n.Printer, q *questionnaire.Questionnaire, tr scoring.TargetResult, lang string) string {
	now := p.T("target.no.figure")
	if tr.Known {
		now = p.T("target.now", Actual(p, q, tr, lang))
	}
	return Limit(p, q, tr, lang) + " · " + now + " · " + State(p, tr.State)
}

// SetBy is who set the targets, as a line: "Set by: Board, minute …".
func SetBy(p *l10n.Printer, f *answers.File) string {
	if f.Targets == nil || f.Targets.SetBy == "" {
		return ""
	}
	return p.T("target.set.by", f.Targets.SetBy)
}

func minutes(m float64) time.Duration { return time.Duration(math.Round(m * float64(time.Minute))) }
