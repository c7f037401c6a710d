package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestTargetsAgree: every output that tells the result (end screen, plain
// mode, score
// and plan text, Markdown, the PDF brief) says each target of the one
// summary in the same words: what it is set on, its limit and date, the
// figure now and its state, and who set them.
func TestTargetsAgree(t *testing.T) {
	q := loadQ(t, "plan/q.yaml")
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []answers.TargetInput{
		{On: "overall", Min: "90", By: "2020-01-01"},
		{On: "duties", Min: "10", By: "2099-01-01"},
		{On: "report-time", Max: "1h", By: "2099-01-01"},
		{On: "detection-rate", Min: "50", By: "2099-01-01"},
	} {
		scope, id, tg, err := in.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		f.SetTarget(scope, id, tg)
	}
	f.Targets.SetBy = "Board, minute 2026-11-12 §5"
	for _, lang := range []string{"en", "sv"} {
		t.Run(lang, func(t *testing.T) {
			r := scoring.Score(q, f)
			sum := summary.Build(r, lang, summary.Options{})
			if len(sum.Targets) != 4 || sum.TargetsSetBy == "" {
				t.Fatalf("summary targets: %+v", sum.Targets)
			}
			outs := renderAll(t, q.ID, r, f, lang)
			for _, out := range []string{"end", "plain", "score", "plan", "md", "pdf"} {
				got, ok := outs[out]
				if !ok {
					continue
				}
				facts := []string{sum.TargetsSetBy}
				if out == "end" || out == "plain" {
					facts = nil // the walk-through leaves who set them to the other outputs
				}
				for _, tg := range sum.Targets {
					switch out {
					case "md", "pdf":
						// laid out in columns
						facts = append(facts, tg.What, tg.Limit, tg.Now, tg.StateText)
					default:
						facts = append(facts, tg.What, tg.Line)
					}
				}
				for _, fact := range facts {
					if !strings.Contains(got, flat(fact)) {
						t.Errorf("%s does not say %q:\n%s", out, fact, got)
					}
				}
			}
		})
	}
}
