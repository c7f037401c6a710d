package changes

import (
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/jsonout"
)

// jsonReport is the JSON form of a report: both sides, the version
// verdict, the tallies and every change.
type jsonReport struct {
	Old     Side        `json:"old"`
	New     Side        `json:"new"`
	Version jsonVersion `json:"version"`
	Summary []Tally     `json:"summary"`
	Scoring int         `json:"scoring_changes"`
	Wording int         `json:"wording_changes"`
	Changes []Change    `json:"changes"`
}

type jsonVersion struct {
	Bump     Bump     `json:"bump"`
	Needs    Level    `json:"needs"`
	OK       bool     `json:"ok"`
	Problems []string `json:"problems"`
}

// JSON writes the report as one indented JSON object. Strings are written
// as they are (JSON escapes control characters), without HTML escaping.
func JSON(r *Report) ([]byte, error) {
	p := r.Problems()
	if p == nil {
		p = []string{}
	}
	sum := r.Tallies()
	if sum == nil {
		sum = []Tally{}
	}
	sc := r.ScoringCount()
	// Texts from the files are made inert here too (docs/walk-through.md): a
	// bidirectional override in a question must not reorder a CI log or a
	// review tool's view of this output.
	chs := make([]Change, len(r.Changes))
	for i, c := range r.Changes {
		c.Old, c.New, c.Note = inert.Block(c.Old), inert.Block(c.New), inert.Block(c.Note)
		chs[i] = c
	}
	out := jsonReport{
		Old: r.Old, New: r.New,
		Version: jsonVersion{Bump: r.Bump, Needs: r.Needs, OK: len(p) == 0, Problems: p},
		Summary: sum, Scoring: sc, Wording: len(r.Changes) - sc, Changes: chs,
	}
	return jsonout.Marshal(out)
}
