package tui

import (
	"fmt"
	"io"
)

// writeSummary prints the scored assessment as plain sentences, without
// bars or drawing characters, so a screen reader reads it well and a
// script can log it: the overall score and rating, the cap, completion,
// each section, and the critical gaps.
func writeSummary(out io.Writer, s *session) {
	w, r := s.w, s.score()
	fmt.Fprintln(out, w.T("end.overall", w.Score(r.Overall), r.RatingLabel(s.lang)))
	if r.Capped {
		fmt.Fprintln(out, w.T("end.capped", w.N("critical", r.CriticalGaps), r.BandLabel(s.lang)))
	}
	fmt.Fprintln(out, w.T("end.completion", r.Answered, r.Applicable, w.Percent(r.Completion)))
	fmt.Fprintln(out, w.T("summary.sections"))
	for _, sr := range r.Sections {
		title := s.text(sr.Section.Title)
		var v string
		switch {
		case !sr.Applies:
			v = w.T("overview.na")
		case !sr.Scored: // as on the end screen and in the score command
			v = w.T("overview.unscored")
		default:
			v = w.Score(sr.Score)
		}
		if sr.CriticalGaps > 0 {
			fmt.Fprintln(out, "  "+w.T("summary.section.critical", title, v, w.N("critical", sr.CriticalGaps)))
		} else {
			fmt.Fprintln(out, "  "+w.T("summary.section", title, v))
		}
	}
	if r.CriticalGaps > 0 {
		fmt.Fprintln(out, w.T("summary.critical", r.CriticalGaps))
		for _, g := range r.Gaps {
			if g.Critical {
				fmt.Fprintln(out, "  - "+w.T("summary.gap", s.text(g.Question.Text), w.Score(g.PointsLost)))
			}
		}
	}
}
