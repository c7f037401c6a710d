package report

import (
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestMoreSections: the line under a chart that could not show every
// section says plainly what the others score, in both languages: all at
// one score, or the lowest when they differ; never "none scoring below".
func TestMoreSections(t *testing.T) {
	sec := func(scored bool, score float64) *scoring.SectionResult {
		return &scoring.SectionResult{Section: &questionnaire.Section{ID: "s"}, Applies: true, Scored: scored, Score: score}
	}
	full := []*scoring.SectionResult{sec(true, 100), sec(true, 100), sec(true, 100), sec(true, 100), sec(true, 100)}
	mixed := []*scoring.SectionResult{sec(true, 100), sec(true, 72.5), sec(true, 90)}
	cases := []struct {
		name   string
		hidden []*scoring.SectionResult
		en, sv string
	}{
		{"all the same", full, "5 more sections, all at 100.0; details from page 7.", "5 avsnitt till, alla på 100,0 poäng; svaren från sida 7."},
		{"different", mixed, "3 more sections, the lowest at 72.5; details from page 7.", "3 avsnitt till, det lägsta på 72,5 poäng; svaren från sida 7."},
		{"one", []*scoring.SectionResult{sec(true, 80)}, "1 more section, at 80.0; details from page 7.", "1 avsnitt till, på 80,0 poäng; svaren från sida 7."},
		{"none scored", []*scoring.SectionResult{sec(false, 0), sec(false, 0)}, "2 more sections, not scored; details from page 7.", "2 avsnitt till, som inte poängsätts; svaren från sida 7."},
		{"some scored, the same", []*scoring.SectionResult{sec(false, 0), sec(true, 100), sec(true, 100)},
			"3 more sections; those scored are all at 100.0; details from page 7.", "3 avsnitt till; de som poängsätts har alla 100,0 poäng; svaren från sida 7."},
		{"some scored, different", []*scoring.SectionResult{sec(false, 0), sec(true, 60), sec(true, 100)},
			"3 more sections; the lowest scored is at 60.0; details from page 7.", "3 avsnitt till; det lägsta av dem som poängsätts har 60,0 poäng; svaren från sida 7."},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for lang, want := range map[string]string{"en": c.en, "sv": c.sv} {
				if got := wordsFor(lang).moreSections(c.hidden, 7); got != want {
					t.Errorf("%s: %q, want %q", lang, got, want)
				}
			}
		})
	}
}
