package trend_test

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/trend"
)

const qsrc = `format: dutycheck/v1
id: t
version: 1.0.0
title: T
sections:
  - id: s
    title: S
    questions:
      - {id: a, type: yesno, text: A?, options: [{value: yes, label: Yes, score: 1}, {value: no, label: No, score: 0}]}
`

func point(t *testing.T, q *questionnaire.Questionnaire, body, commit string) trend.Point {
	t.Helper()
	f, err := answers.Decode("a.yaml", []byte("format: dutycheck-answers/v1\nquestionnaire: {id: t}\norganization: O\n"+body), q)
	if err != nil {
		t.Fatal(err)
	}
	return trend.Point{Commit: commit, Source: "a.yaml", Result: scoring.Score(q, f)}
}

// TestDocument: each point carries the figures score's JSON gives, the
// targets list is never null, and the chart's target is the newest
// version's target on the overall score.
func TestDocument(t *testing.T) {
	q, err := questionnaire.Parse("q.yaml", []byte(qsrc))
	if err != nil {
		t.Fatal(err)
	}
	tr := &trend.Trend{Questionnaire: q, Points: []trend.Point{
		point(t, q, "date: 2026-03-31\nanswers: {a: {value: no}}\n", "1111111111111111111111111111111111111111"),
		point(t, q, "date: 2026-06-30\nanswers: {a: {value: yes}}\ntargets: {overall: {min: 50, by: 2026-12-31}}\n", ""),
	}}
	doc := trend.NewDocument(tr, "en")
	if doc.Format != trend.Format || len(doc.Points) != 2 || doc.Notes == nil {
		t.Fatalf("document: %+v", doc)
	}
	p0, p1 := doc.Points[0], doc.Points[1]
	if p0.Date != "2026-03-31" || p0.Overall.Score != 0 || p0.Targets == nil || len(p0.Targets) != 0 || p0.Commit == "" {
		t.Errorf("first point: %+v", p0)
	}
	if p1.Overall.Score != 100 || len(p1.Targets) != 1 || p1.Targets[0].State != "met" {
		t.Errorf("second point: %+v", p1)
	}
	want := tr.Points[1].Result.Summarize("en")
	if p1.Overall != want.Overall || len(p1.Sections) != len(want.Sections) {
		t.Errorf("point and summary disagree: %+v vs %+v", p1.Overall, want.Overall)
	}
	if ot := tr.OverallTarget(); ot == nil || ot.Target.Min.Value != 50 {
		t.Errorf("overall target: %+v", ot)
	}
	if (&trend.Trend{Questionnaire: q}).OverallTarget() != nil {
		t.Error("a target without points")
	}
}
