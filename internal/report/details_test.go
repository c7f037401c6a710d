package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// TestDetailsNoMustHaveThatDoesNotApply: in the details, a question that
// does not apply to the service (the EU legal representative of a
// provider established in the EU) is not labelled a must-have, though its
// regime applies; one that applies is.
func TestDetailsNoMustHaveThatDoesNotApply(t *testing.T) {
	src, ok := questionnaires.Get(questionnaires.DefaultID)
	if !ok {
		t.Fatal("no built-in default questionnaire")
	}
	q, err := questionnaire.Parse(src.Name, src.Data)
	if err != nil {
		t.Fatal(err)
	}
	data := readTestdata(t, "companies/duties-startup.yaml")
	f, err := answers.Decode("duties-startup.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	r := scoring.Score(q, f)
	in := Input{Questionnaire: q, Answers: f, Result: r, Lang: "en", AnswersData: data,
		AnswersName: "duties-startup.yaml", Date: fixedDate, Generator: "dutycheck test"}
	_, pdf, _ := renderProbed(t, in)
	text := flat(pdf.text(t))
	number := func(qn *questionnaire.Question) string {
		for i, s := range q.Sections {
			for j, sq := range s.Questions {
				if sq == qn {
					return fmt.Sprintf("%d.%d ", i+1, j+1)
				}
			}
		}
		return "?"
	}
	var applying, notApplying int
	for _, qr := range r.Questions {
		if !qr.Question.MayBeCritical() {
			continue
		}
		labelled := strings.Contains(text, "MUST-HAVE "+number(qr.Question))
		switch {
		case qr.Status == scoring.NotApplicable:
			notApplying++
			if labelled {
				t.Errorf("%s (%s) does not apply but is labelled a must-have", qr.Question.ID, number(qr.Question))
			}
		case !qr.Critical:
			if labelled {
				t.Errorf("%s (%s) is no must-have here but is labelled one", qr.Question.ID, number(qr.Question))
			}
		default:
			applying++
			if !labelled {
				t.Errorf("%s (%s) applies but is not labelled a must-have", qr.Question.ID, number(qr.Question))
			}
		}
	}
	if notApplying == 0 || applying == 0 {
		t.Fatalf("the start-up has %d critical questions that apply and %d that do not; the test needs both", applying, notApplying)
	}
}
