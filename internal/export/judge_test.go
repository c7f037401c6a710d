package export_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// TestOSCALProposalNotApplies: a proposal whose condition holds is never
// a duty; the OSCAL export says it "would apply if adopted", as the PDF
// does, not "applies" (the judge's marketplace check, where a US bill's
// condition holds for a UK marketplace).
func TestOSCALProposalNotApplies(t *testing.T) {
	in := load(t, fixture{name: "judge", questionnaire: "testdata/judge/q-v1.yaml", answers: "testdata/judge/a-walk.yaml", lang: "en"})
	out, err := export.OSCAL(in)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	if !strings.Contains(s, `"value": "would apply if adopted; readiness 25"`) {
		t.Errorf("the proposal is not marked as such:\n%s", s)
	}
	if !strings.Contains(s, `"value": "applies; readiness 62.5"`) {
		t.Errorf("the law that applies is not marked so")
	}
	validate(t, compileOSCALSchema(t), out)
}
