package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// margin is the blank column kept at the left edge of every screen, so
// text never touches the terminal's border.
const margin = 1

// minWidth and minHeight are the smallest window the walk-through lays out
// in; below that it asks for a larger one rather than draw a mess.
const (
	minWidth  = 40
	minHeight = 12
)

// wrap breaks plain text into lines of at most width cells, at spaces
// where it can and inside over-long words where it must. Line breaks in
// the text are kept.
func wrap(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		for _, l := range strings.Split(ansi.Wrap(para, width, ""), "\n") {
			out = append(out, strings.TrimRight(l, " "))
		}
	}
	return out
}

// clip shortens s to width cells, ending it with "…" when cut.
func clip(s string, width int) string {
	if width < 1 {
		return ""
	}
	return ansi.Truncate(s, width, "…")
}

// cut ends a line whose text goes on beyond it with "…" and suffix
// (such as " (?)", where to read the rest), within width cells.
//
// The mark is always shown: a line that fills the width gives up its
// last words to make room for it, so a cut text never looks whole.
func cut(line, suffix string, width int) string {
	line = strings.TrimRight(line, " ")
	tail := " …" + suffix
	for width1(line)+width1(tail) > width {
		i := strings.LastIndex(line, " ")
		if i <= 0 {
			// One long word: cut inside it.
			return ansi.Truncate(line, max(0, width-width1(suffix)-1), "") + "…" + suffix
		}
		line = strings.TrimRight(line[:i], " ")
	}
	return line + tail
}

// spread puts left and right on one line of width cells, cutting left when
// both do not fit.
func spread(left, right string, width int) string {
	rw := ansi.StringWidth(right)
	if rw >= width {
		return clip(right, width)
	}
	room := width - rw - 1
	left = clip(left, room)
	gap := width - ansi.StringWidth(left) - rw
	return left + strings.Repeat(" ", max(1, gap)) + right
}

// fit pads or cuts lines to exactly n, so a screen fills the window and
// the help bar stays on the last line.
func fit(lines []string, n int) []string {
	if n <= 0 {
		return nil
	}
	if len(lines) > n {
		return lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return lines
}

// squeeze drops blank lines, first to last, until lines fit in n: in a
// very small window, breathing space goes before content.
func squeeze(lines []string, n int) []string {
	for i := 0; i < len(lines) && len(lines) > n; {
		if strings.TrimSpace(lines[i]) == "" {
			lines = append(lines[:i], lines[i+1:]...)
			continue
		}
		i++
	}
	return lines
}

// indent puts n spaces before every line.
func indent(lines []string, n int) []string {
	pad := strings.Repeat(" ", n)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			out[i] = pad + l
		}
	}
	return out
}

// shortTitle is the part of a title before its first ": ", when that part
// is long enough to stand alone: "Digital Services Act, Art. 16" of
// "Digital Services Act, Art. 16: notice and action mechanisms".
func shortTitle(s string) string {
	if i := strings.Index(s, ": "); i >= 8 {
		return s[:i]
	}
	return s
}

// width1 is the display width of s.
func width1(s string) int { return ansi.StringWidth(s) }

// window picks which items of a list to show in at most limit lines, given
// each item's height, keeping the cursor visible and the first shown item
// (offset) as steady as it can. It returns the shown range [from, to) and
// whether "more" lines are needed above and below, which it counts in.
func window(heights []int, cursor, offset, limit int) (from, to int, above, below bool) {
	n := len(heights)
	if n == 0 {
		return 0, 0, false, false
	}
	total := 0
	for _, h := range heights {
		total += h
	}
	if total <= limit {
		return 0, n, false, false
	}
	limit = max(limit, 1)
	cursor = max(0, min(cursor, n-1))
	from = max(0, min(offset, cursor))
	for {
		above = from > 0
		used := 0
		if above {
			used++
		}
		to = from
		for to < n && used+heights[to] <= limit-boolInt(to+1 < n) {
			used += heights[to]
			to++
		}
		below = to < n
		if cursor < to || from >= cursor {
			if to == from { // one item taller than the window: show it cut
				to = from + 1
				below = to < n
			}
			// The end of the list is in sight and there is room above it
			// (the window grew, or the list was scrolled for a smaller
			// one): scroll back so the window stays full.
			for !below && from > 0 && used+heights[from-1] <= limit {
				from--
				used += heights[from]
				above = from > 0
			}
			return from, to, above, below
		}
		from++
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
