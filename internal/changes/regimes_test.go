package changes

import (
	"os"
	"slices"
	"testing"
)

// TestCompare11 edits a questionnaire written with the 1.1 fields, as
// parsed from YAML: regimes, reference status, thresholds and must-haves
// that follow a regime.
func TestCompare11(t *testing.T) {
	data, err := os.ReadFile("../../testdata/questionnaires/valid/regimes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := string(data)
	cases := []struct {
		name  string
		edits []string
		want  []string
		needs Level
	}{
		{"threshold", []string{"{question: staff, at_least: 50}", "{question: staff, at_least: 250}"},
			[]string{"applies of regime eu-dsa-platform changed"}, Major},
		{"regime status", []string{"    status: voluntary\n    why:", "    status: guidance\n    why:"},
			[]string{"status of regime vp changed"}, Major},
		{"regime why", []string{"Industry principles anyone may follow.", "Principles any company may follow."},
			[]string{"why (en) of regime vp changed"}, Patch},
		{"reference status", []string{"    status: proposal\n", "    status: lapsed\n"},
			[]string{"status of reference csam-proposal changed"}, Patch},
		{"reference as_of and pinpoint", []string{"as_of: 2026-10-01", "as_of: 2026-11-20", "pinpoint: Art. 15", "pinpoint: Art. 15(1)"},
			[]string{"as_of of reference dsa-15 changed", "pinpoint of reference dsa-15 changed"}, Patch},
		{"reference moved to another regime", []string{"    regime: eu-dsa-platform\n    pinpoint", "    regime: eu-small\n    pinpoint"},
			[]string{"regime of reference dsa-15 changed"}, Major},
		{"critical condition", []string{"{question: staff, below: 250}", "{question: staff, below: 500}"},
			[]string{"critical of transparency changed"}, Major},
		{"critical condition to always", []string{"critical: {regime: us-2258a}", "critical: true"},
			[]string{"critical of ncmec changed"}, Major},
		{"when through a regime", []string{"when: {regime: eu-small}", "when: {regime: eu-dsa-platform}"},
			[]string{"when of small-only changed"}, Major},
		{"regime added", []string{"references:\n  dsa-15:", "  - id: uk-osa\n    title: UK Online Safety Act\n    jurisdiction: UK\n    status: law\n    why: A service with UK users.\nreferences:\n  dsa-15:"},
			[]string{"regime uk-osa added"}, Minor},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := Compare(parse(t, src), parse(t, edit(t, src, tc.edits...)))
			var got []string
			for _, c := range r.Changes {
				got = append(got, c.What())
			}
			if !slices.Equal(got, tc.want) || r.Needs != tc.needs {
				t.Errorf("got %q needing %v, want %q needing %v", got, r.Needs, tc.want, tc.needs)
			}
		})
	}
}
