package questionnaire_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// largeFile is a valid questionnaire just under 1 MiB with about 12,000
// questions: more nodes than the alias budget, none of them from aliases.
func largeFile() (string, int) {
	var b strings.Builder
	b.WriteString("format: dutycheck/v1\nid: big\nversion: 1.0.0\ntitle: Big\nsections:\n")
	lines := 5
	for i := 0; b.Len() < 900_000; i++ {
		fmt.Fprintf(&b, "  - {id: s%d, title: Avsnitt %d?, questions: [{id: q%d, text: Fråga %d?, type: yesno}]}\n", i, i, i, i)
		lines++
	}
	return b.String(), lines
}

// TestLargeFile accepts a large valid file, and finds a syntax error at its
// end at the right line, each well within a second.
func TestLargeFile(t *testing.T) {
	data, lines := largeFile()
	start := time.Now()
	if _, err := questionnaire.Parse("big.yaml", []byte(data)); err != nil {
		t.Fatalf("valid large file refused: %.300v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("valid large file took %v", d)
	}
	broken := data + "  - {id: x, title: \"unclosed\n"
	start = time.Now()
	_, err := questionnaire.Parse("big.yaml", []byte(broken))
	want := fmt.Sprintf("big.yaml:%d:3: YAML syntax: found unexpected end of stream", lines+1)
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("syntax error in a large file took %v", d)
	}
}
