package report

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestReadinessRowsKeepNames: a framework listed under the "not duties"
// heading keeps its name as written ("eSafety", not "ESafety"); the rest
// of a shared title after its colon starts with a capital.
func TestReadinessRowsKeepNames(t *testing.T) {
	reg := func(id, title string, st questionnaire.LegalStatus) *scoring.RegimeResult {
		return &scoring.RegimeResult{Regime: &questionnaire.Regime{ID: id, Title: questionnaire.Plain("en", title), Status: st}, Applies: true}
	}
	d := &doc{lang: "en", w: wordsFor("en")}
	rows := d.readinessRows([]*scoring.RegimeResult{
		reg("dsa-a", "EU Digital Services Act: every hosting service", questionnaire.StatusLaw),
		reg("dsa-b", "EU Digital Services Act: yearly transparency reports", questionnaire.StatusLaw),
		reg("sbd", "eSafety Safety by Design", questionnaire.StatusVoluntary),
		reg("vp", "Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse", questionnaire.StatusVoluntary),
	})
	var got []string
	for _, r := range rows {
		got = append(got, r.label)
	}
	want := []string{
		"EU Digital Services Act", "Every hosting service", "Yearly transparency reports",
		"Guidance and voluntary frameworks (not duties)", "eSafety Safety by Design",
		"Voluntary Principles to Counter Online Child Sexual Exploitation and Abuse",
	}
	if len(got) != len(want) {
		t.Fatalf("rows %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d is %q, want %q", i, got[i], want[i])
		}
	}
}
