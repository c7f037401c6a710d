package report

import (
	"slices"

	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// words is the report's printer: its headings and labels, and the way it
// writes numbers, percentages, dates and durations, come from the message
// catalogue (internal/l10n, keys "pdf."), which the walk-through and the
// commands share. The questionnaire brings its own texts. The methods
// below put the report's longer sentences together from the catalogue's
// messages and counted phrases.
type words struct {
	*l10n.Printer
}

// wordsFor returns the report's words in lang, English when the catalogue
// does not speak it.
func wordsFor(lang string) *words { return &words{l10n.For(lang)} }

// mustN is "1 must-have duty" or "3 must-have duties".
func (w *words) mustN(n int) string { return w.N("pdf.must", n) }

// mustShort is "1 must-have" or "3 must-haves", for tight places.
func (w *words) mustShort(n int) string { return w.N("pdf.mustShort", n) }

// moreSections says what the chart leaves out, plainly: how many more
// sections, their score ("all at 100.0" when they share one, else the
// lowest), and the page their details start on.
func (w *words) moreSections(hidden []*scoring.SectionResult, page int) string {
	more := w.N("pdf.more", len(hidden))
	var scores []float64
	for _, sr := range hidden {
		if sr.Scored {
			scores = append(scores, sr.Score)
		}
	}
	if len(scores) == 0 {
		return w.T("pdf.moreNone", more, page)
	}
	lowest, highest := slices.Min(scores), slices.Max(scores)
	same := highest-lowest < 0.05 // the same score as the report writes it
	switch {
	case len(hidden) == 1:
		return w.T("pdf.moreOne", more, w.Score(lowest), page)
	case len(scores) < len(hidden) && same:
		return w.T("pdf.moreScoredAll", more, w.Score(lowest), page)
	case len(scores) < len(hidden):
		return w.T("pdf.moreScoredLowest", more, w.Score(lowest), page)
	case same:
		return w.T("pdf.moreAll", more, w.Score(lowest), page)
	}
	return w.T("pdf.moreLowest", more, w.Score(lowest), page)
}

// gapCounts is a regime's gaps in words: "4 gaps, 1 must-have".
func (w *words) gapCounts(gaps, crit int) string {
	s := w.N("pdf.gaps", gaps)
	if crit > 0 {
		s += ", " + w.mustN(crit)
	}
	return s
}

// assessedSentence says what was assessed (the service and whose it is,
// or the organization), when, by whom and against what.
func (w *words) assessedSentence(service, org, date, respondent, qn string) string {
	what := org
	if service != "" {
		what = service + " (" + org + ")"
	}
	if respondent == "" {
		return w.T("pdf.assessedNobody", what, date, qn)
	}
	return w.T("pdf.assessedBy", what, date, respondent, qn)
}
