package diff_test

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// withTargets scores answers file aname against sample-v1 with the given
// targets block appended.
func withTargets(t *testing.T, aname, targets string) diff.Side {
	t.Helper()
	q := loadQ(t, "sample-v1.yaml")
	data := append(read(t, aname), []byte(targets)...)
	f, err := answers.Decode(aname, data, q)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Side{Result: scoring.Score(q, f), File: aname}
}

// TestTargetsChanged: the board's targets set, moved, cleared or changed
// in state are listed, the overall score's first, in text and JSON; one
// the same on both sides is left out; with no target on either side the
// text says nothing of targets. Targets were absent from diff.
func TestTargetsChanged(t *testing.T) {
	old := withTargets(t, "old-quarter.yaml", `targets:
  overall: {min: 50, by: 2027-06-30}
  questions:
    report-time: {max: 3d, by: 2027-03-31}
    reviewed-share: {min: 90, by: 2027-03-31}
`)
	new := withTargets(t, "new-quarter.yaml", `targets:
  overall: {min: 60, by: 2027-06-30}
  questions:
    report-time: {max: 3d, by: 2027-03-31}
    risk-date: {max: 365d, by: 2027-03-31}
`)
	d := diff.Compare(old, new, "en")
	var got []string
	for _, td := range d.Targets {
		got = append(got, td.Scope+":"+td.ID+":"+strings.Join(td.Changed, ","))
	}
	want := []string{"overall::limit,state", "question:risk-date:limit,state", "question:reviewed-share:limit,state"}
	if !slices.Equal(got, want) {
		t.Errorf("targets changed %q, want %q", got, want)
	}
	var text bytes.Buffer
	diff.WriteText(&text, d, "en")
	for _, w := range []string{"Targets changed (3):", "  Overall score\n", "target  at least 50 by 2027-06-30 → at least 60 by 2027-06-30",
		"risk-date  ", "(new target)", "reviewed-share  ", "(target cleared)", "state   open · now 70% → –", "state   met · now 63.3 → open · now 50.0"} {
		if !strings.Contains(text.String(), w) {
			t.Errorf("text lacks %q:\n%s", w, text.String())
		}
	}
	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `"targets_changed":[{"scope":"overall","what":"Overall score","before":{"limit":"at least 50 by 2027-06-30"`) {
		t.Errorf("JSON lacks the overall target:\n%s", js)
	}

	// No target on either side: nothing said.
	text.Reset()
	diff.WriteText(&text, compare(t, 4), "en")
	if strings.Contains(text.String(), "Targets") {
		t.Errorf("a diff without targets speaks of them:\n%s", text.String())
	}
}
