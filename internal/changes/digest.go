package changes

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// DigestIn is the report in a few Markdown list lines, for a changelog
// entry: the version verdict, then the ids of the questions added,
// removed, renamed and changed (scoring first), and a count of the other
// changes per subject. It is short enough to keep in a changelog and
// exact enough that a test can hold the changelog to what `changes`
// reports. It is in lang: the built-in questionnaires' changelog keeps
// the English ("en"), and `changes --format changelog --lang` any other.
func (r *Report) DigestIn(lang string) string {
	w := wordsIn(lang)
	var b strings.Builder
	fmt.Fprintf(&b, "- %s\n", w.verdict(r))
	if len(r.Changes) == 0 {
		return b.String()
	}
	var added, removed, renamed, scoring, wording []string
	seen := map[string]bool{}
	for _, c := range r.Changes {
		if c.Subject != SubjectQuestion {
			continue
		}
		switch c.Kind {
		case Added:
			added = append(added, c.ID)
		case Removed:
			removed = append(removed, c.ID)
		case Renamed:
			renamed = append(renamed, c.Old+" → "+c.New)
		}
	}
	for _, c := range r.Changes {
		if c.Subject == SubjectQuestion && c.Kind == Changed && c.Scoring && !seen[c.ID] {
			seen[c.ID] = true
			scoring = append(scoring, c.ID)
		}
	}
	for _, c := range r.Changes {
		if c.Subject == SubjectQuestion && c.Kind == Changed && !seen[c.ID] {
			seen[c.ID] = true
			wording = append(wording, c.ID)
		}
	}
	for _, l := range []struct {
		what l10n.Key
		ids  []string
	}{
		{"ch.digest.added", added},
		{"ch.digest.removed", removed},
		{"ch.digest.renamed", renamed},
		{"ch.digest.scoring", scoring},
		{"ch.digest.wording", wording},
	} {
		if len(l.ids) > 0 {
			fmt.Fprintf(&b, "- %s (%d): %s\n", w.T(l.what), len(l.ids), strings.Join(l.ids, ", "))
		}
	}
	for _, t := range r.Tallies() {
		if t.Subject == SubjectQuestion {
			continue
		}
		fmt.Fprintf(&b, "- %s: %s\n", w.heading(t.Subject), w.counts(t))
	}
	return b.String()
}
