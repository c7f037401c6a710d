package answers_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestCarryForwardEveryQuestionAnswered: an assessment carried from one
// that recorded its questionnaire and answered every question of it holds
// only carried marks; a question new since then is still told as new, so
// that "walk only the new and changed questions" walks it. It was left
// out: the file looked as if it recorded nothing.
func TestCarryForwardEveryQuestionAnswered(t *testing.T) {
	parse := func(src string) *questionnaire.Questionnaire {
		q, err := questionnaire.Parse("q.yaml", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	head := "format: dutycheck/v1\nid: x\nversion: %s\ntitle: X\nsections:\n  - id: s\n    title: S\n    questions:\n" +
		"      - {id: a, type: yesno, text: \"A?\"}\n"
	v1 := parse(fmt.Sprintf(head, "1.0.0"))
	v2 := parse(fmt.Sprintf(head, "1.1.0") + "      - {id: b, type: yesno, text: \"B?\"}\n")
	old := answers.New(v1, time.Date(2026, 8, 26, 0, 0, 0, 0, time.UTC))
	old.Put(v1.Question("a"), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
	read, err := answers.Decode("old.yaml", answers.Encode(old, v1), v2)
	if err != nil {
		t.Fatal(err)
	}
	f, _ := answers.CarryForward(read, v2, answers.Origin{Path: "old.yaml"}, time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC))
	c := answers.Compare(f, v2)
	if !slices.Equal(c.New, []string{"b"}) || !slices.Equal(c.Carried, []string{"a"}) {
		t.Errorf("Compare = %+v, want b new and a carried", c)
	}
}
