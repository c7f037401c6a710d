package changes

import (
	"strings"
	"testing"
)

// TestTranslationDrift: a text changed in one language while another kept
// its old wording is noted, so that an author bumps both or knows the
// translation lags; changed in both, it is not.
func TestTranslationDrift(t *testing.T) {
	old := parse(t, base)
	for _, tc := range []struct {
		name string
		to   string
		note string
	}{
		{"en only", "text: {en: Do users upload?, sv: Uppladdning?}", "sv unchanged"},
		{"sv only", "text: {en: Uploads?, sv: Laddar användare upp?}", "en unchanged"},
		{"both", "text: {en: Do users upload?, sv: Laddar användare upp?}", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare(old, parse(t, edit(t, base, "text: {en: Uploads?, sv: Uppladdning?}", tc.to)))
			n := 0
			for _, c := range r.Changes {
				if c.ID != "uploads" {
					continue
				}
				n++
				if tc.note == "" && c.Note != "" || !strings.HasPrefix(c.Note, tc.note) {
					t.Errorf("%s: note %q, want it to start %q", c.Field, c.Note, tc.note)
				}
			}
			if n == 0 {
				t.Fatal("no change to uploads")
			}
		})
	}
}
