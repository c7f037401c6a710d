package questionnaire_test

import (
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestLocalizedFields: a pinpoint may be a plain string (every language)
// or localized; a glossary entry may give its headword in other
// languages; a question's finding and a reference's in_force are read.
func TestLocalizedFields(t *testing.T) {
	src := `format: dutycheck/v1
id: t
version: 1.0.0
title: T
languages: [en, sv]
references:
  dsa: {title: DSA, url: "https://example.org", pinpoint: {en: "Art. 16(1)", sv: "art. 16.1"}, in_force: 2024-02-17}
  osa: {title: OSA, url: "https://example.org", pinpoint: "s. 9"}
  vp: {title: VP, url: "https://example.org", pinpoint: {en: "Principle 1"}}
glossary:
  Hash list: {term: {sv: Hashlista}, definition: {en: A list., sv: En lista.}}
  Classifier: {term: {en: Classifier, sv: Klassificerare}, definition: A model.}
  CSEA: {en: Abuse., sv: Övergrepp.}
sections:
  - id: s
    title: S
    questions:
      - id: q1
        text: Q1
        type: yesno
        references: [dsa]
        finding: {en: "No notice form without an account", sv: "Ingen anmälan utan konto"}
`
	q, err := questionnaire.Parse("t.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	dsa := q.Reference("dsa")
	if dsa.Pinpoint != "Art. 16(1)" || dsa.PinpointIn("sv") != "art. 16.1" || dsa.PinpointIn("en") != "Art. 16(1)" {
		t.Errorf("dsa pinpoint = %q / %q", dsa.PinpointIn("en"), dsa.PinpointIn("sv"))
	}
	if !dsa.InForce.Equal(time.Date(2024, 2, 17, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("dsa in_force = %v", dsa.InForce)
	}
	if osa := q.Reference("osa"); osa.PinpointIn("sv") != "s. 9" || !osa.InForce.IsZero() {
		t.Errorf("a plain pinpoint serves every language: %q", osa.PinpointIn("sv"))
	}
	if vp := q.Reference("vp"); vp.PinpointIn("sv") != "Principle 1" {
		t.Errorf("a pinpoint without sv falls back to en: %q", vp.PinpointIn("sv"))
	}
	want := [][3]string{{"Hash list", "Hash list", "Hashlista"}, {"Classifier", "Classifier", "Klassificerare"}, {"CSEA", "CSEA", "CSEA"}}
	for i, g := range q.Glossary {
		if g.Term != want[i][0] || g.TermIn("en") != want[i][1] || g.TermIn("sv") != want[i][2] || g.Definition.IsZero() {
			t.Errorf("glossary %d = %q %q %q", i, g.Term, g.TermIn("en"), g.TermIn("sv"))
		}
	}
	if f := q.Question("q1").Finding; f.In("sv") != "Ingen anmälan utan konto" || f.In("en") != "No notice form without an account" {
		t.Errorf("finding = %v", f)
	}
}
