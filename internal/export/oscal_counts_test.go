package export_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// TestOSCALDescriptionCounts: the result's description counts in English
// nouns of the right number, never by gluing an "s" to a phrase ("2
// must-have duty not mets").
func TestOSCALDescriptionCounts(t *testing.T) {
	for _, tc := range []struct {
		fixture string
		want    []string
	}{
		{"sample", []string{"3 gaps, 1 must-have duty not met."}},
		{"tricky", []string{"2 gaps, 0 must-have duties not met."}},
		{"plan", []string{"5 gaps, 2 must-have duties not met.", "1 answer don't know", "1 answer estimated"}},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			out, err := export.OSCAL(load(t, fixtureNamed(t, tc.fixture)))
			if err != nil {
				t.Fatal(err)
			}
			var doc oscalDoc
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			d := doc.AR.Results[0].Description
			for _, w := range tc.want {
				if !strings.Contains(d, w) {
					t.Errorf("description %q lacks %q", d, w)
				}
			}
			if strings.Contains(d, "not mets") {
				t.Errorf("description %q pluralizes a phrase", d)
			}
		})
	}
}
