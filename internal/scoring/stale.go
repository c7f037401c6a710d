package scoring

import "github.com/dutycheck/dutycheck/internal/answers"

// holdsEvidence reports whether any item still is evidence: a link, or a
// file that was not found changed or missing since it was recorded.
func holdsEvidence(items []answers.Evidence) bool {
	for _, e := range items {
		if e.Stale == "" {
			return true
		}
	}
	return false
}

// hasStale reports whether an item is a file changed or missing since it
// was recorded.
func hasStale(items []answers.Evidence) bool {
	for _, e := range items {
		if e.Stale != "" {
			return true
		}
	}
	return false
}
