package diff

import (
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// Compare tells what changed from the old assessment to the new one, with
// the questionnaire's texts in lang.
func Compare(old, new Side, lang string) *Diff {
	or, nr := old.Result, new.Result
	c := newComparer(or, nr, lang)
	d := &Diff{
		Title: nr.Questionnaire.Title.In(lang),
		Old:   assessment(old),
		New:   assessment(new),
		Overall: OverallChange{
			Change:       change(or.Overall, nr.Overall),
			RatingBefore: or.RatingLabel(lang), RatingAfter: nr.RatingLabel(lang),
			CappedBefore: or.Capped, CappedAfter: nr.Capped,
		},
		Completion:    change(or.Completion, nr.Completion),
		CriticalGaps:  Count{or.CriticalGaps, nr.CriticalGaps},
		Sections:      sections(or, nr, lang),
		Questionnaire: c.changes,
		Answers:       c.answers(),
	}
	d.GapsClosed, d.GapsOpened, d.GapsStillOpen = c.gaps()
	d.Actions = c.actions()
	d.Targets = c.targets()
	d.targetsAny = len(or.Targets)+len(nr.Targets) > 0
	return d
}

// comparer holds what the parts of a comparison share: both results, the
// question changes, and one order for questions of either side.
type comparer struct {
	old, new *scoring.Result
	lang     string
	changes  QuestionChange
	kinds    map[string]string
	// ids lists every question of either side: the new questionnaire's in
	// its order, then those only the old one has, in theirs.
	ids   []string
	order map[string]int
	// renamed maps an old question id to the new question that replaces
	// it (`replaces`), and was its reverse: the two are one question, and
	// everything is keyed by the new id.
	renamed, was map[string]string
}

func newComparer(or, nr *scoring.Result, lang string) *comparer {
	c := &comparer{old: or, new: nr, lang: lang, order: map[string]int{}, was: map[string]string{}}
	c.renamed = renames(or.Questionnaire, nr.Questionnaire)
	for from, to := range c.renamed {
		c.was[to] = from
	}
	c.changes = questionChanges(or.Questionnaire, nr.Questionnaire, or.Answers)
	c.kinds = c.changes.kinds()
	for _, q := range []*questionnaire.Questionnaire{nr.Questionnaire, or.Questionnaire} {
		for _, qn := range q.Questions {
			id := c.canon(qn.ID)
			if _, ok := c.order[id]; !ok {
				c.order[id] = len(c.ids)
				c.ids = append(c.ids, id)
			}
		}
	}
	return c
}

// canon is the id a question of either side is known by: the new id of a
// renamed question, else its own.
func (c *comparer) canon(id string) string {
	if to, ok := c.renamed[id]; ok {
		return to
	}
	return id
}

// oldID is the id the old side knows a question by.
func (c *comparer) oldID(id string) string {
	if from, ok := c.was[id]; ok {
		return from
	}
	return id
}

// question returns the question with the given id, from the new side when
// it has it (its wording is the current one), else from the old.
func (c *comparer) question(id string) *questionnaire.Question {
	if qn := c.new.Questionnaire.Question(id); qn != nil {
		return qn
	}
	return c.old.Questionnaire.Question(id)
}

func assessment(s Side) Assessment {
	r := s.Result
	q, f := r.Questionnaire, r.Answers
	a := Assessment{
		File: s.File, Organization: f.Organization, Service: f.Service,
		Date:          f.Date.Format(questionnaire.DateLayout),
		Questionnaire: scoring.QuestionnaireRef{ID: q.ID, Version: q.Version, SHA256: q.SHA256},
	}
	ref := f.Questionnaire
	if (ref.SHA256 != "" && ref.SHA256 != q.SHA256) || (ref.Version != "" && ref.Version != q.Version) || ref.ID != q.ID {
		a.AnsweredTo = &scoring.QuestionnaireRef{ID: ref.ID, Version: ref.Version, SHA256: ref.SHA256}
	}
	return a
}

func change(before, after float64) Change { return Change{before, after, after - before} }

// sections pairs the sections of both sides by id: the new questionnaire's
// in order, then any that only the old one has.
func sections(or, nr *scoring.Result, lang string) []SectionDiff {
	var out []SectionDiff
	seen := map[string]bool{}
	add := func(id string, title questionnaire.Text) {
		if seen[id] {
			return
		}
		seen[id] = true
		sd := SectionDiff{ID: id, Title: title.In(lang)}
		sd.Before, sd.StateBefore = sectionScore(or.Section(id))
		sd.After, sd.StateAfter = sectionScore(nr.Section(id))
		if sd.Before != nil && sd.After != nil {
			ch := *sd.After - *sd.Before
			sd.Change = &ch
		}
		out = append(out, sd)
	}
	for _, s := range nr.Questionnaire.Sections {
		add(s.ID, s.Title)
	}
	for _, s := range or.Questionnaire.Sections {
		add(s.ID, s.Title)
	}
	return out
}

func sectionScore(sr *scoring.SectionResult) (*float64, string) {
	switch {
	case sr == nil:
		return nil, Absent
	case !sr.Applies:
		return nil, SectionDoesNotApply
	case !sr.Scored:
		return nil, SectionNotScored
	}
	s := sr.Score
	return &s, SectionScored
}

// counts reports whether a question adds to the overall score: it counts,
// carries weight and its section is scored. Only such a question can be a
// gap.
func counts(r *scoring.Result, qr *scoring.QuestionResult) bool {
	return qr != nil && qr.Counted && qr.Question.Weight > 0 && r.Sections[qr.Question.Section.Index].Scored
}
