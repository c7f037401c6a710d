package summary

// The brief's findings: each gap stated as a fact with what it rests on
// ("No notice form without an account: a legal duty under Digital
// Services Act Art. 16, in force since 17 February 2024, not met"), the
// actions that matter most, the decision to approve the plan, and the
// caveat every brief carries. They are decided here so that the PDF, the
// end screen and the Markdown say the same.

import (
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Dash stands where a field of an action is not set: a board reader sees
// the blank, never a field left out.
const Dash = "—"

// TopActionCount is how many actions the brief names as the ones that
// matter most.
const TopActionCount = 3

// Basis is what a question rests on.
type Basis int

// The bases, from most to least binding.
const (
	// BasisUnknown: the questionnaire gives no legal status (1.0 files).
	BasisUnknown Basis = iota
	BasisLaw
	BasisCode
	BasisPractice
)

// BasisOf is what a question rests on for this service, and the reference
// that makes it so: a law that makes a duty here, else a regulator's code
// that does (follow it or show equivalent measures), else the first
// reference that says what it is (good practice). A law or code whose
// regime does not apply, or whose regime is not itself binding, makes no
// duty.
func BasisOf(r *scoring.Result, qn *questionnaire.Question) (Basis, *questionnaire.Reference) {
	q := r.Questionnaire
	var code, known *questionnaire.Reference
	for _, id := range qn.References {
		ref := q.Reference(id)
		if ref == nil {
			continue
		}
		if MakesDuty(r, ref) {
			if ref.Status == questionnaire.StatusLaw {
				return BasisLaw, ref
			}
			if code == nil {
				code = ref
			}
			continue
		}
		if ref.Status != "" && known == nil {
			known = ref
		}
	}
	switch {
	case code != nil:
		return BasisCode, code
	case known != nil:
		return BasisPractice, known
	}
	return BasisUnknown, nil
}

// MakesDuty reports whether a reference makes a duty for the service: it
// is binding (law, or a regulator's code), its regime applies and is not
// itself a proposal, guidance or voluntary.
func MakesDuty(r *scoring.Result, ref *questionnaire.Reference) bool {
	if !ref.Status.Binding() || !regimeApplies(r, ref.Regime) {
		return false
	}
	if rg := r.Questionnaire.Regime(ref.Regime); rg != nil && rg.Status != "" && !rg.Status.Binding() {
		return false
	}
	return true
}

// BasisWord is a basis in words: "legal duty", "regulator's code", "good
// practice"; "" for BasisUnknown.
func BasisWord(p *l10n.Printer, b Basis) string {
	switch b {
	case BasisLaw:
		return p.T("pdf.legalDuty")
	case BasisCode:
		return p.T("pdf.codeDuty")
	case BasisPractice:
		return p.T("pdf.goodPractice")
	}
	return ""
}

// findingLine states a gap as a fact with its basis: the question's
// finding, the source that makes it a duty and since when it is in force,
// and "not met"; "Not met:" and the question where the questionnaire
// gives no finding in lang.
func findingLine(p *l10n.Printer, r *scoring.Result, g scoring.Gap, lang string) string {
	qn := g.Question
	if !qn.Finding.Has(lang) {
		return p.T("brief.notMet", qn.Text.In(lang))
	}
	text := qn.Finding.In(lang)
	b, ref := BasisOf(r, qn)
	if ref == nil {
		return p.T("brief.find.plain", text)
	}
	src := ShortRef(ref, lang)
	since := ""
	if !ref.InForce.IsZero() {
		key := l10n.Key("brief.inForce")
		if ref.InForce.After(assessed(r)) {
			key = "brief.inForceFrom"
		}
		since = p.T(key, p.LongDate(ref.InForce))
	}
	switch b {
	case BasisLaw:
		return p.T("brief.find.law", text, src, since)
	case BasisCode:
		return p.T("brief.find.code", text, src, since)
	}
	return p.T("brief.find.practice", text, src)
}

// assessed is the day the assessment speaks of: its date, or today when
// the file gives none.
func assessed(r *scoring.Result) time.Time {
	if r.Answers != nil && !r.Answers.Date.IsZero() {
		return r.Answers.Date
	}
	return time.Now()
}

// Fields are an action's owner, due date and "done when" for a table or a
// brief: each the value, or Dash where it is not set.
type Fields struct {
	Owner, Due, DoneWhen string
}

func fields(p *l10n.Printer, g scoring.Gap) Fields {
	f := Fields{Owner: Dash, Due: Dash, DoneWhen: Dash}
	if a := g.Action; a != nil {
		if s := strings.TrimSpace(a.Owner); s != "" {
			f.Owner = s
		}
		if !a.Due.IsZero() {
			f.Due = p.Date(a.Due)
		}
		if s := strings.TrimSpace(a.DoneWhen); s != "" {
			f.DoneWhen = s
		}
	}
	return f
}

// TopAction is one of the actions that matter most: what to do, with
// the owner and due date (Dash where unset).
type TopAction struct {
	Gap Gap
	// What is the step, the first sentence of the recommendation.
	What string
	// Line is "what · owner · due" in words.
	Line string
}

// topActions are the first rows of the plan: must-haves first, then by
// points lost.
func topActions(p *l10n.Printer, s *Summary, lang string) []TopAction {
	all := append(append([]Gap(nil), s.MustHaves.Gaps...), s.Others...)
	var out []TopAction
	for _, g := range all[:min(TopActionCount, len(all))] {
		what := FirstSentence(g.Gap.Recommendation.In(lang))
		if what == "" {
			what = g.Text
		}
		out = append(out, TopAction{Gap: g, What: what,
			Line: JoinNonEmpty(" · ", what, p.T("act.owner", g.Fields.Owner), p.T("act.due", g.Fields.Due))})
	}
	return out
}

// FirstSentence is the text up to its first full stop followed by a
// space, with the stop; all of it when it has none.
func FirstSentence(s string) string {
	s = strings.TrimSpace(s)
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == ' ' && i > 0 && !isAbbrevEnd(s[:i]) {
			return s[:i+1]
		}
	}
	return s
}

// isAbbrevEnd reports whether the text before a full stop ends in an
// abbreviation that does not end a sentence ("e.g", "Art", "s").
func isAbbrevEnd(s string) bool {
	j := strings.LastIndexAny(s, " (") + 1
	w := strings.ToLower(s[j:])
	switch w {
	case "e.g", "i.e", "art", "arts", "s", "ss", "no", "para", "t.ex", "bl.a", "d.v.s", "jfr", "reg", "vs", "cf":
		return true
	}
	return len(w) <= 1
}

// caveat is the line every brief carries.
func caveat(p *l10n.Printer) string { return p.T("brief.caveat") }
