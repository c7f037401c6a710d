package tui

import (
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
		if c.Subject == changes.SubjectQuestion && c.Kind == changes.Changed {
			out[c.ID] = append(out[c.ID], c)
		}
	}
	return out
}

// whatChanged is what a changed question shows under its "changed" tag:
// a line per field that changed, old → new, wrapped to width; at most
// four lines, so that the answer keeps its room.
func (s *session) whatChanged(qn *questionnaire.Question, width int) []string {
	if s.tags[qn.ID] != "changed" {
		return nil
	}
	var out []string
	for _, c := range s.changedFields[qn.ID] {
		line := s.w.T("changed.field", inert.Line(c.Field), quoteOrDash(c.Old), quoteOrDash(c.New))
		out = append(out, wrap(line, width)...)
	}
	if len(out) > 4 {
		out = append(out[:3], clip(s.w.T("changed.more", len(s.changedFields[qn.ID])), width))
	}
	return out
}

func quoteOrDash(s string) string {
	if s == "" {
		return "–"
	}
	return "“" + inert.Line(s) + "”"
}
