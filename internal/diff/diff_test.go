package diff_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// cases are the diffs the goldens pin: within one questionnaire version,
// across two versions each scored by its own (--old-q), across two
// versions both scored by the new one, and against a hand-written file
// that records no question wording.
var cases = []struct {
	name                   string
	oldQ, oldA, newQ, newA string
}{
	{"same-version", "sample-v1.yaml", "old-v1.yaml", "sample-v1.yaml", "new-v1.yaml"},
	{"own-questionnaires", "sample-v1.yaml", "old-v1.yaml", "sample-v2.yaml", "new-v2.yaml"},
	{"new-questionnaire", "sample-v2.yaml", "old-v1.yaml", "sample-v2.yaml", "new-v2.yaml"},
	{"handwritten", "sample-v1.yaml", "old-handwritten.yaml", "sample-v1.yaml", "new-v1.yaml"},
	// A quarter's work on the plan: owners, due dates and statuses
	// changed, and a multiple-choice answer that swapped one option.
	{"quarter", "sample-v1.yaml", "old-quarter.yaml", "sample-v1.yaml", "new-quarter.yaml"},
}

func compare(t *testing.T, i int) *diff.Diff {
	t.Helper()
	c := cases[i]
	return diff.Compare(side(t, c.oldQ, c.oldA), side(t, c.newQ, c.newA), "en")
}

// TestGolden pins the text and JSON of every case.
func TestGolden(t *testing.T) {
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := compare(t, i)
			var text bytes.Buffer
			diff.WriteText(&text, d, "en")
			golden(t, c.name+".txt", text.Bytes())
			js, err := json.MarshalIndent(d, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, c.name+".json", append(js, '\n'))
		})
	}
}

// TestGoldenSwedish pins the text of every case in Swedish, which must
// hold no English word of the program's own.
func TestGoldenSwedish(t *testing.T) {
	english := []string{"Overall", "Completion", "Sections", "before", "after", "Answers changed", "Gaps", "points", "still open", "critical", "answered", "new question", "question changed", "none", "removed:", "scored", "not apply", "capped", "n/a"}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ci := cases[i]
			d := diff.Compare(side(t, ci.oldQ, ci.oldA), side(t, ci.newQ, ci.newA), "sv")
			var text bytes.Buffer
			diff.WriteText(&text, d, "sv")
			golden(t, c.name+".sv.txt", text.Bytes())
			for _, w := range english {
				if strings.Contains(text.String(), w) {
					t.Errorf("Swedish diff has the English %q:\n%s", w, text.String())
				}
			}
		})
	}
}

// TestQuestionChanges checks what each case can tell about the questions.
func TestQuestionChanges(t *testing.T) {
	versions := diff.QuestionChange{Basis: "", New: []string{"transparency-report", "board-review"},
		Changed: []string{"reviewed-share", "escalation"}, Removed: []string{"classifier"}}
	for i, want := range []diff.QuestionChange{
		{Basis: "fingerprints", New: []string{}, Changed: []string{}, Removed: []string{}},
		{Basis: "questionnaires", New: versions.New, Changed: versions.Changed, Removed: versions.Removed},
		{Basis: "fingerprints", New: versions.New, Changed: versions.Changed, Removed: versions.Removed},
		{Basis: "unknown", New: []string{}, Changed: []string{}, Removed: []string{"old-question"}},
	} {
		got := compare(t, i).Questionnaire
		if got.Basis != want.Basis || !slices.Equal(got.New, want.New) || !slices.Equal(got.Changed, want.Changed) || !slices.Equal(got.Removed, want.Removed) {
			t.Errorf("%s: question changes = %+v, want %+v", cases[i].name, got, want)
		}
	}
}

// TestAcrossVersions checks the diff of two versions, each scored by its
// own questionnaire: a removed question closes its gap, a new critical
// question opens one, the new section has no score before.
func TestAcrossVersions(t *testing.T) {
	d := compare(t, 1)
	if d.Old.Questionnaire.Version != "1.0.0" || d.New.Questionnaire.Version != "2.0.0" || d.Old.AnsweredTo != nil {
		t.Errorf("sides: old %+v, new %+v", d.Old, d.New)
	}
	why := func(gs []diff.GapDiff) map[string]string {
		m := map[string]string{}
		for _, g := range gs {
			m[g.Question] = g.Why
		}
		return m
	}
	if got := why(d.GapsClosed)["classifier"]; got != "question removed" {
		t.Errorf("classifier closed because %q", got)
	}
	opened := d.GapsOpened
	if len(opened) != 1 || opened[0].Question != "transparency-report" || !opened[0].Critical || opened[0].Why != "new question" {
		t.Errorf("gaps opened = %+v", opened)
	}
	gov := d.Sections[len(d.Sections)-1]
	if gov.ID != "governance" || gov.StateBefore != diff.Absent || gov.Before != nil || gov.After == nil || gov.Change != nil {
		t.Errorf("governance = %+v", gov)
	}
	for _, a := range d.Answers {
		if a.Question == "escalation" && (a.QuestionChange != diff.QuestionChanged || a.After.Answer != "office-hours") {
			t.Errorf("escalation = %+v", a)
		}
	}
}

// TestScoredByNewQuestionnaire: OLD scored by the new version says so.
func TestScoredByNewQuestionnaire(t *testing.T) {
	d := compare(t, 2)
	if d.Old.AnsweredTo == nil || d.Old.AnsweredTo.Version != "1.0.0" || d.Old.Questionnaire.Version != "2.0.0" {
		t.Errorf("old side = %+v", d.Old)
	}
	var text bytes.Buffer
	diff.WriteText(&text, d, "en")
	if !bytes.Contains(text.Bytes(), []byte("--old-q")) {
		t.Error("the text does not say how to score the old answers against their own questionnaire")
	}
}

// TestOrder: critical questions come first in answers and gaps; gaps are
// then by points lost.
func TestOrder(t *testing.T) {
	for i := range cases {
		d := compare(t, i)
		for j := 1; j < len(d.Answers); j++ {
			if d.Answers[j].Critical && !d.Answers[j-1].Critical {
				t.Errorf("%s: critical answer %s after %s", cases[i].name, d.Answers[j].Question, d.Answers[j-1].Question)
			}
		}
		for _, gs := range [][]diff.GapDiff{d.GapsClosed, d.GapsOpened} {
			for j := 1; j < len(gs); j++ {
				a, b := gs[j-1], gs[j]
				if (b.Critical && !a.Critical) || (a.Critical == b.Critical && b.PointsLost > a.PointsLost+1e-9) {
					t.Errorf("%s: gap %s before %s", cases[i].name, a.Question, b.Question)
				}
			}
		}
	}
}

// TestIdentical: an assessment compared with itself has no changes.
func TestIdentical(t *testing.T) {
	s := side(t, "sample-v2.yaml", "new-v2.yaml")
	d := diff.Compare(s, s, "en")
	if len(d.Answers)+len(d.GapsClosed)+len(d.GapsOpened) != 0 || d.Overall.Change.Change != 0 || d.Questionnaire.Any() {
		t.Errorf("self-diff has changes: %+v", d)
	}
	if d.GapsStillOpen != len(s.Result.Gaps) {
		t.Errorf("%d gaps still open, want %d", d.GapsStillOpen, len(s.Result.Gaps))
	}
}

// TestNoteOnlyChange: a changed note is reported without a value change.
func TestNoteOnlyChange(t *testing.T) {
	a := side(t, "sample-v1.yaml", "new-v1.yaml")
	b := side(t, "sample-v1.yaml", "new-v1.yaml")
	b.Result.Answers.Get("hash-matching").Note = "Now with a runbook link"
	d := diff.Compare(a, b, "en")
	if len(d.Answers) != 1 || d.Answers[0].ValueChanged || !d.Answers[0].NoteChanged {
		t.Fatalf("answers = %+v", d.Answers)
	}
	var text bytes.Buffer
	diff.WriteText(&text, d, "en")
	if !bytes.Contains(text.Bytes(), []byte("Notes changed, answers the same: hash-matching")) {
		t.Errorf("text:\n%s", text.Bytes())
	}
}

// TestTextIsInert: control characters from the files are shown, not run.
func TestTextIsInert(t *testing.T) {
	a := side(t, "sample-v1.yaml", "new-v1.yaml")
	b := side(t, "sample-v1.yaml", "new-v1.yaml")
	b.Result.Answers.Organization = "Evil\x1b[2J AB"
	b.Result.Answers.Get("comments").Value.Text = "\x1b]0;pwned\x07"
	var text bytes.Buffer
	diff.WriteText(&text, diff.Compare(a, b, "en"), "en")
	if bytes.ContainsAny(text.Bytes(), "\x1b\x07") {
		t.Errorf("raw control characters in the text:\n%q", text.Bytes())
	}
}

// TestMustHavesAndProfileAnswers: the text speaks of must-have duties, as
// score, plan and the PDF do, and never weighs one in points; a profile
// answer (an unscored section) shows no score on either side.
func TestMustHavesAndProfileAnswers(t *testing.T) {
	a := side(t, "sample-v1.yaml", "old-v1.yaml")
	b := side(t, "sample-v1.yaml", "new-v1.yaml")
	b.Result.Answers.Get("regions").Value.Choices = []string{"eu"}
	b.Result = scoring.Score(b.Result.Questionnaire, b.Result.Answers)
	for _, lang := range []string{"en", "sv"} {
		var text bytes.Buffer
		diff.WriteText(&text, diff.Compare(a, b, lang), lang)
		out := text.String()
		for _, w := range []string{"critical", "kritisk"} {
			if strings.Contains(strings.ToLower(out), w) {
				t.Errorf("%s: the text says %q, not must-have:\n%s", lang, w, out)
			}
		}
		if want := map[string]string{"en": "Must-have duties not met: 1 → 0", "sv": "Obligatoriska krav som inte är uppfyllda: 1 → 0"}[lang]; !strings.Contains(out, want) {
			t.Errorf("%s: no %q:\n%s", lang, want, out)
		}
		var seen []string
		for _, line := range strings.Split(out, "\n") {
			f := strings.Fields(line)
			switch {
			case len(f) < 2:
			case f[0] == "!" && f[1] == "hash-matching":
				seen = append(seen, "must-have")
				if strings.Contains(line, "−") || strings.Contains(line, "+1") || strings.Contains(line, "po") {
					t.Errorf("%s: a must-have weighed in points: %q", lang, line)
				}
			case f[0] == "regions":
				seen = append(seen, "profile")
				if strings.Contains(line, "%") || strings.Contains(line, "–") {
					t.Errorf("%s: a profile answer with a score column: %q", lang, line)
				}
			}
		}
		if len(seen) != 3 {
			t.Errorf("%s: saw %v, want the must-have in answers and gaps and the profile answer:\n%s", lang, seen, out)
		}
	}
}
