package tui

import (
	"strings"
	"testing"
)

// TestCutAlwaysMarked: a cut line always ends with "…" (and the suffix),
// within the width, even when the line itself fills the width: the start
// screen's description cut at 80×24 ended "This self-assessment", looking
// whole.
func TestCutAlwaysMarked(t *testing.T) {
	for _, c := range []struct {
		line, suffix string
		width        int
	}{
		{"outcomes; where you have not measured something, say so. This self-assessment", "", 78},
		{"outcomes; where you have not measured something, say so. This self-assessment", " (?)", 78},
		{"short line", "", 78},
		{"averyveryverylongwordthatfillsthewholewidth", "", 20},
		{"averyveryverylongwordthatfillsthewholewidth", " (?)", 20},
	} {
		got := cut(c.line, c.suffix, c.width)
		if !strings.HasSuffix(got, "…"+c.suffix) {
			t.Errorf("cut(%q, %q, %d) = %q: no mark", c.line, c.suffix, c.width, got)
		}
		if width1(got) > c.width {
			t.Errorf("cut(%q, %q, %d) = %q: %d cells, wider than the line", c.line, c.suffix, c.width, got, width1(got))
		}
	}
}
