package changes

import (
	"slices"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// references compares the top-level references by id. They are sources,
// not scoring, with one exception: the regime a reference belongs to
// decides which questions count towards that regime's readiness.
func (c *comparer) references() {
	const s = SubjectReference
	for _, rn := range c.new.References {
		ro := c.old.Reference(rn.ID)
		if ro == nil {
			c.add(Change{Subject: s, ID: rn.ID, Kind: Added, New: rn.Title.String(), Needs: Patch})
			continue
		}
		c.text(s, rn.ID, "title", ro.Title, rn.Title, false, Patch)
		for _, f := range []struct{ name, old, new string }{
			{"url", ro.URL, rn.URL},
			{"status", string(ro.Status), string(rn.Status)},
			{"as_of", date(ro.AsOf), date(rn.AsOf)},
			{"in_force", date(ro.InForce), date(rn.InForce)},
		} {
			if f.old != f.new {
				c.field(s, rn.ID, f.name, f.old, f.new, false, Patch)
			}
		}
		if po, pn := ro.PinpointText, rn.PinpointText; len(po.Langs()) > 1 || len(pn.Langs()) > 1 {
			c.text(s, rn.ID, "pinpoint", po, pn, false, Patch)
		} else if ro.Pinpoint != rn.Pinpoint {
			// one plain string each: one change, as before localized pinpoints
			c.field(s, rn.ID, "pinpoint", ro.Pinpoint, rn.Pinpoint, false, Patch)
		}
		if ro.Regime != rn.Regime {
			ch := Change{Subject: s, ID: rn.ID, Kind: Changed, Field: "regime", Old: ro.Regime, New: rn.Regime, Needs: Patch}
			if c.cited(rn.ID) {
				ch.Scoring, ch.Needs = true, Major
				ch.setNote("ch.note.reference.regime")
			}
			c.add(ch)
		}
	}
	for _, ro := range c.old.References {
		if c.new.Reference(ro.ID) == nil {
			c.add(Change{Subject: s, ID: ro.ID, Kind: Removed, Old: ro.Title.String(), Needs: Patch})
		}
	}
}

// cited reports whether a question of either version cites the reference.
func (c *comparer) cited(ref string) bool {
	for _, q := range []*questionnaire.Questionnaire{c.old, c.new} {
		for _, qn := range q.Questions {
			if slices.Contains(qn.References, ref) {
				return true
			}
		}
	}
	return false
}

func date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(questionnaire.DateLayout)
}

// regimes compares regimes by id. Whether a regime applies (and how
// binding it is) decides must-haves and readiness: scoring. Its title,
// jurisdiction and the sentence that explains it are wording.
func (c *comparer) regimes() {
	const s = SubjectRegime
	for _, rn := range c.new.Regimes {
		ro := findRegime(c.old, rn.ID)
		if ro == nil {
			c.add(Change{Subject: s, ID: rn.ID, Kind: Added, New: rn.Title.String(), Scoring: true, Needs: Minor})
			continue
		}
		c.text(s, rn.ID, "title", ro.Title, rn.Title, false, Patch)
		if ro.Jurisdiction != rn.Jurisdiction {
			c.field(s, rn.ID, "jurisdiction", ro.Jurisdiction, rn.Jurisdiction, false, Patch)
		}
		if ro.Status != rn.Status {
			c.field(s, rn.ID, "status", string(ro.Status), string(rn.Status), true, Major)
		}
		if oc, nc := c.cond(ro.Applies, true), c.cond(rn.Applies, false); oc != nc {
			c.field(s, rn.ID, "applies", oc, nc, true, Major)
		}
		c.text(s, rn.ID, "why", ro.Why, rn.Why, false, Patch)
	}
	for _, ro := range c.old.Regimes {
		if findRegime(c.new, ro.ID) == nil {
			c.add(Change{Subject: s, ID: ro.ID, Kind: Removed, Old: ro.Title.String(), Scoring: true, Needs: Major})
		}
	}
}

// rating compares the rating bands by their min: a band added, removed or
// moved changes ratings; a new label is wording.
func (c *comparer) rating() {
	const s = SubjectRating
	find := func(q *questionnaire.Questionnaire, min float64) *questionnaire.RatingBand {
		for i := range q.Rating {
			if q.Rating[i].Min == min {
				return &q.Rating[i]
			}
		}
		return nil
	}
	for _, bn := range c.new.Rating {
		bo := find(c.old, bn.Min)
		if bo == nil {
			c.add(Change{Subject: s, ID: num(bn.Min), Kind: Added, New: bn.Label.String(), Scoring: true, Needs: Major})
			continue
		}
		c.text(s, num(bn.Min), "label", bo.Label, bn.Label, false, Patch)
	}
	for _, bo := range c.old.Rating {
		if find(c.new, bo.Min) == nil {
			c.add(Change{Subject: s, ID: num(bo.Min), Kind: Removed, Old: bo.Label.String(), Scoring: true, Needs: Major})
		}
	}
}

// glossary compares the glossary by term: all wording.
func (c *comparer) glossary() {
	const s = SubjectGlossary
	find := func(q *questionnaire.Questionnaire, term string) *questionnaire.GlossaryEntry {
		for i := range q.Glossary {
			if q.Glossary[i].Term == term {
				return &q.Glossary[i]
			}
		}
		return nil
	}
	for _, gn := range c.new.Glossary {
		if gol := find(c.old, gn.Term); gol == nil {
			c.add(Change{Subject: s, ID: gn.Term, Kind: Added, New: gn.Definition.String(), Needs: Patch})
		} else {
			c.text(s, gn.Term, "term", gol.Headword, gn.Headword, false, Patch)
			c.text(s, gn.Term, "definition", gol.Definition, gn.Definition, false, Patch)
		}
	}
	for _, gol := range c.old.Glossary {
		if find(c.new, gol.Term) == nil {
			c.add(Change{Subject: s, ID: gol.Term, Kind: Removed, Old: gol.Definition.String(), Needs: Patch})
		}
	}
}

func findRegime(q *questionnaire.Questionnaire, id string) *questionnaire.Regime {
	for _, r := range q.Regimes {
		if r.ID == id {
			return r
		}
	}
	return nil
}
