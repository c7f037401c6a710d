package output

import (
	"bytes"
	"strings"
	"testing"
)

// TestScoreTextOrphanIDsInert: orphan answer ids come from the answers
// file, and `score` printed them raw, so an id holding ESC sequences and a
// line break erased the lines above and wrote a fake "Overall" line on a
// terminal. They are shown escaped, on one line.
func TestScoreTextOrphanIDsInert(t *testing.T) {
	r := sample(t)
	r.Orphans = []string{"zz\x1b[1A\x1b[2K\rOverall    99.0 / 100 · Strong\n", "x\u009b2J\u202e"}
	var b bytes.Buffer
	if err := ScoreText(&b, r, "en"); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.ContainsAny(out, "\x1b\r\u009b\u202e") {
		t.Errorf("score text holds raw control characters:\n%q", out)
	}
	if strings.Contains(out, "\nOverall    99.0") {
		t.Errorf("an orphan id wrote a line of its own:\n%s", out)
	}
}
