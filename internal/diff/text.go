package diff

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/dutycheck/dutycheck/internal/export"
)

// WriteText writes the diff for a person at a terminal, in a CI log or in
// a pull-request comment. Text from the files is made inert first.
func WriteText(w io.Writer, d *Diff) {
	t := &textWriter{w: w}
	t.header(d)
	t.scores(d)
	t.sections(d)
	t.questionnaire(d)
	t.answers(d)
	t.gaps(d)
}

type textWriter struct {
	w io.Writer
}

func (t *textWriter) printf(format string, args ...any) { fmt.Fprintf(t.w, format, args...) }

func (t *textWriter) header(d *Diff) {
	head := inert(d.Title)
	if d.New.Organization != "" {
		head += " · " + inert(d.New.Organization)
	}
	t.printf("%s\n", head)
	width := max(len([]rune(inert(d.Old.File))), len([]rune(inert(d.New.File))))
	for _, side := range []struct {
		label string
		a     Assessment
	}{{"old", d.Old}, {"new", d.New}} {
		a := side.a
		t.printf("  %s  %s  %s  %s %s", side.label, pad(inert(a.File), width), a.Date, a.Questionnaire.ID, a.Questionnaire.Version)
		if a.AnsweredTo != nil {
			t.printf(" (answered to %s)", refText(*a.AnsweredTo))
		}
		t.printf("\n")
	}
	if a := d.Old.AnsweredTo; a != nil && d.Old.Questionnaire == d.New.Questionnaire {
		t.printf("\nThe old answers were given to %s and are scored here against %s %s, like the new;\n"+
			"questions that changed since then were answered to other wording. Give --old-q FILE\n"+
			"to score the old answers against their own questionnaire.\n", refText(*a), d.Old.Questionnaire.ID, d.Old.Questionnaire.Version)
	}
}

func (t *textWriter) scores(d *Diff) {
	o := d.Overall
	t.printf("\nOverall        %5.1f → %.1f  (%s)  %s → %s\n", o.Before, o.After, signed(o.Change.Change),
		rating(o.RatingBefore, o.CappedBefore), rating(o.RatingAfter, o.CappedAfter))
	t.printf("Completion      %3.0f%% → %.0f%%\n", 100*d.Completion.Before, 100*d.Completion.After)
	t.printf("Critical gaps  %5d → %d\n", d.CriticalGaps.Before, d.CriticalGaps.After)
}

func (t *textWriter) sections(d *Diff) {
	width := len("Sections")
	for _, s := range d.Sections {
		width = max(width, len([]rune(inert(s.Title)))+2)
	}
	width = min(width, 42)
	t.printf("\n%s  before   after  change\n", pad("Sections", width))
	for _, s := range d.Sections {
		change, note := "", sectionNote(s)
		if s.Change != nil {
			change = signed(*s.Change)
		}
		line := fmt.Sprintf("  %s  %6s  %6s  %6s  %s", pad(clip(inert(s.Title), width-2), width-2),
			scoreText(s.Before), scoreText(s.After), change, note)
		t.printf("%s\n", strings.TrimRight(line, " "))
	}
}

// sectionNote says why a section has no score on a side, or that it is new
// or gone.
func sectionNote(s SectionDiff) string {
	switch {
	case s.StateBefore == Absent:
		return "new section"
	case s.StateAfter == Absent:
		return "section removed"
	case s.StateBefore != s.StateAfter:
		return sectionWord(s.StateBefore) + " → " + sectionWord(s.StateAfter)
	case s.StateAfter != SectionScored:
		return sectionWord(s.StateAfter)
	}
	return ""
}

func sectionWord(state string) string {
	return map[string]string{SectionScored: "scored", SectionNotScored: "not scored", SectionDoesNotApply: "does not apply"}[state]
}

func (t *textWriter) questionnaire(d *Diff) {
	c := d.Questionnaire
	switch {
	case c.Basis == "unknown":
		t.printf("\nThe old answers file does not record the wording its answers were given to,\n" +
			"so questions that are new or changed since then cannot be told.\n")
		if len(c.Removed) == 0 {
			return
		}
	case !c.Any():
		return
	case c.Basis == "questionnaires":
		t.printf("\nQuestions changed from %s %s to %s %s:\n", d.Old.Questionnaire.ID, d.Old.Questionnaire.Version,
			d.New.Questionnaire.ID, d.New.Questionnaire.Version)
	default:
		t.printf("\nQuestions changed since the old answers were given:\n")
	}
	for _, l := range []struct {
		label string
		ids   []string
	}{{"new", c.New}, {"changed", c.Changed}, {"removed", c.Removed}} {
		if len(l.ids) > 0 {
			t.printf("  %-8s %s\n", l.label+":", strings.Join(l.ids, ", "))
		}
	}
}

func (t *textWriter) answers(d *Diff) {
	var changed []AnswerDiff
	var notes []string
	for _, a := range d.Answers {
		if a.ValueChanged {
			changed = append(changed, a)
		} else {
			notes = append(notes, a.Question)
		}
	}
	if len(changed) == 0 {
		t.printf("\nNo answers changed.\n")
	} else {
		t.printf("\nAnswers changed (%d), critical first:\n", len(changed))
		idw, aw := 0, 0
		for _, a := range changed {
			idw = max(idw, len(a.Question))
			aw = max(aw, len([]rune(answerChange(a))))
		}
		aw = min(aw, 40)
		for _, a := range changed {
			line := fmt.Sprintf("  %s %s  %s  %s", mark(a.Critical), pad(a.Question, idw), pad(clip(answerChange(a), aw), aw), scoreChange(a))
			if a.QuestionChange == QuestionChanged {
				// New and removed questions say so in the answer column.
				line += "  (question changed)"
			}
			t.printf("%s\n", strings.TrimRight(line, " "))
		}
	}
	if len(notes) > 0 {
		t.printf("Notes changed, answers the same: %s\n", strings.Join(notes, ", "))
	}
}

// answerChange is "old → new" for an answer.
func answerChange(a AnswerDiff) string {
	return answerText(a.Before, a.QuestionChange == QuestionNew) + " → " + answerText(a.After, false)
}

func answerText(s State, isNew bool) string {
	switch s.Status {
	case Absent:
		if isNew {
			return "(new question)"
		}
		return "(removed)"
	case export.StatusNotApplicable:
		return "n/a"
	case export.StatusUnanswered:
		return "unanswered"
	case export.StatusDoesNotApply:
		return "does not apply"
	}
	return clip(inert(s.Answer), 18)
}

// scoreChange is the question's score on both sides and the points the
// change gained or lost overall.
func scoreChange(a AnswerDiff) string {
	s := fmt.Sprintf("%4s → %-4s", percent(a.Before.Score), percent(a.After.Score))
	if math.Abs(a.PointsGained) >= 0.05 {
		s += fmt.Sprintf("  %s points", signed(a.PointsGained))
	}
	return s
}

func (t *textWriter) gaps(d *Diff) {
	for _, l := range []struct {
		label string
		gaps  []GapDiff
	}{{"Gaps closed", d.GapsClosed}, {"Gaps opened", d.GapsOpened}} {
		if len(l.gaps) == 0 {
			t.printf("\n%s: none.\n", l.label)
			continue
		}
		t.printf("\n%s (%d), critical first:\n", l.label, len(l.gaps))
		idw := 0
		for _, g := range l.gaps {
			idw = max(idw, len(g.Question))
		}
		for _, g := range l.gaps {
			t.printf("  %s %s  %6s  %s (%s)\n", mark(g.Critical), pad(g.Question, idw), "−"+fmt.Sprintf("%.1f", g.PointsLost),
				clip(inert(g.Text), 60), inert(g.Why))
		}
	}
	t.printf("\n%s still open.", plural(d.GapsStillOpen, "gap"))
	if anyCritical(d) {
		t.printf(" ! marks a critical duty.")
	}
	t.printf("\n")
}

func anyCritical(d *Diff) bool {
	for _, a := range d.Answers {
		if a.Critical && a.ValueChanged {
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
