package scoring_test

import (
	"testing"
)

// TestCriticalOnlyWhereItCounts: a question is a must-have in an assessment
// only where it applies and counts. One that does not apply, or that is
// answered not applicable, asks nothing of the service, so no output may
// mark it as a must-have (the PDF's details once worked around this).
func TestCriticalOnlyWhereItCounts(t *testing.T) {
	r := score(t, "critical_cap: Developing\n", `
  - id: s
    title: S
    questions:
      - {id: live, text: Live?, type: yesno}
      - {id: stream, text: Stream?, type: yesno, critical: true, when: {question: live, equals: "yes"}}
      - {id: na, text: NA?, type: yesno, allow_na: true, critical: true}
      - {id: met, text: Met?, type: yesno, critical: true}
      - {id: open, text: Open?, type: yesno, critical: true}
      - {id: plain, text: Plain?, type: yesno}
`, `
  live: {value: no}
  na: {na: true}
  met: {value: yes}
  plain: {value: no}
`)
	want := map[string]bool{"live": false, "stream": false, "na": false, "met": true, "open": true, "plain": false}
	for _, qr := range r.Questions {
		if got := qr.Critical; got != want[qr.Question.ID] {
			t.Errorf("%s (%v): Critical = %v, want %v", qr.Question.ID, qr.Status, got, want[qr.Question.ID])
		}
		if qr.Critical && !qr.Counted {
			t.Errorf("%s is critical but does not count", qr.Question.ID)
		}
	}
	if join(r.CriticalGapIDs) != "[open]" {
		t.Errorf("critical gaps %s, want [open]", join(r.CriticalGapIDs))
	}
}
