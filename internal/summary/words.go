package summary

import (
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Status names of a question in every machine-readable output (the JSON
// and CSV exports, the plan, diff). They tell apart a question the
// respondent called not applicable (with a reason in the note) from one
// whose condition does not hold, which the walk-through never asked.
const (
	StatusAnswered      = "answered"
	StatusNotApplicable = "not_applicable"
	StatusUnanswered    = "unanswered"
	StatusDoesNotApply  = "does_not_apply"
	// StatusUnknown: answered "don't know / not measured".
	StatusUnknown = "unknown"
)

// StatusName is the machine-readable name of a scoring status.
func StatusName(s scoring.Status) string {
	switch s {
	case scoring.Answered:
		return StatusAnswered
	case scoring.AnsweredNA:
		return StatusNotApplicable
	case scoring.Unanswered:
		return StatusUnanswered
	case scoring.Unknown:
		return StatusUnknown
	}
	return StatusDoesNotApply
}

// StatusWord is a question's status in words for people: "answered",
// "not applicable", "unanswered", "does not apply", "don't know / not
// measured". Every output that names a status for people words it here.
func StatusWord(p *l10n.Printer, s scoring.Status) string {
	switch s {
	case scoring.Unknown:
		return p.T("status.unknown")
	case scoring.Answered:
		return p.T("status.answered")
	case scoring.AnsweredNA:
		return p.T("status.na")
	case scoring.Unanswered:
		return p.T("status.unanswered")
	}
	return p.T("status.does.not.apply")
}

// ShowAnswer writes an answer for people to read in lang: options by their
// labels (not the values the file keeps), numbers with the language's
// grouping and the question's unit ("120 000 användare", "85 %"),
// durations in the unit they were typed in ("24 h"), dates as YYYY-MM-DD.
// The text is as the files have it: callers make it inert or escape it
// for their medium.
func ShowAnswer(qn *questionnaire.Question, v answers.Value, lang string) string {
	if !v.Set {
		return ""
	}
	p := l10n.For(lang)
	label := func(value string) string {
		if o, ok := qn.Option(value); ok && !o.Label.IsZero() {
			return o.Label.In(lang)
		}
		return value
	}
	switch qn.Type {
	case questionnaire.YesNo, questionnaire.Single:
		return label(v.Choice)
	case questionnaire.Multi:
		out := make([]string, len(v.Choices))
		for i, c := range v.Choices {
			out[i] = label(c)
		}
		return strings.Join(out, ", ")
	case questionnaire.Number:
		return p.WithUnit(p.Number(v.Number), qn.Unit.In(lang))
	case questionnaire.Duration:
		return p.DurationAs(v.Duration, v.DurationText)
	}
	return v.Format(qn.Type)
}

// RefName is a reference's title with its pinpoint, unless the title
// says it already: "18 U.S.C. § 2258A (a)(1)". An id the questionnaire
// does not have is shown as it is.
func RefName(q *questionnaire.Questionnaire, id, lang string) string {
	ref := q.Reference(id)
	if ref == nil {
		return id
	}
	t := ref.Title.In(lang)
	if t == "" {
		t = id
	}
	if pin := ref.PinpointIn(lang); pin != "" && !saysPinpoint(t, pin) {
		t += " " + pin
	}
	return t
}

// saysPinpoint reports whether a title already names its pinpoint, in any
// case, or the place the pinpoint names before its gloss: "Voluntary
// Principles, principle 1: …" says "Principle 1", and "DTSP …, commitment
// 4: improvement" says "Commitment 4 (effectiveness testing, remedy)".
func saysPinpoint(title, pin string) bool {
	t, p := strings.ToLower(title), strings.ToLower(pin)
	if strings.Contains(t, p) {
		return true
	}
	head, _, glossed := strings.Cut(p, " (")
	return glossed && len(head) > 3 && strings.Contains(t, head)
}

// RefText is a reference for a line of text: its name and pinpoint, and
// its status in words, "18 U.S.C. § 2258A (a)(1) (law)". The text is as
// the questionnaire has it; callers make it inert or escape it.
func RefText(p *l10n.Printer, r *scoring.Result, id, lang string) string {
	q := r.Questionnaire
	t := RefName(q, id, lang)
	ref := q.Reference(id)
	if ref == nil {
		return t
	}
	st := p.LegalStatus(string(ref.Status))
	// A law or code of a regime that does not apply makes no duty here:
	// "(law)" alone would read as one.
	if ref.Status.Binding() && !regimeApplies(r, ref.Regime) {
		st = JoinNonEmpty(", ", st, p.T("pdf.notHere"))
	}
	if st != "" {
		t += " (" + st + ")"
	}
	return t
}

// regimeApplies reports whether the regime with the given id applies in r;
// a reference that names no regime (or one r does not know) is taken to
// apply, as in a 1.0 questionnaire.
func regimeApplies(r *scoring.Result, id string) bool {
	if id == "" {
		return true
	}
	for _, rr := range r.Regimes {
		if rr.Regime.ID == id {
			return rr.Applies
		}
	}
	return true
}

// JoinNonEmpty joins the parts that are not empty.
func JoinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// EvidenceItem is one item of an answer's evidence as outputs carry it: a
// link, or a file with the SHA-256 recorded when it was added. Date is ""
// when not given.
type EvidenceItem struct {
	URL    string `json:"url,omitempty"`
	File   string `json:"file,omitempty"`
	SHA256 string `json:"sha256,omitempty"`
	Date   string `json:"date,omitempty"`
	// Status is "changed" or "missing" for a file that no longer holds
	// up since it was recorded (answers.Evidence.Stale); such an item is
	// not evidence.
	Status string `json:"status,omitempty"`
}

// Evidence lists an answer's evidence; never nil.
func Evidence(a *answers.Answer) []EvidenceItem {
	out := []EvidenceItem{}
	if a == nil {
		return out
	}
	for _, e := range a.Evidence {
		it := EvidenceItem{URL: e.URL, File: e.File, SHA256: e.SHA256, Status: e.Stale}
		if !e.Date.IsZero() {
			it.Date = e.Date.Format(questionnaire.DateLayout)
		}
		out = append(out, it)
	}
	return out
}
