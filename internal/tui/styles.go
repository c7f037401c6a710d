package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
)

// styles is every look of the walk-through, in one place so the screens
// stay calm and alike: one accent colour for focus and progress, dim text
// for what is secondary, and meaning always carried by words and marks as
// well, so nothing is lost without colour.
type styles struct {
	color bool

	accent, dim, bold, title, err, ok, warn, rule lipgloss.Style
	cursor, chosen, label, focusLabel             lipgloss.Style
	barFull, barEmpty                             lipgloss.Style
}

// The palette: each colour has a light- and a dark-background variant with
// enough contrast on both.
var (
	accentColor = lipgloss.AdaptiveColor{Light: "#1F5FAD", Dark: "#7EB0F0"}
	dimColor    = lipgloss.AdaptiveColor{Light: "#6E6E6E", Dark: "#8C8C8C"}
	faintColor  = lipgloss.AdaptiveColor{Light: "#C8C8C8", Dark: "#4A4A4A"}
	errColor    = lipgloss.AdaptiveColor{Light: "#B3261E", Dark: "#F2837B"}
	okColor     = lipgloss.AdaptiveColor{Light: "#2E7D32", Dark: "#86C98A"}
	warnColor   = lipgloss.AdaptiveColor{Light: "#8A5A00", Dark: "#E8B64C"}
)

// newStyles builds the styles; without colour (NO_COLOR) only bold and
// reverse video remain, which NO_COLOR allows and which keep the focus and
// the text cursor visible.
func newStyles(color bool) styles {
	s := styles{color: color}
	fg := func(c lipgloss.TerminalColor) lipgloss.Style {
		if !color {
			return lipgloss.NewStyle()
		}
		return lipgloss.NewStyle().Foreground(c)
	}
	s.accent = fg(accentColor)
	s.dim = fg(dimColor)
	s.bold = lipgloss.NewStyle().Bold(true)
	s.title = fg(accentColor).Bold(true)
	s.err = fg(errColor).Bold(true)
	s.ok = fg(okColor)
	s.warn = fg(warnColor).Bold(true)
	s.rule = fg(faintColor)
	s.cursor = fg(accentColor).Bold(true)
	s.chosen = fg(accentColor)
	s.label = lipgloss.NewStyle()
	s.focusLabel = fg(accentColor).Bold(true)
	s.barFull = fg(accentColor)
	s.barEmpty = fg(faintColor)
	return s
}

// bar draws share (0–1) as a bar of width cells.
func (s styles) bar(share float64, width int) string {
	full := int(share*float64(width) + 0.5)
	full = max(0, min(width, full))
	return s.barFull.Render(strings.Repeat("█", full)) + s.barEmpty.Render(strings.Repeat("░", width-full))
}

// helpModel is the key help bar in the walk-through's colours.
func (s styles) helpModel() help.Model {
	h := help.New()
	h.ShortSeparator = " · "
	key, desc, sep := s.accent, s.dim, s.rule
	h.Styles = help.Styles{
		Ellipsis: sep, ShortKey: key, ShortDesc: desc, ShortSeparator: sep,
		FullKey: key, FullDesc: desc, FullSeparator: sep,
	}
	return h
}

// styleInput gives a one-line input the walk-through's look.
func (s styles) styleInput(in *textinput.Model) {
	in.PromptStyle = s.accent
	in.TextStyle = lipgloss.NewStyle()
	in.PlaceholderStyle = s.dim
	in.CompletionStyle = s.dim
	in.Cursor.Style = lipgloss.NewStyle()
	in.Cursor.TextStyle = lipgloss.NewStyle()
}

// styleArea gives a multi-line field (the note, a text answer) the
// walk-through's look: a bar on the left, accented while focused.
func (s styles) styleArea(ta *textarea.Model) {
	plain := lipgloss.NewStyle()
	focused := textarea.Style{
		Base: plain, CursorLine: plain, CursorLineNumber: s.dim, EndOfBuffer: s.dim,
		LineNumber: s.dim, Placeholder: s.dim, Prompt: s.accent, Text: plain,
	}
	blurred := focused
	blurred.Prompt = s.rule
	blurred.Text = s.dim
	blurred.CursorLine = s.dim
	ta.FocusedStyle, ta.BlurredStyle = focused, blurred
	ta.Cursor.Style = plain
	ta.Cursor.TextStyle = plain
}
