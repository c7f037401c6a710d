// Package summary decides, once, every fact a reader is told about a
// scored assessment, and words it: where the service stands, why the
// rating is provisional, the must-have duties not met with their actions,
// the decisions asked, what the result rests on, and what changed since a
// baseline. The walk-through's end screen and plain mode, the text of
// `score` and `plan`, the Markdown export and the PDF brief all lay out
// one Summary and add no fact of their own, so that they say the same
// thing in the same words.
//
// It also owns the words every output shares for a question's status,
// an answer, a reference and a gap's action (words.go), so that the
// comparison (diff) and the formats (export) need not borrow them from
// each other.
//
// Texts in a Summary are as the files and the catalogue have them: each
// renderer makes them inert or escapes them for its medium.
package summary

import (
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/trend"
)

// Summary is every fact a reader is told about one scored assessment.
type Summary struct {
	// Lang is the language of the words; P writes in it.
	Lang string
	P    *l10n.Printer
	// Result is the scored assessment the facts come from. Renderers may
	// read values from it for layout only (a bar's length), never to say
	// something the Summary does not.
	Result *scoring.Result

	Position Position
	// Provisional says why the rating is provisional; nil when it is not.
	Provisional *Provisional
	Sections    []Section
	Regimes     Regimes
	MustHaves   MustHaves
	// Others are the gaps that are not must-haves, by points lost.
	Others []Gap
	// NoGaps is the sentence said when there is no gap at all; "" when
	// there are gaps.
	NoGaps string
	// Top are the actions that matter most: the plan's first rows
	// (must-haves first, then by points lost), at most TopActionCount.
	Top       []TopAction
	Decisions []Decision
	// Caveat is the line every brief carries: "A self-assessment: not
	// legal advice and not a certification."
	Caveat string
	// Acronyms are the glossary's abbreviations with their long forms;
	// Speller spells each out at its first use.
	Acronyms []Acronym
	RestsOn  RestsOn
	// Since is the change since the baseline; nil without one.
	Since *Since

	// The places where later facts attach. Each is nil (or empty) until
	// the work that decides it fills it in Build, from Options; a
	// renderer shows a block only when its field is set.

	// Targets are the targets set for the assessment, each with its
	// state; nil when none is set.
	Targets []Target
	// TargetsSetBy says who set the targets ("Set by: Board, minute …");
	// "" when the file does not say.
	TargetsSetBy string
	// Trend is the overall score over the assessments kept in history,
	// oldest first; nil when there is no history.
	Trend []TrendPoint
	// TrendTarget is the target on the overall score drawn beside the
	// trend ("Target: at least 60 by 2027-06-30"), and TrendNote where
	// the points come from; "" when there is no trend.
	TrendTarget, TrendNote string
	// Measured counts how the figures the result rests on were got;
	// nil until the answers say so.
	Measured *Measured
	// SignOff is the assessment's approval state: never nil, a Draft
	// when nobody has signed.
	SignOff *SignOff
}

// Options are the facts beyond the scored assessment that a Summary
// reports when they are known.
type Options struct {
	// Baseline is an earlier assessment of the same questionnaire.
	Baseline *scoring.Result
	// SignOff is the judged state of the sign-offs beside the answers
	// file (signoff.Summarize); nil when nobody has signed, which is a
	// Draft.
	SignOff *signoff.State
	// Trend is the assessment's versions over time (report --trend or
	// --history); nil leaves Trend empty.
	Trend *trend.Trend
	// Gate is score's --fail-under (0 for none): a score below it is
	// written with the decimals that keep it below (69.996, never 70.0).
	Gate float64
}

// Position is where the service stands.
type Position struct {
	Score float64
	// ScoreText is the score as every output writes it: "71.4".
	ScoreText string
	// Rating is the rating's label after any cap, Band before it.
	Rating, Band string
	Capped       bool
	Provisional  bool
	// RatingText is the rating as a line or a table cell says it:
	// "Developing (provisional)".
	RatingText string
	// Headline is the score with its rating: "71.4 / 100 · Developing
	// (provisional)"; outputs put their word for "Overall" before it.
	Headline string
	// Sentence is the position in one sentence, for a page: "The
	// service scores 71.4 of 100 and is rated Developing."
	Sentence string
	// Cap says why the rating is lower than the score alone gives: "The
	// rating is capped at Developing because 2 must-have duties are not
	// met; the score alone would give Established."; "" when not capped.
	Cap string
	// Completion is answered (with not applicable) over applicable;
	// CompletionText "71% (40 of 56 applicable questions answered)".
	Completion           float64
	Answered, Applicable int
	CompletionText       string
}

// Provisional says why a rating is provisional.
type Provisional struct {
	// Reasons are the phrases, each in lower case without a full stop:
	// "only 79.6% of the questions that apply are answered (80% are
	// needed)".
	Reasons []string
	// Line is all of them in one sentence: "The rating is provisional:
	// …; …."
	Line string
}

// Section is one section's part.
type Section struct {
	ID, Title string
	// Scored is false when the section has no score: State then says
	// why ("does not apply", "not scored").
	Scored bool
	Score  float64
	// ScoreText is "82.0" when scored, else State.
	ScoreText string
	State     string
	// MustNotMet counts its must-have duties not met; MustText words
	// them ("1 must-have"), "" when none.
	MustNotMet int
	MustText   string
}

// MustHaves are the must-have duties not met, never weighed in points.
type MustHaves struct {
	// Heading is "Must-have duties not met (2)".
	Heading string
	// Consequence says what they cause, when Position.Cap does not say
	// it already: the most the rating can be while any is not met, when
	// the questionnaire caps, or else that they come first. It is "" when
	// they cap the rating.
	Consequence string
	// Met is said when none is missed but some apply; "" otherwise.
	Met  string
	Gaps []Gap
}

// Gap is one gap with its action.
type Gap struct {
	Gap scoring.Gap
	ID  string
	// Text is the gap as a board reads it: the question's finding ("No
	// notice form without an account") where the questionnaire states
	// one in lang, else the question.
	Text string
	// Question is the question's text in lang.
	Question string
	// Finding is the gap as a fact with its basis: "No notice form
	// without an account: a legal duty under Digital Services Act Art.
	// 16, in force since 17 February 2024, not met"; "Not met: " and the
	// question where the questionnaire gives no finding.
	Finding string
	// Basis is what the gap rests on; BasisText says it ("legal duty").
	Basis     Basis
	BasisText string
	// Fields are the action's owner, due date and done-when, Dash where
	// unset.
	Fields Fields
	// PointsText is "−7.1"; "" for a must-have, which is not weighed.
	PointsText string
	// Unknown is the answer "don't know"; UnknownText says what to do:
	// "don't know / not measured: measure this".
	Unknown     bool
	UnknownText string
	Action      Action
	// Horizon is the suggested number of days to close the gap (30, 90
	// or 180, by Horizon); HorizonText says it: "within 30 days".
	Horizon     int
	HorizonText string
}

// Action is a gap's action in words.
type Action struct {
	// Parts are the owner (or "NO OWNER", "no owner"), the due date, the
	// status, who approved it, and "OVERDUE" when it is; or the owner
	// part and "no action recorded".
	Parts []string
	// Line is the parts on one line, joined by " · ".
	Line string
	// DoneWhen is "done when: …", "" when the action says nothing.
	DoneWhen         string
	Overdue, Unowned bool
}

// DecisionKind is what a decision asks.
type DecisionKind int

const (
	// NameOwner: a must-have duty has no owner.
	NameOwner DecisionKind = iota
	// Redate: an action is overdue, to re-date or escalate.
	Redate
	// ConfirmRisk: a risk is accepted, to confirm or reopen.
	ConfirmRisk
	// ApprovePlan: the plan and its dates, until a sign-off approves
	// the assessment. It names no gap.
	ApprovePlan
)

// Decision is one thing the board is asked to decide.
type Decision struct {
	Kind DecisionKind
	// What is what is asked, with who and when: "Overdue (CTO, due
	// 2027-01-31)".
	What string
	Gap  Gap
}

// RestsOn is how much the result rests on answers that are not measured
// facts.
type RestsOn struct {
	Heading string
	// Kinds are the unknown answers, the estimates and the scored answers
	// without the evidence their question asks for, in that order, each
	// even when there are none; then, only when there are some, the
	// estimates that score nothing but decide which regimes apply.
	Kinds []RestKind
	// Line is the kinds there are, on one line: "2 “don't know” · 1
	// estimate"; "" when there are none, and then None says so.
	Line, None string
	// NotApplicable counts the questions answered "not applicable" or
	// whose condition does not hold: "4 not applicable".
	NotApplicable string
	// Unanswered and Orphans are said apart: "3 questions unanswered
	// (each scores 0)."; "" when none.
	Unanswered, Orphans string
	// Stale names the answers whose evidence file changed or went
	// missing since it was recorded; "" when none (or not checked).
	Stale string
}

// RestKind is one kind of answer the result rests on.
type RestKind struct {
	// Phrase counts them: "2 estimates".
	Phrase string
	IDs    []string
}

// Since is the change since the baseline.
type Since struct {
	Date time.Time
	// Heading is "Since 2026-05-01"; Baseline the baseline's position and
	// the change: "Baseline of 2026-05-01: 60.0 · Developing. Change:
	// +11.4."; Line the counts: "2 gaps closed, 1 gap opened; 3 actions
	// done, 1 action overdue."
	Heading, Baseline, Line string
	// Closed and Opened list the gaps' question ids; ClosedText and
	// OpenedText the same gaps as a board reads them (finding, else
	// question), in the same order.
	Closed, Opened         []string
	ClosedText, OpenedText []string
	Done, Overdue          int
	// MustBefore and MustAfter count the must-have duties not met in the
	// baseline and now; MustLine says it, as the change the board cares
	// most about: "Must-have duties not met: 5 → 3." "" when both are 0.
	// Which were met since is in ClosedText, as findings.
	MustBefore, MustAfter int
	MustLine              string
}

// TargetState is how a target stands: scoring decides it, the summary
// words it (StateText).
type TargetState = scoring.TargetState

// The states of a target, scoring's.
const (
	TargetMet      = scoring.TargetMet
	TargetOpen     = scoring.TargetOpen
	TargetMissed   = scoring.TargetMissed
	TargetNotKnown = scoring.TargetNotKnown
)

// Target is one target set for the assessment, with its state.
type Target struct {
	// What names what is aimed at (a score, a question's figure) and
	// Line says the whole target in words.
	What, Line string
	State      TargetState
	// StateText is the state in words.
	StateText string
	// Scope and ID say what the target is set on as the answers file
	// does ("overall", "section", "question"; ID "" for overall). Limit
	// is its limit and date ("at least 70 by 2027-06-30"), Now the figure
	// it is held against ("64.2", "no figure"); Line is the three.
	Scope, ID  string
	Limit, Now string
}

// TrendPoint is the overall score of one assessment in the history.
type TrendPoint struct {
	Date      time.Time
	Score     float64
	ScoreText string
	Rating    string
	// DateText is the date as the outputs write it.
	DateText string
}

// Measured counts how the figures of the result were got: measured by a
// system, typed in by a person, or estimated.
type Measured struct {
	Measured, Typed, Estimated int
	// Line says the counts in words.
	Line string
	// Share is the part of the overall score's weight that rests on
	// measured answers, 0–1 (scoring.Result.Measured); ShareText "43.8%".
	Share     float64
	ShareText string
	// Items are the measured answers, in questionnaire order, each with
	// what it rests on.
	Items []MeasuredItem
}

// SignOffState is where the assessment's approval stands.
type SignOffState int

// The sign-off states.
const (
	// Draft: not approved.
	Draft SignOffState = iota
	// Final: approved by Name, Role on Date, and unchanged since.
	Final
	// ChangedSinceApproval: the approved version has changed since Date.
	ChangedSinceApproval
)

// SignOff is the assessment's approval.
type SignOff struct {
	State      SignOffState
	Name, Role string
	Date       time.Time
	// Line says the state in words: "Draft — not signed off", "Final —
	// approved by Karin Berg, Chair of the board, 2026-12-10".
	Line string
	// Status is the word alone ("Draft", "Final"), Detail the rest: who
	// approved and when, or why it is a draft; Note is "signer not
	// checked: key SHA256:…" when a Final was judged without an
	// allowed-signers list, and how many sign-offs have a signature
	// that is not valid; "" when neither.
	Status, Detail, Note string
}

// Build decides and words the facts of a scored assessment in lang.
func Build(r *scoring.Result, lang string, opt Options) *Summary {
	p := l10n.For(lang)
	s := &Summary{Lang: lang, P: p, Result: r}
	s.Position = position(p, r, lang, opt.Gate)
	if r.Provisional {
		s.Provisional = provisional(p, r.Reason)
	}
	s.Sections = sections(p, r, lang)
	s.Regimes = regimes(p, r, lang)
	s.MustHaves = mustHaves(p, r, lang, s.Position.Cap)
	for _, g := range r.Gaps {
		if !g.Critical {
			s.Others = append(s.Others, gap(p, r, g, lang))
		}
	}
	if len(r.Gaps) == 0 && r.Applicable > 0 {
		s.NoGaps = p.T("plan.none")
	}
	s.Top = topActions(p, s, lang)
	s.Decisions = decisions(p, r, lang)
	if opt.SignOff == nil || !opt.SignOff.Final() {
		s.Decisions = append([]Decision{{Kind: ApprovePlan, What: p.T("brief.decApprove")}}, s.Decisions...)
	}
	s.Caveat = caveat(p)
	s.Acronyms = acronyms(r.Questionnaire, lang)
	s.RestsOn = restsOn(p, r)
	s.Measured = measured(p, r, lang)
	if opt.Baseline != nil {
		s.Since = since(p, r, opt.Baseline, lang)
	}
	s.Targets, s.TargetsSetBy = targets(p, r, lang)
	s.trend(opt.Trend)
	st := opt.SignOff
	if st == nil {
		st = &signoff.State{} // nobody has signed: a Draft, said as the PDF says it
	}
	s.SignOff = signOff(p, st)
	return s
}

func position(p *l10n.Printer, r *scoring.Result, lang string, gate float64) Position {
	pos := Position{
		Score: r.Overall, ScoreText: p.ScoreBelow(r.Overall, gate),
		Rating: r.RatingLabel(lang), Band: r.BandLabel(lang),
		Capped: r.Capped, Provisional: r.Provisional,
		Completion: r.Completion, Answered: r.Answered, Applicable: r.Applicable,
	}
	pos.RatingText = pos.Rating
	if r.Provisional {
		pos.RatingText += " (" + p.T("provisional") + ")"
	}
	pos.Headline = p.T("score.overall.value", pos.ScoreText, pos.RatingText)
	pos.Sentence = p.T("pdf.position", pos.ScoreText, pos.Rating)
	if r.Capped {
		pos.Cap = p.T("sum.capped", pos.Rating, p.N("pdf.mustNotMet", r.CriticalGaps), pos.Band)
	}
	pos.CompletionText = p.T("score.completion.value", p.Percent(r.Completion), r.Answered, r.Applicable)
	return pos
}

// provisional words why the rating is provisional, from the reason's
// values.
func provisional(p *l10n.Printer, why scoring.ProvisionalReason) *Provisional {
	var out Provisional
	if why.LowCompletion {
		out.Reasons = append(out.Reasons, p.ProvisionalCompletion(why.Completion, why.MinCompletion))
	}
	if why.TooManyUnknown {
		out.Reasons = append(out.Reasons, p.ProvisionalUnknown(why.Unknown, why.Scored, scoring.MaxUnknownShare))
	}
	out.Line = p.T("pdf.provisionalWhy", strings.Join(out.Reasons, "; "))
	return &out
}

func sections(p *l10n.Printer, r *scoring.Result, lang string) []Section {
	out := make([]Section, len(r.Sections))
	for i, sr := range r.Sections {
		s := Section{ID: sr.Section.ID, Title: sr.Section.Title.In(lang), MustNotMet: sr.CriticalGaps}
		switch {
		case !sr.Applies:
			s.State = p.T("score.does.not.apply")
		case !sr.Scored:
			s.State = p.T("score.not.scored")
		default:
			s.Scored, s.Score = true, sr.Score
		}
		s.ScoreText = s.State
		if s.Scored {
			s.ScoreText = p.Score(sr.Score)
		}
		if sr.CriticalGaps > 0 {
			s.MustText = p.N("must", sr.CriticalGaps)
		}
		out[i] = s
	}
	return out
}

func mustHaves(p *l10n.Printer, r *scoring.Result, lang, capped string) MustHaves {
	var m MustHaves
	for _, g := range r.Gaps {
		if g.Critical {
			m.Gaps = append(m.Gaps, gap(p, r, g, lang))
		}
	}
	if len(m.Gaps) == 0 {
		for _, qr := range r.Questions {
			if qr.Critical {
				m.Met = p.T("pdf.noMust")
				break
			}
		}
		return m
	}
	m.Heading = p.T("must.title", len(m.Gaps))
	q := r.Questionnaire
	switch {
	case capped != "":
	case q.CriticalCap >= 0:
		m.Consequence = p.T("end.musthave.cap", q.Rating[q.CriticalCap].Label.In(lang))
	default:
		m.Consequence = p.T("must.nocap")
	}
	return m
}

func gap(p *l10n.Printer, r *scoring.Result, g scoring.Gap, lang string) Gap {
	out := Gap{Gap: g, ID: g.Question.ID, Text: gapText(g.Question, lang), Question: g.Question.Text.In(lang), Unknown: g.Unknown, Action: action(p, g),
		Finding: findingLine(p, r, g, lang), Fields: fields(p, g)}
	out.Basis, _ = BasisOf(r, g.Question)
	out.BasisText = BasisWord(p, out.Basis)
	out.Horizon = Horizon(g, out.Basis)
	out.HorizonText = p.T("pdfplan.horizon", out.Horizon)
	if !g.Critical {
		out.PointsText = l10n.Minus + p.Score(g.PointsLost)
	}
	if g.Unknown {
		out.UnknownText = p.T("act.unknown")
	}
	return out
}

// action is a gap's action in words: "owner CTO · due 2027-03-31 · in
// progress · OVERDUE", with "NO OWNER" for a must-have without one.
func action(p *l10n.Printer, g scoring.Gap) Action {
	a := g.Action
	out := Action{Overdue: g.Overdue, Unowned: g.Unowned}
	switch {
	case a != nil && strings.TrimSpace(a.Owner) != "":
		out.Parts = append(out.Parts, p.T("act.owner", a.Owner))
	case g.Unowned:
		out.Parts = append(out.Parts, p.T("act.unowned"))
	case a != nil:
		out.Parts = append(out.Parts, p.T("act.no.owner"))
	}
	if a == nil {
		out.Parts = append(out.Parts, p.T("act.none"))
		out.Line = strings.Join(out.Parts, " · ")
		return out
	}
	if !a.Due.IsZero() {
		out.Parts = append(out.Parts, p.T("act.due", p.Date(a.Due)))
	} else {
		out.Parts = append(out.Parts, p.T("act.no.due"))
	}
	out.Parts = append(out.Parts, p.ActionStatus(string(a.Status)))
	if a.ApprovedBy != "" {
		out.Parts = append(out.Parts, p.T("act.approved", a.ApprovedBy))
	}
	if g.Overdue {
		out.Parts = append(out.Parts, p.T("act.overdue"))
	}
	out.Line = strings.Join(out.Parts, " · ")
	if a.DoneWhen != "" {
		out.DoneWhen = p.T("act.done.when", a.DoneWhen)
	}
	return out
}

// decisions are the decisions asked of the board, in this order:
// must-have duties without an owner, overdue actions, and risks accepted
// (each with who approved it), for the board to confirm or reopen.
func decisions(p *l10n.Printer, r *scoring.Result, lang string) []Decision {
	var out []Decision
	for _, g := range r.Gaps {
		if g.Unowned {
			out = append(out, Decision{Kind: NameOwner, What: p.T("pdf.decOwner"), Gap: gap(p, r, g, lang)})
		}
	}
	for _, g := range r.Gaps {
		if g.Overdue {
			who := JoinNonEmpty(", ", g.Action.Owner, p.T("act.due", p.Date(g.Action.Due)))
			out = append(out, Decision{Kind: Redate, What: p.T("pdf.decOverdue") + " (" + who + ")", Gap: gap(p, r, g, lang)})
		}
	}
	for _, g := range r.Gaps {
		if a := g.Action; a != nil && a.Status == answers.ActionRiskAccepted {
			what := p.T("pdf.decRisk")
			if a.ApprovedBy != "" {
				what += " (" + p.T("act.approved", a.ApprovedBy) + ")"
			}
			out = append(out, Decision{Kind: ConfirmRisk, What: what, Gap: gap(p, r, g, lang)})
		}
	}
	return out
}

// restsOn counts what the scorer lists, so that every output and score
// --format json give the same numbers.
func restsOn(p *l10n.Printer, r *scoring.Result) RestsOn {
	out := RestsOn{Heading: p.T("pdf.restsOn")}
	var said []string
	for _, k := range []struct {
		key l10n.Key
		ids []string
	}{{"unknown", r.Unknowns}, {"estimate", r.Estimates}, {"noevidence", r.MissingEvidence}} {
		kind := RestKind{Phrase: p.N(k.key, len(k.ids)), IDs: k.ids}
		out.Kinds = append(out.Kinds, kind)
		if len(k.ids) > 0 {
			said = append(said, kind.Phrase)
		}
	}
	// Estimates that decide which regimes apply score nothing, so they
	// are not among the estimates above; they are counted apart, and
	// only when there are some.
	if ids := r.RegimeEstimates; len(ids) > 0 {
		kind := RestKind{Phrase: p.N("sum.regime.estimates", len(ids)), IDs: ids}
		out.Kinds = append(out.Kinds, kind)
		said = append(said, kind.Phrase)
	}
	out.Line = strings.Join(said, " · ")
	// "Every scored answer is sound" is said only when every question
	// that applies is answered: with none or few answered it would be
	// true of nothing and read as an all-clear.
	if out.Line == "" && len(r.Unanswered) == 0 {
		out.None = p.T("pdf.restsNone")
	}
	na := 0
	for _, qr := range r.Questions {
		if qr.Status == scoring.AnsweredNA || qr.Status == scoring.NotApplicable {
			na++
		}
	}
	out.NotApplicable = p.N("brief.na", na)
	if n := len(r.Unanswered); n > 0 {
		out.Unanswered = p.N("score.unanswered", n)
	}
	if n := len(r.Orphans); n > 0 {
		out.Orphans = p.N("score.orphans", n, strings.Join(r.Orphans, ", "))
	}
	if n := len(r.StaleEvidence); n > 0 {
		out.Stale = p.N("score.stale", n, strings.Join(r.StaleEvidence, ", "))
	}
	return out
}

// since is the change since the baseline: gaps closed and opened, actions
// done since and overdue now.
func since(p *l10n.Printer, r, b *scoring.Result, lang string) *Since {
	s := &Since{Date: b.Answers.Date}
	was, is := map[string]bool{}, map[string]bool{}
	for _, g := range b.Gaps {
		was[g.Question.ID] = true
	}
	for _, g := range r.Gaps {
		is[g.Question.ID] = true
		if g.Overdue {
			s.Overdue++
		}
	}
	for _, g := range b.Gaps {
		if !is[g.Question.ID] {
			s.Closed = append(s.Closed, g.Question.ID)
		}
	}
	for _, g := range r.Gaps {
		if !was[g.Question.ID] {
			s.Opened = append(s.Opened, g.Question.ID)
		}
	}
	for id, a := range r.Answers.Actions {
		if a == nil || a.Status != answers.ActionDone {
			continue
		}
		if old := b.Answers.Actions[id]; old == nil || old.Status != answers.ActionDone {
			s.Done++
		}
	}
	for _, g := range b.Gaps {
		if !is[g.Question.ID] {
			s.ClosedText = append(s.ClosedText, gapText(g.Question, lang))
		}
	}
	for _, g := range r.Gaps {
		if !was[g.Question.ID] {
			s.OpenedText = append(s.OpenedText, gapText(g.Question, lang))
		}
	}
	s.MustBefore, s.MustAfter = b.CriticalGaps, r.CriticalGaps
	if s.MustBefore+s.MustAfter > 0 {
		s.MustLine = p.T("sum.must.change", s.MustBefore, s.MustAfter)
	}
	s.Heading = p.T("pdf.since", p.Date(s.Date))
	s.Baseline = p.T("pdf.baselineLine", p.Date(s.Date), p.Score(b.Overall), b.RatingLabel(lang), p.Signed(r.Overall-b.Overall))
	s.Line = p.T("pdf.sinceLine", p.N("pdf.gapsClosed", len(s.Closed)), p.N("pdf.gapsOpened", len(s.Opened)),
		p.N("pdf.actionsDone", s.Done), p.N("pdf.actionsOverdue", s.Overdue))
	return s
}

// Gap returns the gap on the question with the given id, must-have or
// other, or nil when it has none.
func (s *Summary) Gap(id string) *Gap {
	for _, list := range [][]Gap{s.MustHaves.Gaps, s.Others} {
		for i := range list {
			if list[i].ID == id {
				return &list[i]
			}
		}
	}
	return nil
}

// gapText is the question's finding in lang, or its text where the
// questionnaire states no finding in that language.
func gapText(qn *questionnaire.Question, lang string) string {
	if qn.Finding.Has(lang) {
		return qn.Finding.In(lang)
	}
	return qn.Text.In(lang)
}
