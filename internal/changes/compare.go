package changes

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// comparer holds the two versions, the renames read from the new
// version's `replaces`, and the changes found so far.
type comparer struct {
	old, new *questionnaire.Questionnaire
	// renamed maps an old question id to the new question that replaces
	// it and took over its answers; conditions on the old id are read as
	// conditions on the new one.
	renamed map[string]string
	// mergedInto maps an old id to the new question that lists it in
	// `replaces` but existed already: the old question is gone, and its
	// answers go to that question only when it has none.
	mergedInto map[string]string
	// multiLang is set when either version has more than one language, so
	// that text changes name their language.
	multiLang bool
	out       []Change
}

func newComparer(old, new *questionnaire.Questionnaire) *comparer {
	c := &comparer{old: old, new: new, renamed: map[string]string{}, mergedInto: map[string]string{},
		multiLang: len(old.Languages) > 1 || len(new.Languages) > 1}
	for _, qn := range new.Questions {
		for _, id := range qn.Replaces {
			switch {
			case old.Question(id) == nil || new.Question(id) != nil:
				// an id from an older version, or one the validator refuses
			case old.Question(qn.ID) == nil && !slices.Contains(c.targets(), qn.ID):
				c.renamed[id] = qn.ID
			default:
				c.mergedInto[id] = qn.ID
			}
		}
	}
	return c
}

// targets lists the new ids that renames lead to so far.
func (c *comparer) targets() []string {
	var out []string
	for _, to := range c.renamed {
		out = append(out, to)
	}
	return out
}

func (c *comparer) add(ch Change) { c.out = append(c.out, ch) }

// field records a change of one field of a subject present in both
// versions.
func (c *comparer) field(subject, id, field, old, new string, scoring bool, needs Level) {
	c.add(Change{Subject: subject, ID: id, Kind: Changed, Field: field, Old: old, New: new, Scoring: scoring, Needs: needs})
}

// text records a change of a localized text, one change per language that
// differs; a translation added or removed counts as a change of wording.
func (c *comparer) text(subject, id, field string, old, new questionnaire.Text, scoring bool, needs Level) {
	if old.Equal(new) {
		return
	}
	langs := union(old.Langs(), new.Langs())
	var changed []Change
	var same []string
	for _, l := range langs {
		if !c.old.HasLang(l) || !c.new.HasLang(l) {
			continue // a language added or removed is one change of its own
		}
		o, n := own(old, l), own(new, l)
		if o == n {
			if n != "" {
				same = append(same, l)
			}
			continue
		}
		name := field
		if c.multiLang {
			name = fmt.Sprintf("%s (%s)", field, l)
		}
		changed = append(changed, Change{Subject: subject, ID: id, Kind: Changed, Field: name, Old: o, New: n, Scoring: scoring, Needs: needs, text: true})
	}
	for _, ch := range changed {
		if len(same) > 0 && ch.Note == "" {
			// One language changed and another kept its old text: the
			// translation may say what the text no longer says.
			ch.setNote("ch.note.untranslated", strings.Join(same, ", "))
		}
		c.add(ch)
	}
}

// own is a text's value in lang without falling back to the default.
func own(t questionnaire.Text, lang string) string {
	if !t.Has(lang) {
		return ""
	}
	return t.In(lang)
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// top compares the questionnaire's own fields.
func (c *comparer) top() {
	o, n := c.old, c.new
	const s = SubjectQuestionnaire
	if o.ID != n.ID {
		ch := Change{Subject: s, Kind: Changed, Field: "id", Old: o.ID, New: n.ID, Needs: Major}
		ch.setNote("ch.note.id")
		c.add(ch)
	}
	c.text(s, "", "title", o.Title, n.Title, false, Patch)
	c.text(s, "", "description", o.Description, n.Description, false, Patch)
	for _, l := range n.Languages {
		if !o.HasLang(l) {
			c.add(Change{Subject: s, Kind: Changed, Field: "language " + l, New: l, Needs: Minor, verb: Added})
		}
	}
	for _, l := range o.Languages {
		if !n.HasLang(l) {
			ch := Change{Subject: s, Kind: Changed, Field: "language " + l, Old: l, Needs: Major, verb: Removed}
			ch.setNote("ch.note.language")
			c.add(ch)
		}
	}
	if o.DefaultLang() != n.DefaultLang() {
		c.field(s, "", "default language", o.DefaultLang(), n.DefaultLang(), false, Patch)
	}
	if o.MinCompletion != n.MinCompletion {
		c.field(s, "", "min_completion", num(o.MinCompletion), num(n.MinCompletion), true, Major)
	}
	// The cap is a band, known by its min: a band's new label is a change
	// of wording (reported with the rating), not of the cap.
	if capMin(o) != capMin(n) {
		c.field(s, "", "critical_cap", capLabel(o), capLabel(n), true, Major)
	}
}

func capMin(q *questionnaire.Questionnaire) string {
	if q.CriticalCap < 0 || q.CriticalCap >= len(q.Rating) {
		return "none"
	}
	return num(q.Rating[q.CriticalCap].Min)
}

func capLabel(q *questionnaire.Questionnaire) string {
	if q.CriticalCap < 0 || q.CriticalCap >= len(q.Rating) {
		return "none"
	}
	b := q.Rating[q.CriticalCap]
	return fmt.Sprintf("%s (min %s)", b.Label.String(), num(b.Min))
}

// sections compares sections by id; their questions are compared as
// questions.
func (c *comparer) sections() {
	const s = SubjectSection
	for _, ns := range c.new.Sections {
		os := findSection(c.old, ns.ID)
		if os == nil {
			c.add(Change{Subject: s, ID: ns.ID, Kind: Added, New: ns.Title.String(), Scoring: ns.Weight > 0, Needs: Minor})
			continue
		}
		c.text(s, ns.ID, "title", os.Title, ns.Title, false, Patch)
		c.text(s, ns.ID, "description", os.Description, ns.Description, false, Patch)
		if os.Weight != ns.Weight {
			c.field(s, ns.ID, "weight", num(os.Weight), num(ns.Weight), true, Major)
		}
		if oc, nc := c.cond(os.When, true), c.cond(ns.When, false); oc != nc {
			c.field(s, ns.ID, "when", oc, nc, true, Major)
		}
	}
	for _, os := range c.old.Sections {
		if findSection(c.new, os.ID) == nil {
			c.add(Change{Subject: s, ID: os.ID, Kind: Removed, Old: os.Title.String(), Scoring: os.Weight > 0, Needs: Major})
		}
	}
	if o, n := ids(c.old.Sections, sectionID), ids(c.new.Sections, sectionID); !sameOrder(o, n) {
		c.field(SubjectQuestionnaire, "", "order of sections", join(common(o, n)), join(common(n, o)), false, Patch)
	}
}

func findSection(q *questionnaire.Questionnaire, id string) *questionnaire.Section {
	for _, s := range q.Sections {
		if s.ID == id {
			return s
		}
	}
	return nil
}

func sectionID(s *questionnaire.Section) string { return s.ID }

func ids[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = id(x)
	}
	return out
}

// common keeps the ids of a that b also has, in a's order.
func common(a, b []string) []string {
	var out []string
	for _, s := range a {
		if slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

// sameOrder reports whether the ids both lists have come in the same
// order in each.
func sameOrder(a, b []string) bool { return slices.Equal(common(a, b), common(b, a)) }
