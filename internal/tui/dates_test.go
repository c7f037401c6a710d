package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestDateAfterAssessment: a date later than the assessment date is
// refused where it is typed, in the respondent's language
// (docs/answers-format.md), so the walk-through never saves a file that
// would not read back; the date of the assessment itself is fine.
func TestDateAfterAssessment(t *testing.T) {
	q, err := questionnaire.Parse("d.yaml", []byte(`format: dutycheck/v1
id: d
version: 1.0.0
title: D
languages: [en, sv]
sections:
  - id: s
    title: S
    questions:
      - {id: review, text: Last review, type: date, bands: [{max: 365d, score: 1}]}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ lang, want string }{
		{"en", "2026-12-01 is after the assessment date 2026-11-26; a date planned is not a date done"},
		{"sv", "2026-12-01 är efter bedömningens datum 2026-11-26; ett planerat datum är inte ett genomfört"},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			st := &store{}
			cfg := config(q, st)
			cfg.Lang = tc.lang
			var out bytes.Buffer
			if err := RunAccessible(cfg, strings.NewReader("Org\n2026-12-01\n2026-11-26\n"), &out); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(out.String(), tc.want) {
				t.Errorf("output lacks %q:\n%s", tc.want, out.String())
			}
			if got := st.decode(t, q).Get("review").Value.Format(questionnaire.Date); got != "2026-11-26" {
				t.Errorf("saved %q", got)
			}
		})
	}
}
