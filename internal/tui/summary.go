package tui

import (
	"fmt"
	"io"
	"strings"
)

// writeSummary prints the scored assessment as plain sentences, without
// bars or drawing characters, so a screen reader reads it well and a
// script can log it. It follows the end screen: the overall score and
// rating (provisional, when it is), the must-have duties not met with the
// cap they cause, the regimes that apply with their readiness, why the
// rating is provisional, what the result rests on, and each section.
func writeSummary(out io.Writer, s *session) {
	w, r := s.w, s.score()
	overall := w.T("end.overall", w.Score(r.Overall), r.RatingLabel(s.lang))
	if r.Provisional {
		overall += " · " + w.T("provisional")
	}
	fmt.Fprintln(out, overall)
	fmt.Fprintln(out, w.T("end.completion", r.Answered, r.Applicable, w.Percent(r.Completion)))
	if r.CriticalGaps > 0 {
		fmt.Fprintln(out, w.T("end.musthave", r.CriticalGaps))
		if cap := s.q.CriticalCap; cap >= 0 {
			capLabel := s.q.Rating[cap].Label.In(s.lang)
			if r.Capped {
				fmt.Fprintln(out, w.T("end.musthave.capped", capLabel, r.BandLabel(s.lang)))
			} else {
				fmt.Fprintln(out, w.T("end.musthave.cap", capLabel))
			}
		}
		for _, g := range r.Gaps {
			if g.Critical {
				fmt.Fprintln(out, "  - "+s.text(g.Question.Text)+" ("+actionSummary(w, g)+")")
			}
		}
	}
	if len(r.Regimes) > 0 {
		fmt.Fprintln(out, w.T("end.regimes"))
		binding, other, notApplying := splitRegimes(r)
		var not []string
		for _, rr := range notApplying {
			not = append(not, s.text(rr.Regime.Title))
		}
		// With no law or code applying, the regimes that do not apply are
		// named under the duties heading, not under the frameworks.
		notFirst := len(binding) == 0
		if notFirst && len(other) == 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.none"))
		}
		if notFirst && len(not) > 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.not", strings.Join(not, "; ")))
		}
		for i, rr := range append(binding, other...) {
			title := s.text(rr.Regime.Title)
			if i == len(binding) {
				fmt.Fprintln(out, w.T("pdf.notDuties"))
			}
			switch {
			case !rr.Scored:
				fmt.Fprintln(out, "  "+w.T("summary.section", title, w.T("end.regime.unscored")))
			case rr.CriticalGaps > 0:
				fmt.Fprintln(out, "  "+w.T("summary.section.critical", title, w.Score(rr.Score), w.N("musthave", rr.CriticalGaps)))
			default:
				fmt.Fprintln(out, "  "+w.T("summary.section", title, w.Score(rr.Score)))
			}
		}
		if !notFirst && len(not) > 0 {
			fmt.Fprintln(out, "  "+w.T("end.regimes.not", strings.Join(not, "; ")))
		}
	}
	if r.Provisional {
		fmt.Fprintln(out, w.T("end.provisional.head")+":")
		for _, reason := range provisionalReasons(w, r) {
			fmt.Fprintln(out, "  "+reason)
		}
	}
	if rests := restsOn(w, r); rests != "" {
		fmt.Fprintln(out, w.T("end.rests")+": "+rests)
	}
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
			fmt.Fprintln(out, "  "+w.T("summary.section.critical", title, v, w.N("musthave", sr.CriticalGaps)))
		} else {
			fmt.Fprintln(out, "  "+w.T("summary.section", title, v))
		}
	}
}
