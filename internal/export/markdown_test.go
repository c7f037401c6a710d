package export_test

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/export"
)

// cells counts the cells of a Markdown table row: pipes not escaped by a
// backslash separate them (GitHub-flavoured Markdown's rule).
func cells(row string) int {
	n, escaped := 0, false
	for _, r := range strings.TrimSpace(row) {
		switch {
		case escaped:
			escaped = false
		case r == '\\':
			escaped = true
		case r == '|':
			n++
		}
	}
	return n - 1
}

// TestMarkdownTables checks that every row of every table has as many
// cells as its header, whatever the notes hold.
func TestMarkdownTables(t *testing.T) {
	for _, fx := range fixtures {
		t.Run(fx.name, func(t *testing.T) {
			out, err := export.Markdown(load(t, fx))
			if err != nil {
				t.Fatal(err)
			}
			tables, width := 0, 0
			for i, line := range strings.Split(string(out), "\n") {
				if !strings.HasPrefix(line, "|") {
					width = 0
					continue
				}
				if width == 0 {
					width = cells(line)
					tables++
					continue
				}
				if got := cells(line); got != width {
					t.Errorf("line %d has %d cells, its table %d:\n%s", i+1, got, width, line)
				}
			}
			if tables < 5 {
				t.Errorf("only %d tables", tables)
			}
		})
	}
}

// TestMarkdownEscapes: text from the files shows as written and never
// becomes HTML, a link or an image.
func TestMarkdownEscapes(t *testing.T) {
	out, err := export.Markdown(load(t, fixtures[2]))
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, bad := range []string{"<script>", "<b>", "[link](", "[img](", "\x1b", "\u202e"} {
		if strings.Contains(s, bad) {
			t.Errorf("output holds %q unescaped", bad)
		}
	}
	for _, want := range []string{"line one<br>line two \\| with pipe", "&lt;script&gt;", "\\*not\\*", "\\\\x1b"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}
