package changes

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// words says a report's parts in one language, from the catalogue's "ch."
// messages: the text and Markdown of `changes --lang` and the version
// gate's lines. The JSON keeps the English, for tools.
type words struct{ *l10n.Printer }

func wordsIn(lang string) words { return words{l10n.For(lang)} }

// english is the words of the JSON, the tests and the exported methods.
var english = wordsIn(string(l10n.EN))

func (w words) effect(c Change) string {
	if c.Scoring {
		return w.T("ch.scoring")
	}
	return w.T("ch.wording")
}

func (w words) level(l Level) string {
	if l < None || l > Major {
		return l.String()
	}
	return w.T(l10n.Key("ch.level." + l.String()))
}

// marks is a change's effect and the bump it needs: "changes scoring ·
// needs major".
func (w words) marks(c Change) string { return w.T("ch.marks", w.effect(c), w.level(c.Needs)) }

// note is the change's note in the language. Every note is set with a
// key (setNote); one without would be shown as it is.
func (w words) note(c Change) string {
	if c.noteKey == "" {
		return c.Note
	}
	return w.T(c.noteKey, c.noteArgs...)
}

func (w words) kind(kind string) string { return w.T(l10n.Key("ch.kind." + kind)) }

func (w words) heading(subject string) string { return w.T(l10n.Key("ch.heading." + subject)) }

// what is a short phrase naming the change, used in the version check's
// reasons: "weight of q7 changed", "question q9 removed".
func (w words) what(c Change) string {
	name := w.subjectName(c)
	switch c.Kind {
	case Added, Removed:
		return w.T("ch.what.subject", name, w.kind(c.Kind))
	case Renamed:
		return w.T("ch.what.renamed", c.Old, c.New)
	}
	verb := c.verb
	if verb == "" {
		verb = Changed
	}
	if name == "" {
		return w.T("ch.what.subject", c.Field, w.kind(verb))
	}
	if c.Subject == SubjectQuestion {
		name = c.ID
	}
	return w.T("ch.what.field", c.Field, name, w.kind(verb))
}

func (w words) subjectName(c Change) string {
	if c.Subject == SubjectQuestionnaire {
		return ""
	}
	return w.T(l10n.Key("ch.subject."+c.Subject), c.ID)
}

// counts is a tally in words, the kinds with none left out: "1 added, 2
// changed".
func (w words) counts(t Tally) string {
	var n []string
	for _, k := range []struct {
		n    int
		kind string
	}{{t.Added, Added}, {t.Removed, Removed}, {t.Renamed, Renamed}, {t.Changed, Changed}} {
		if k.n > 0 {
			n = append(n, w.N(l10n.Key("ch.n."+k.kind), k.n))
		}
	}
	return strings.Join(n, ", ")
}

// describe says what a bump is, for a reason line: "minor", "no bump",
// "a step down".
func (w words) describe(b Bump) string {
	switch {
	case b.Invalid:
		return w.T("ch.bump.invalid")
	case b.Down:
		return w.T("ch.bump.down")
	case b.Same:
		return w.T("ch.bump.same")
	case b.PreRelease:
		return w.T("ch.bump.pre")
	}
	return w.level(b.Level)
}

// problems lists why the version bump is too small (see Problems).
func (w words) problems(r *Report) []string {
	var out []string
	step := w.T("ch.step", r.Old.Version, r.New.Version, w.describe(r.Bump))
	if r.Bump.Invalid {
		return []string{w.T("ch.problem.invalid", step)}
	}
	for _, c := range r.Changes {
		if c.Needs > None && !r.Bump.Enough(c.Needs) {
			out = append(out, w.T("ch.problem.needs", w.what(c), w.level(c.Needs), step))
		}
	}
	if r.Bump.Down && len(out) == 0 {
		out = append(out, w.T("ch.problem.down", r.Old.Version, r.New.Version))
	}
	return out
}

// verdict is one line on the version: what the changes need and whether
// the bump gives it.
func (w words) verdict(r *Report) string {
	step := fmt.Sprintf("%s → %s", r.Old.Version, r.New.Version)
	if r.Bump.Invalid {
		return w.T("ch.verdict.invalid", step)
	}
	problems := len(w.problems(r)) > 0
	if r.Needs == None {
		if problems {
			return w.T("ch.verdict.down", step, w.describe(r.Bump))
		}
		return w.T("ch.verdict.nothing", step, w.describe(r.Bump))
	}
	ok := w.T("ch.enough")
	if problems {
		ok = w.T("ch.toosmall")
	}
	return w.T("ch.verdict.needs", step, w.describe(r.Bump), w.level(r.Needs), ok)
}

// summaryLine counts the changes per subject and by effect: "Questions: 1
// added, 2 changed. Sections: 1 changed. 5 changes: 3 change scoring, 2
// wording only."
func (w words) summaryLine(r *Report) string {
	var parts []string
	for _, t := range r.Tallies() {
		parts = append(parts, w.T("ch.tally", w.heading(t.Subject), w.counts(t)))
	}
	sc := r.ScoringCount()
	parts = append(parts, w.T("ch.summary", w.N("ch.n.change", len(r.Changes)), w.N("ch.n.scoring", sc), len(r.Changes)-sc))
	return strings.Join(parts, " ")
}

// setNote gives a change its note, in English for the JSON and as a key
// for the text and Markdown in any language.
func (ch *Change) setNote(key l10n.Key, args ...any) {
	ch.noteKey, ch.noteArgs = key, args
	ch.Note = english.T(key, args...)
}
