package report

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestBasis: a question resting on a law that applies is a legal duty; one
// resting only on a regulator's code says so (follow it or show equivalent
// measures: not a statute, as a review of "LEGAL DUTY" on Ofcom measures
// found); voluntary sources are good practice; a 1.0 questionnaire without
// statuses gets no label.
func TestBasis(t *testing.T) {
	src := `format: dutycheck/v1
id: b
version: 1.0.0
title: B
regimes:
  - {id: eu, title: EU law, status: law, why: Always.}
  - {id: uk, title: UK code, status: code, why: Always.}
  - {id: vp, title: Principles, status: voluntary, why: Always.}
references:
  law: {title: A law, status: law, regime: eu, pinpoint: Art. 1}
  code: {title: A code, status: code, regime: uk, pinpoint: measure 2}
  vol: {title: Principles, status: voluntary, regime: vp}
  bare: {title: A book}
sections:
  - id: s
    title: S
    questions:
      - {id: both, text: Both?, type: yesno, references: [code, law]}
      - {id: code-only, text: Code?, type: yesno, references: [vol, code]}
      - {id: vol-only, text: Vol?, type: yesno, references: [vol]}
      - {id: bare, text: Bare?, type: yesno, references: [bare]}
`
	q, err := questionnaire.Parse("b.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	r := &scoring.Result{Questionnaire: q}
	for _, rg := range q.Regimes {
		r.Regimes = append(r.Regimes, scoring.RegimeResult{Regime: rg, Applies: true})
	}
	d := &doc{q: q, r: r, lang: "en", w: wordsFor("en")}
	for id, want := range map[string]string{"both": "legal duty", "code-only": "regulator's code", "vol-only": "good practice", "bare": ""} {
		if got := d.basis(q.Question(id)); got != want {
			t.Errorf("%s: basis %q, want %q", id, got, want)
		}
	}
}
