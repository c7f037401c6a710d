//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHardLinkedAnswersSaidBeforeSaving: one answers file under two names
// (hard links) parts at the first save, since a save writes a new file
// under one name; that used to happen silently. It is said on stderr
// before anything is saved, by plan set and by the walk-through.
func TestHardLinkedAnswersSaidBeforeSaving(t *testing.T) {
	dir := t.TempDir()
	q, err := filepath.Abs("../../testdata/plan/q.yaml")
	if err != nil {
		t.Fatal(err)
	}
	a, err := os.ReadFile("../../testdata/plan/a.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// Each command gets a pair of its own: the first save parts them.
	for _, pair := range [][2]string{{"one.yaml", "two.yaml"}, {"three.yaml", "four.yaml"}, {"five.yaml", "six.yaml"}} {
		if err := os.WriteFile(filepath.Join(dir, pair[0]), a, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Link(filepath.Join(dir, pair[0]), filepath.Join(dir, pair[1])); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"plan", "set", "-q", q, "-a", "one.yaml", "hashes", "--owner", "Bob"}, "has 2 names (hard links); saving writes it anew under this name only"},
		{[]string{"run", "--accessible", "-q", q, "-a", "four.yaml"}, "has 2 names (hard links); saving writes it anew under this name only"},
		// in the language asked for
		{[]string{"plan", "set", "--lang", "sv", "-q", q, "-a", "five.yaml", "hashes", "--owner", "Bob"}, "har 2 namn (hårda länkar)"},
	} {
		_, _, errs := runIn(t, dir, "", tc.args...)
		if !strings.Contains(errs, tc.want) {
			t.Errorf("%v: stderr %q, want the hard links named", tc.args[:2], errs)
		}
	}
}
