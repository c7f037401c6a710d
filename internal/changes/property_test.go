package changes

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// corpus parses every valid questionnaire of the test corpus and the
// built-in ones.
func corpus(t *testing.T) []*questionnaire.Questionnaire {
	t.Helper()
	files, _ := filepath.Glob("../../testdata/questionnaires/valid/*.yaml")
	builtins, _ := filepath.Glob("../../questionnaires/*.yaml")
	history, _ := filepath.Glob("../../questionnaires/history/*.yaml")
	var out []*questionnaire.Questionnaire
	for _, f := range append(append(files, builtins...), history...) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q, err := questionnaire.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q)
	}
	if len(out) < 4 {
		t.Fatalf("corpus of %d", len(out))
	}
	return out
}

// TestProperties: a questionnaire compared with itself has no change;
// comparing the other way round swaps what was added and removed
// (renames aside); every
// change names its subject and needs a bump; every format renders.
func TestProperties(t *testing.T) {
	qs := corpus(t)
	for _, a := range qs {
		if r := Compare(a, a); len(r.Changes) != 0 || r.Needs != None {
			t.Errorf("%s against itself: %v", a.ID, r.Changes)
		}
		for _, b := range qs {
			ab, ba := Compare(a, b), Compare(b, a)
			for _, s := range subjects {
				// A rename goes one way (the newer version names the old
				// id), so it counts as an addition the other way round.
				abr, bar := ab.Count(s, Renamed), ba.Count(s, Renamed)
				if ab.Count(s, Added)+abr != ba.Count(s, Removed)+bar || ab.Count(s, Removed)+abr != ba.Count(s, Added)+bar {
					t.Errorf("%s/%s: %s added and removed do not swap", a.ID, b.ID, s)
				}
			}
			for _, c := range ab.Changes {
				if c.Needs == None || c.What() == "" || c.Kind == "" {
					t.Errorf("%s/%s: change without a need or a name: %+v", a.ID, b.ID, c)
				}
			}
			if _, err := JSON(ab); err != nil {
				t.Error(err)
			}
			_ = Text(ab, "en")
			_ = Markdown(ab, "en")
		}
	}
}
