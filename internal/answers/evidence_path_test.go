package answers_test

import (
	"strings"
	"testing"
)

// TestEvidenceBadPathNamedFirst: {file: /etc/shadow} without a digest was
// reported as `file "" has no sha256` (the name lost) before the real
// problem. The path problem is named, with the path, and nothing about an
// empty name.
func TestEvidenceBadPathNamedFirst(t *testing.T) {
	for _, item := range []string{"      - {file: /etc/shadow}\n", "      - file: /etc/shadow\n"} {
		_, err := decode11(t, sampleQ(t), header+"  users:\n    value: 3\n    evidence:\n"+item)
		if err == nil {
			t.Fatalf("%q: accepted", item)
		}
		msg := err.Error()
		first, _, _ := strings.Cut(msg, "\n")
		if !strings.Contains(first, `file "/etc/shadow" must be a path relative to the answers file`) {
			t.Errorf("%q: first problem %q, want the path named as absolute", item, first)
		}
		if strings.Contains(msg, `file ""`) {
			t.Errorf("%q: a problem names an empty file:\n%s", item, msg)
		}
	}
}
