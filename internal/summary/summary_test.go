package summary_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// planResult scores testdata/plan: two must-haves not met (one overdue
// with an owner, one without an owner), a risk accepted, an unknown, an
// estimate and an answer without evidence.
func planResult(t *testing.T, edit func(*answers.File)) *scoring.Result {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "plan")
	qdata, err := os.ReadFile(filepath.Join(dir, "q.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse("q.yaml", qdata)
	if err != nil {
		t.Fatal(err)
	}
	adata, err := os.ReadFile(filepath.Join(dir, "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("a.yaml", adata, q)
	if err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(f)
	}
	return scoring.Score(q, f)
}

func TestBuild(t *testing.T) {
	for _, tc := range []struct {
		lang string
		want map[string]string
	}{
		{"en", map[string]string{
			"headline":      "55.0 / 100 · Weak",
			"sentence":      "The service scores 55.0 of 100 and is rated Weak.",
			"cap":           "The rating is capped at Weak because 2 must-have duties are not met; the score alone would give Fair.",
			"completion":    "100% (11 of 11 applicable questions answered)",
			"must":          "Must-have duties not met (2)",
			"action ncmec":  "owner Head of Trust & Safety · due 2026-10-31 · in progress · OVERDUE",
			"done when":     "done when: Every confirmed case reported within 24 hours",
			"action hashes": "NO OWNER · no action recorded",
			"rests":         "1 “don't know” · 1 estimate · 1 scored answer without evidence",
			"decisions":     "Approve the action plan and its dates | No owner | Overdue (Head of Trust & Safety, due 2026-10-31) | Risk accepted (approved by Board, minute 2026-11-12 §4)",
		}},
		{"sv", map[string]string{
			"headline":      "55,0 av 100 · Nivå: Svag",
			"cap":           "Nivån begränsas till Svag eftersom 2 obligatoriska krav inte är uppfyllda; poängen ensam skulle ge Godtagbar.",
			"action ncmec":  "ansvarig Head of Trust & Safety · senast 2026-10-31 · pågår · FÖRSENAD",
			"action hashes": "UTAN ANSVARIG · ingen åtgärd registrerad",
		}},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			s := summary.Build(planResult(t, nil), tc.lang, summary.Options{})
			var decs []string
			for _, d := range s.Decisions {
				decs = append(decs, d.What)
			}
			got := map[string]string{
				"headline": s.Position.Headline, "sentence": s.Position.Sentence, "cap": s.Position.Cap,
				"completion": s.Position.CompletionText, "must": s.MustHaves.Heading,
				"rests": s.RestsOn.Line, "decisions": strings.Join(decs, " | "),
			}
			for _, g := range s.MustHaves.Gaps {
				got["action "+g.ID] = g.Action.Line
				if g.Action.DoneWhen != "" {
					got["done when"] = g.Action.DoneWhen
				}
			}
			for k, want := range tc.want {
				if got[k] != want {
					t.Errorf("%s: got %q, want %q", k, got[k], want)
				}
			}
			if s.MustHaves.Consequence != "" {
				t.Errorf("the cap is said twice: in the position and as the must-haves' consequence %q", s.MustHaves.Consequence)
			}
			if s.Provisional != nil || s.Since != nil {
				t.Error("provisional or since set without cause")
			}
		})
	}
}

// TestBuildProvisionalAndSince: too little answered makes the rating
// provisional, with the reason; a baseline gives the change since.
func TestBuildProvisionalAndSince(t *testing.T) {
	now := planResult(t, func(f *answers.File) {
		for _, id := range []string{"training", "escalation", "report-time", "policy", "user-reports", "law-enforcement"} {
			delete(f.Answers, id)
		}
	})
	base := planResult(t, nil)
	s := summary.Build(now, "en", summary.Options{Baseline: base})
	if s.Provisional == nil || s.Provisional.Line != "The rating is provisional: only 45% of the questions that apply are answered (50% are needed)." {
		t.Errorf("provisional: %+v", s.Provisional)
	}
	// the rating as every line and table says it (score, trend)
	if want := s.Position.Rating + " (provisional)"; s.Position.RatingText != want || !strings.HasSuffix(s.Position.Headline, want) {
		t.Errorf("rating text %q, headline %q, want %q in both", s.Position.RatingText, s.Position.Headline, want)
	}
	if s.Since == nil {
		t.Fatal("no change since the baseline")
	}
	// The questions left unanswered are gaps now; training was one then.
	if len(s.Since.Closed) != 0 || !slices.Equal(s.Since.Opened, []string{"policy", "user-reports", "law-enforcement", "escalation"}) ||
		s.Since.Line != "0 gaps closed, 4 gaps opened; 0 actions done, 1 action overdue." {
		t.Errorf("since: closed %v, opened %v, %q", s.Since.Closed, s.Since.Opened, s.Since.Line)
	}
	if g := s.Gap("hashes"); g == nil || g.PointsText != "" {
		t.Errorf("must-have hashes: %+v (a must-have has no points)", g)
	}
}

// TestRestsOnUnanswered: with every scored answer sound but questions
// left unanswered, the summary must not give the all-clear sentence (it
// read "every scored answer is given as measured" on a brief where no
// scored question was answered); it says how many are unanswered.
func TestRestsOnUnanswered(t *testing.T) {
	clean := func(f *answers.File) {
		for id, a := range f.Answers {
			a.Unknown, a.Estimate = false, false
			if a.Note == "" {
				a.Note = "checked"
			}
			f.Answers[id] = a
		}
	}
	// The fixture leaves one question unanswered.
	s := summary.Build(planResult(t, clean), "en", summary.Options{})
	if s.RestsOn.Line != "" {
		t.Fatalf("fixture still has unknowns, estimates or answers without evidence: %q", s.RestsOn.Line)
	}
	if s.RestsOn.None != "" {
		t.Errorf("a question unanswered, yet the all-clear: %q", s.RestsOn.None)
	}
	if s.RestsOn.Unanswered != "1 question unanswered (it scores 0)." {
		t.Errorf("unanswered: %q", s.RestsOn.Unanswered)
	}
}

// TestRestsOnStaleEvidence: an evidence file changed since it was recorded
// is a fact of the summary, worded once, so that score does not count it
// on its own.
func TestRestsOnStaleEvidence(t *testing.T) {
	s := summary.Build(planResult(t, nil), "en", summary.Options{})
	if s.RestsOn.Stale != "" {
		t.Fatalf("nothing re-hashed, yet stale: %q", s.RestsOn.Stale)
	}
	stale := func(f *answers.File) {
		for id, a := range f.Answers {
			for i := range a.Evidence {
				if a.Evidence[i].File != "" {
					a.Evidence[i].Stale = answers.StaleChanged
					f.Answers[id] = a
				}
			}
		}
	}
	s = summary.Build(planResult(t, stale), "en", summary.Options{})
	if !strings.Contains(s.RestsOn.Stale, "hashes") {
		t.Errorf("stale evidence: %q, want the answer named", s.RestsOn.Stale)
	}
}
