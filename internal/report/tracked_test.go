package report

import (
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// TestActionPlanWithNoGap: with no gap open (the end-to-end encrypted
// messenger answers every question in full), the action plan page says so
// plainly, lists the actions tracked on questions without a gap with
// owner, due date, status and "done when" (or says that none is), and the
// details follow on the same page instead of leaving it all but empty.
func TestActionPlanWithNoGap(t *testing.T) {
	src, ok := questionnaires.Get(questionnaires.DefaultID)
	if !ok {
		t.Fatal("no built-in default questionnaire")
	}
	q, err := questionnaire.Parse(src.Name, src.Data)
	if err != nil {
		t.Fatal(err)
	}
	data := readTestdata(t, "companies/duties-e2ee.yaml")
	words := map[string]struct{ plan, none, details, noTracked, tracked string }{
		"en": {"Action plan", "No gap is open", "Details per section", "No action is tracked", "Actions on questions without a gap (1)"},
		"sv": {"Åtgärdsplan", "Inga öppna brister", "Svar per avsnitt", "Ingen åtgärd registreras", "Åtgärder på frågor utan brist (1)"},
	}
	for _, tracked := range []bool{false, true} {
		for lang, wd := range words {
			f, err := answers.Decode("duties-e2ee.yaml", data, q)
			if err != nil {
				t.Fatal(err)
			}
			if tracked {
				f.Actions = map[string]*answers.Action{q.Questions[len(q.Questions)-1].ID: {Owner: "Head of Trust & Safety",
					Due: time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC), Status: answers.ActionDone, DoneWhen: "Reviewed by the board"}}
			}
			r := scoring.Score(q, f)
			if len(r.Gaps) != 0 {
				t.Fatalf("the e2ee company has %d gaps; the test needs none", len(r.Gaps))
			}
			in := Input{Questionnaire: q, Answers: f, Result: r, Lang: lang, AnswersData: data,
				AnswersName: "duties-e2ee.yaml", Date: fixedDate, Generator: "dutycheck test"}
			_, pdf, _ := renderProbed(t, in)
			var page string
			for _, pg := range pdf.pages() {
				if text := "\n" + strings.Join(pdf.pageText(t, pg), "\n") + "\n"; strings.Contains(text, "\n"+wd.plan+"\n") {
					page = text
				}
			}
			want := []string{wd.none, wd.details}
			if tracked {
				want = append(want, wd.tracked, "Head of Trust & Safety", "2027-03-31", "Reviewed by the board")
			} else {
				want = append(want, wd.noTracked)
			}
			for _, w := range want {
				if !strings.Contains(page, w) {
					t.Errorf("%s, tracked %v: the action plan page lacks %q:\n%s", lang, tracked, w, page)
				}
			}
		}
	}
}
