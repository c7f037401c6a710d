package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// keyMap is every key of the walk-through (docs/walk-through.md), matched with
// key.Matches and shown by bubbles/help from the same bindings, so the help
// bar can never disagree with what the keys do.
type keyMap struct {
	// Question screen. Up and Down move in lists and take j and k too;
	// ArrowUp and ArrowDown are the arrows alone, for where letters are
	// typed.
	Up, Down, ArrowUp, ArrowDown, Toggle, Confirm, Back, Switch, Overview key.Binding
	// Estimate marks the value as an estimate: e where letters are not
	// typed, ctrl+e everywhere (EstimateCtrl, shown where e is text).
	Estimate, EstimateCtrl key.Binding
	// Evidence list: Add starts a new item, Remove removes the one under
	// the cursor, Cancel stops adding.
	Add, Remove, Cancel key.Binding
	// Help opens the question's guidance: ? where ? cannot be typed (a
	// choice, a number, a duration, a date), f1 everywhere.
	Help, HelpF1, Skip, Clear, Newline key.Binding
	// Digit moves to the option of that number.
	Digit key.Binding
	// Overview screen.
	Jump, Results key.Binding
	// End screen.
	Report, Review, Leave, Plan key.Binding
	// Plan screen: Edit opens the action of the gap under the cursor;
	// Cycle turns its status; Left and Right turn it the other way too.
	Edit, Cycle, Left, Right, Next, Prev key.Binding
	// Help pane and scrolling screens.
	Close, Scroll key.Binding
	// Start screen.
	Start key.Binding
	// Quit saves and quits from anywhere.
	Quit key.Binding
}

func newKeyMap(w words) keyMap {
	b := func(keys []string, helpKey string, desc l10n.Key) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(keyName(w, helpKey), w.T(desc)))
	}
	return keyMap{
		Up:           b([]string{"up", "k"}, "↑", "key.choose"),
		Down:         b([]string{"down", "j"}, "↑/↓", "key.choose"),
		ArrowUp:      b([]string{"up"}, "↑", "key.choose"),
		ArrowDown:    b([]string{"down"}, "↓", "key.choose"),
		Estimate:     b([]string{"e", "ctrl+e"}, "e", "key.estimate"),
		EstimateCtrl: b([]string{"ctrl+e"}, "ctrl+e", "key.estimate"),
		Add:          b([]string{"a", "+"}, "a", "key.add"),
		Remove:       b([]string{"d", "delete"}, "d", "key.remove"),
		Cancel:       b([]string{"esc"}, "esc", "key.cancel"),
		Plan:         b([]string{"p"}, "p", "key.plan"),
		Edit:         b([]string{"enter"}, "enter", "key.edit"),
		Cycle:        b([]string{" ", "right", "left"}, "space", "key.cycle"),
		Left:         b([]string{"left"}, "←", "key.cycle"),
		Right:        b([]string{"right"}, "→", "key.cycle"),
		Next:         b([]string{"tab", "down"}, "tab", "key.next"),
		Prev:         b([]string{"shift+tab", "up"}, "shift+tab", "key.prev"),
		Toggle:       b([]string{" "}, "space", "key.toggle"),
		Confirm:      b([]string{"enter"}, "enter", "key.confirm"),
		Back:         b([]string{"shift+tab"}, "shift+tab", "key.back"),
		Switch:       b([]string{"tab"}, "tab", "key.note"),
		Overview:     b([]string{"esc"}, "esc", "key.overview"),
		Help:         b([]string{"?", "f1"}, "?", "key.help"),
		HelpF1:       b([]string{"f1"}, "f1", "key.help"),
		Skip:         b([]string{"ctrl+n"}, "ctrl+n", "key.skip"),
		Clear:        b([]string{"ctrl+x"}, "ctrl+x", "key.clear"),
		Newline:      b([]string{"ctrl+j", "alt+enter"}, "ctrl+j", "key.newline"),
		Digit:        b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1–9", "key.digit"),
		Jump:         b([]string{"enter"}, "enter", "key.jump"),
		Results:      b([]string{"f"}, "f", "key.results"),
		Report:       b([]string{"r"}, "r", "key.report"),
		Review:       b([]string{"o", "esc"}, "o", "key.overview"),
		Leave:        b([]string{"q"}, "q", "key.leave"),
		Close:        b([]string{"esc", "?", "f1", "q"}, "esc", "key.close"),
		Scroll:       b([]string{"up", "down", "pgup", "pgdown"}, "↑/↓", "key.scroll"),
		Start:        b([]string{"enter"}, "enter", "key.start"),
		Quit:         b([]string{"ctrl+c"}, "ctrl+c", "key.quit"),
	}
}

// keyName is the name of a key as the help bar shows it, in the
// respondent's language: "space" is "mellanslag" in Swedish. Names the
// catalogue does not translate (↑/↓, ctrl+c, f1) are the same everywhere.
func keyName(w words, name string) string {
	if k := l10n.Key("keyname." + name); w.Has(k) {
		return w.T(k)
	}
	return name
}

// withHelp is a copy of a binding with other help text, for a key whose
// meaning shifts with the screen (tab goes to the note, or back to the
// answer).
func withHelp(w words, b key.Binding, helpKey, desc string) key.Binding {
	b.SetHelp(keyName(w, helpKey), desc)
	return b
}
