package diff

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/dutycheck/dutycheck/internal/columns"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// WriteText writes the diff for a person at a terminal, in a CI log or in
// a pull-request comment, in lang (the catalogue's words, "diff." keys).
// Text from the files is made inert first.
func WriteText(w io.Writer, d *Diff, lang string) {
	t := &textWriter{w: w, p: l10n.For(lang)}
	t.header(d)
	t.scores(d)
	t.sections(d)
	t.questionnaire(d)
	t.answers(d)
	t.actions(d)
	t.targets(d)
	t.gaps(d)
}

type textWriter struct {
	w io.Writer
	p *l10n.Printer
}

func (t *textWriter) printf(format string, args ...any) { fmt.Fprintf(t.w, format, args...) }

func (t *textWriter) header(d *Diff) {
	p := t.p
	head := inert.Line(d.Title)
	if d.New.Organization != "" {
		head += " · " + inert.Line(d.New.Organization)
	}
	t.printf("%s\n", head)
	width := max(len([]rune(inert.Line(d.Old.File))), len([]rune(inert.Line(d.New.File))))
	labels := []string{p.T("diff.old"), p.T("diff.new")}
	lw := max(columns.Width(labels[0]), columns.Width(labels[1]))
	for i, a := range []Assessment{d.Old, d.New} {
		t.printf("  %s  %s  %s  %s %s", columns.Pad(labels[i], lw), columns.Pad(inert.Line(a.File), width), a.Date, a.Questionnaire.ID, a.Questionnaire.Version)
		if a.AnsweredTo != nil {
			t.printf(" %s", p.T("diff.answered.to", refText(p, *a.AnsweredTo)))
		}
		t.printf("\n")
	}
	if a := d.Old.AnsweredTo; a != nil && d.Old.Questionnaire == d.New.Questionnaire {
		t.printf("\n%s\n", p.T("diff.old.answered.to", refText(p, *a), d.Old.Questionnaire.ID, d.Old.Questionnaire.Version))
	}
}

func (t *textWriter) scores(d *Diff) {
	p := t.p
	o := d.Overall
	labels := []string{p.T("diff.overall"), p.T("diff.completion"), p.T("diff.critical.gaps")}
	// The must-have line is a sentence of its own ("Must-have duties not
	// met: 1 → 0"), too long a label to set the column of the others.
	lw := max(columns.Width(labels[0]), columns.Width(labels[1]))
	t.printf("\n%s  %s → %s  (%s)  %s → %s\n", columns.Pad(labels[0], lw), columns.PadLeft(p.Score(o.Before), 5), p.Score(o.After), p.Signed(o.Change.Change),
		t.rating(o.RatingBefore, o.CappedBefore), t.rating(o.RatingAfter, o.CappedAfter))
	t.printf("%s  %s → %s\n", columns.Pad(labels[1], lw), columns.PadLeft(p.Percent(d.Completion.Before), 5), p.Percent(d.Completion.After))
	t.printf("%s: %s → %s\n", labels[2], p.Int(int64(d.CriticalGaps.Before)), p.Int(int64(d.CriticalGaps.After)))
}

func (t *textWriter) rating(label string, capped bool) string {
	if capped {
		return t.p.T("diff.capped", inert.Line(label))
	}
	return inert.Line(label)
}

func (t *textWriter) sections(d *Diff) {
	p := t.p
	title := p.T("diff.sections")
	width := columns.Width(title)
	for _, s := range d.Sections {
		width = max(width, len([]rune(inert.Line(s.Title)))+2)
	}
	width = min(width, 42)
	cols := []string{p.T("diff.before"), p.T("diff.after"), p.T("diff.change")}
	cw := 6
	for _, c := range cols {
		cw = max(cw, columns.Width(c))
	}
	t.printf("\n%s  %s  %s  %s\n", columns.Pad(title, width), columns.PadLeft(cols[0], cw), columns.PadLeft(cols[1], cw), columns.PadLeft(cols[2], cw))
	for _, s := range d.Sections {
		change, note := "", t.sectionNote(s)
		if s.Change != nil {
			change = p.Signed(*s.Change)
		}
		line := fmt.Sprintf("  %s  %s  %s  %s  %s", columns.Pad(columns.Clip(inert.Line(s.Title), width-2), width-2),
			columns.PadLeft(t.scoreText(s.Before), cw), columns.PadLeft(t.scoreText(s.After), cw), columns.PadLeft(change, cw), note)
		t.printf("%s\n", strings.TrimRight(line, " "))
	}
}

func (t *textWriter) scoreText(f *float64) string {
	if f == nil {
		return "–"
	}
	return t.p.Score(*f)
}

// sectionNote says why a section has no score on a side, or that it is new
// or gone.
func (t *textWriter) sectionNote(s SectionDiff) string {
	switch {
	case s.StateBefore == Absent:
		return t.p.T("diff.section.new")
	case s.StateAfter == Absent:
		return t.p.T("diff.section.removed")
	case s.StateBefore != s.StateAfter:
		return t.sectionWord(s.StateBefore) + " → " + t.sectionWord(s.StateAfter)
	case s.StateAfter != SectionScored:
		return t.sectionWord(s.StateAfter)
	}
	return ""
}

func (t *textWriter) sectionWord(state string) string {
	switch state {
	case SectionScored:
		return t.p.T("diff.section.scored")
	case SectionNotScored:
		return t.p.T("diff.section.not.scored")
	}
	return t.p.T("diff.section.does.not.apply")
}

func (t *textWriter) questionnaire(d *Diff) {
	p := t.p
	c := d.Questionnaire
	switch {
	case c.Basis == "unknown":
		t.printf("\n%s\n", p.T("diff.q.unknown"))
		if len(c.Removed) == 0 {
			return
		}
	case !c.Any():
		return
	case c.Basis == "questionnaires":
		t.printf("\n%s\n", p.T("diff.q.between", d.Old.Questionnaire.ID, d.Old.Questionnaire.Version,
			d.New.Questionnaire.ID, d.New.Questionnaire.Version))
	default:
		t.printf("\n%s\n", p.T("diff.q.since"))
	}
	lists := []struct {
		label string
		ids   []string
	}{{p.T("diff.q.new"), c.New}, {p.T("diff.q.changed"), c.Changed}, {p.T("diff.q.removed"), c.Removed}}
	lw := 0
	for _, l := range lists {
		lw = max(lw, columns.Width(l.label)+1)
	}
	for _, l := range lists {
		if len(l.ids) > 0 {
			t.printf("  %s %s\n", columns.Pad(l.label+":", lw), strings.Join(l.ids, ", "))
		}
	}
}

func (t *textWriter) answers(d *Diff) {
	p := t.p
	var changed []AnswerDiff
	var notes, evidence, stale []string
	for _, a := range d.Answers {
		switch {
		case a.ValueChanged:
			changed = append(changed, a)
		case a.NoteChanged:
			notes = append(notes, a.Question)
		}
		if a.EvidenceChanged {
			evidence = append(evidence, a.Question)
		}
		if a.Stale {
			stale = append(stale, a.Question)
		}
	}
	if len(changed) == 0 {
		t.printf("\n%s\n", p.T("diff.answers.none"))
	} else {
		t.printf("\n%s\n", p.T("diff.answers.changed", len(changed)))
		idw, aw := 0, 0
		for _, a := range changed {
			idw = max(idw, len(a.Question))
			aw = max(aw, len([]rune(t.answerChange(a))))
		}
		// Each side is at most 18 runes and its estimate mark, so the cap
		// fits two marked sides: a cut mark would hide an estimate.
		tag := max(len([]rune(" ("+p.T("act.estimate")+")")), len([]rune(" ("+p.T("measured.tag")+")")))
		aw = min(aw, 2*(18+tag)+len([]rune(" → ")))
		for _, a := range changed {
			line := fmt.Sprintf("  %s %s  %s  %s", mark(a.Critical), columns.Pad(a.Question, idw), columns.Pad(columns.Clip(t.answerChange(a), aw), aw), t.scoreChange(a))
			if !a.Before.counts && !a.After.counts {
				// A profile answer: no score on either side to show.
				line = fmt.Sprintf("  %s %s  %s", mark(a.Critical), columns.Pad(a.Question, idw), columns.Clip(t.answerChange(a), aw))
			}
			if a.QuestionChange == QuestionChanged {
				// New and removed questions say so in the answer column.
				line += "  " + p.T("diff.answer.question.changed")
			}
			t.printf("%s\n", strings.TrimRight(line, " "))
			for _, l := range t.answerDetail(a) {
				t.printf("  %s %s  %s\n", " ", columns.Pad("", idw), l)
			}
			if a.After.Measured != "" && a.After.Measured != a.Before.Measured {
				// what the new figure rests on, under it
				t.printf("    %s  %s\n", strings.Repeat(" ", idw), inert.Line(a.After.Measured))
			}
		}
	}
	if len(notes) > 0 {
		t.printf("%s\n", p.T("diff.notes", strings.Join(notes, ", ")))
	}
	if len(evidence) > 0 {
		t.printf("%s\n", p.T("diff.evidence.changed", strings.Join(evidence, ", ")))
	}
	if len(stale) > 0 {
		t.printf("%s\n", p.T("diff.stale", strings.Join(stale, ", ")))
	}
}

// answerChange is "old → new" for an answer. A multiple-choice change
// says how many options were added and removed, and answerDetail lists
// them; two answers that would be cut to the same text say they changed,
// and answerDetail gives both in full.
func (t *textWriter) answerChange(a AnswerDiff) string {
	if len(a.OptionsAdded)+len(a.OptionsRemoved) > 0 {
		return t.p.T("diff.answer.options", len(a.OptionsAdded), len(a.OptionsRemoved))
	}
	before, after := t.answerText(a.Before, a.QuestionChange == QuestionNew), t.answerText(a.After, false)
	if before == after && a.Before.shown != a.After.shown {
		return t.p.T("diff.answer.text.changed")
	}
	return before + " → " + after
}

func (t *textWriter) answerText(s State, isNew bool) string {
	switch s.Status {
	case Absent:
		if isNew {
			return t.p.T("diff.answer.new.question")
		}
		return t.p.T("diff.answer.removed")
	case summary.StatusNotApplicable:
		return t.p.T("diff.answer.na")
	case summary.StatusUnanswered:
		return t.p.T("status.unanswered")
	case summary.StatusDoesNotApply:
		return t.p.T("status.does.not.apply")
	case summary.StatusUnknown:
		return t.p.T("status.unknown")
	}
	if s.Estimate {
		return columns.Clip(inert.Line(s.shown), 18) + " (" + t.p.T("act.estimate") + ")"
	}
	if s.Measured != "" {
		return columns.Clip(inert.Line(s.shown), 18) + " (" + t.p.T("measured.tag") + ")"
	}
	return columns.Clip(inert.Line(s.shown), 18)
}

// scoreChange is the question's score on both sides and the points the
// change gained or lost overall; a must-have shows no points: it is never
// weighed against ordinary gaps (docs/scoring.md).
func (t *textWriter) scoreChange(a AnswerDiff) string {
	s := columns.PadLeft(t.percent(a.Before), 4) + " → " + columns.Pad(t.percent(a.After), 4)
	if !a.Critical && math.Abs(a.PointsGained) >= 0.05 {
		s += "  " + t.p.T("diff.points", t.p.Signed(a.PointsGained))
	}
	return s
}

// percent writes a question's score s in [0, 1] on one side, or – when it
// does not add to the overall score there.
func (t *textWriter) percent(s State) string {
	if s.Score == nil || !s.counts {
		return "–"
	}
	return t.p.PercentFine(*s.Score)
}

func (t *textWriter) gaps(d *Diff) {
	p := t.p
	for _, l := range []struct {
		label string
		gaps  []GapDiff
	}{{p.T("diff.gaps.closed"), d.GapsClosed}, {p.T("diff.gaps.opened"), d.GapsOpened}} {
		if len(l.gaps) == 0 {
			t.printf("\n%s\n", p.T("diff.gaps.none", l.label))
			continue
		}
		t.printf("\n%s\n", p.T("diff.gaps.list", l.label, len(l.gaps)))
		idw := 0
		for _, g := range l.gaps {
			idw = max(idw, len(g.Question))
		}
		for _, g := range l.gaps {
			// A must-have is marked, never weighed in points.
			lost := ""
			if !g.Critical {
				lost = l10n.Minus + p.Score(g.PointsLost)
			}
			t.printf("  %s %s  %s  %s (%s)\n", mark(g.Critical), columns.Pad(g.Question, idw), columns.PadLeft(lost, 6),
				columns.Clip(inert.Line(g.Text), 60), inert.Line(g.reason.text(p)))
		}
	}
	line := p.N("diff.still.open", d.GapsStillOpen)
	if anyCritical(d) {
		line += " " + p.T("diff.critical.mark")
	}
	t.printf("\n%s\n", line)
}

func anyCritical(d *Diff) bool {
	for _, a := range d.Answers {
		if a.Critical && a.ValueChanged {
			return true
		}
	}
	for _, a := range d.Actions {
		if a.Critical {
			return true
		}
	}
	for _, g := range append(append([]GapDiff{}, d.GapsClosed...), d.GapsOpened...) {
		if g.Critical {
			return true
		}
	}
	return false
}
