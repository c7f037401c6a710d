package tui

import (
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/changes"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// whatChangedIn lists, per question id, how each question changed since
// the version the answers were given to: the field, old and new, as
// `dutycheck changes` words them. nil without that version.
func whatChangedIn(prev, q *questionnaire.Questionnaire) map[string][]changes.Change {
	if prev == nil {
		return nil
	}
	out := map[string][]changes.Change{}
	for _, c := range changes.Compare(prev, q).Changes {
		if c.Subject != changes.SubjectQuestion {
			continue
		}
		switch c.Kind {
		case changes.Changed:
			out[c.ID] = append(out[c.ID], c)
		case changes.Renamed:
			// A renamed question is tagged changed too: say it is the
			// id, so that the tag does not stand there unexplained.
			c.Field = "id"
			out[c.ID] = append(out[c.ID], c)
		}
	}
	return out
}

// whatChanged is what a changed question shows under its "changed" tag:
// a line per field that changed, old → new, wrapped to width; at most
// four lines, so that the answer keeps its room (the last then says how
// many changes there are in all, counting those in other languages).
func (s *session) whatChanged(qn *questionnaire.Question, width int) []string {
	if s.tags[qn.ID] != "changed" {
		return nil
	}
	shown := s.inThisLanguage(s.changedFields[qn.ID])
	var out []string
	for _, c := range shown {
		line := s.w.T("changed.field", inert.Line(c.Field), quoteOrDash(c.Old), quoteOrDash(c.New))
		out = append(out, wrap(line, width)...)
	}
	if len(out) > 4 {
		out = append(out[:3], clip(s.w.N("changed.more", len(s.changedFields[qn.ID])), width))
	}
	return out
}

// inThisLanguage leaves out the changes to a text in another of the
// questionnaire's languages than the walk's ("label (sv)" in an English
// walk): the respondent reads the one language, and the same change in
// the other only pushes the answer down. When every change is in another
// language, all are shown, so a changed question never shows nothing.
func (s *session) inThisLanguage(cs []changes.Change) []changes.Change {
	var out []changes.Change
	for _, c := range cs {
		if l := fieldLanguage(c.Field); l == "" || l == s.lang || !slices.Contains(s.q.Languages, l) {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return cs
	}
	return out
}

// fieldLanguage is the language a changed field names at its end, as
// `dutycheck changes` words it ("text (sv)" → "sv"); "" when none.
func fieldLanguage(field string) string {
	open := strings.LastIndex(field, " (")
	if open < 0 || !strings.HasSuffix(field, ")") {
		return ""
	}
	return field[open+2 : len(field)-1]
}

func quoteOrDash(s string) string {
	if s == "" {
		return "–"
	}
	return "“" + inert.Line(s) + "”"
}
