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

// TestLargeRegimeChain parses a file near 1 MiB where each regime tests the
// next and thousands of questions test the first: what a regime reads is
// followed once per regime, not once per question, so it stays fast.
func TestLargeRegimeChain(t *testing.T) {
	var b strings.Builder
	b.WriteString("format: dutycheck/v1\nid: big\nversion: 1.0.0\ntitle: Big\nregimes:\n")
	const regimes = 3000
	for i := 0; i < regimes-1; i++ {
		fmt.Fprintf(&b, "  - {id: r%d, title: R, applies: {regime: r%d}}\n", i, i+1)
	}
	fmt.Fprintf(&b, "  - {id: r%d, title: R, applies: {question: q0, equals: \"yes\"}}\n", regimes-1)
	b.WriteString("sections:\n  - id: s\n    title: S\n    questions:\n      - {id: q0, text: Q, type: yesno}\n")
	for i := 1; b.Len() < 900_000; i++ {
		fmt.Fprintf(&b, "      - {id: q%d, text: Q, type: yesno, when: {regime: r0}}\n", i)
	}
	start := time.Now()
	if _, err := questionnaire.Parse("chain.yaml", []byte(b.String())); err != nil {
		t.Fatalf("refused: %.300v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %v", d)
	}
}
