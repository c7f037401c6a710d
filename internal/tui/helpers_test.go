package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/muesli/termenv"
)

func init() {
	// A fixed colour profile: views and goldens carry no escape codes,
	// whatever terminal runs the tests.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// assessed is the assessment date of every test.
var assessed = time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)

// loadQ parses a questionnaire from the repository's testdata folder.
func loadQ(t testing.TB, rel string) *questionnaire.Questionnaire {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", rel)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse(path, data)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// store is a save function that keeps every saved file in memory.
type store struct {
	saves [][]byte
	fail  error
}

func (s *store) save(data []byte) error {
	if s.fail != nil {
		return s.fail
	}
	s.saves = append(s.saves, append([]byte(nil), data...))
	return nil
}

func (s *store) last() string {
	if len(s.saves) == 0 {
		return ""
	}
	return string(s.saves[len(s.saves)-1])
}

// decode reads the last saved file back.
func (s *store) decode(t testing.TB, q *questionnaire.Questionnaire) *answers.File {
	t.Helper()
	f, err := answers.Decode("saved.yaml", []byte(s.last()), q)
	if err != nil {
		t.Fatalf("saved file does not decode: %v\n%s", err, s.last())
	}
	return f
}

// config is a walk-through of q with a new answers file saved to st.
func config(q *questionnaire.Questionnaire, st *store) Config {
	f := answers.New(q, assessed)
	return Config{Questionnaire: q, Answers: f, Path: "assessment.yaml", New: true, Save: st.save}
}

// driver drives a Model the way bubbletea would: each message goes to
// Update, and the commands it returns are run and their messages fed back.
type driver struct {
	t    testing.TB
	m    Model
	quit bool
}

func drive(t testing.TB, cfg Config) *driver {
	t.Helper()
	d := &driver{t: t, m: New(cfg)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return d
}

func (d *driver) send(msg tea.Msg) {
	d.t.Helper()
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	d.run(cmd)
}

func (d *driver) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	switch msg := cmd().(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.run(c)
		}
	case tea.QuitMsg:
		d.quit = true
	case gotoMsg, showMsg, quitMsg, reportDoneMsg, hashProgressMsg, hashDoneMsg:
		d.send(msg)
	}
}

// keys sends key presses by name: "enter", "down", "shift+tab", "ctrl+c",
// "space", "esc", "tab", "f1", or any other string, which is typed.
func (d *driver) keys(names ...string) *driver {
	d.t.Helper()
	for _, n := range names {
		d.send(keyMsg(n))
	}
	return d
}

// typeText types s one rune at a time.
func (d *driver) typeText(s string) *driver {
	d.t.Helper()
	for _, r := range s {
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return d
}

var namedKeys = map[string]tea.KeyType{
	"enter": tea.KeyEnter, "down": tea.KeyDown, "up": tea.KeyUp, "tab": tea.KeyTab,
	"shift+tab": tea.KeyShiftTab, "esc": tea.KeyEsc, "ctrl+c": tea.KeyCtrlC,
	"ctrl+n": tea.KeyCtrlN, "ctrl+x": tea.KeyCtrlX, "ctrl+j": tea.KeyCtrlJ,
	"ctrl+u": tea.KeyCtrlU, "f1": tea.KeyF1, "backspace": tea.KeyBackspace,
	"pgdown": tea.KeyPgDown, "left": tea.KeyLeft, "right": tea.KeyRight, "delete": tea.KeyDelete,
}

func keyMsg(name string) tea.KeyMsg {
	if name == "space" {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if t, ok := namedKeys[name]; ok {
		return tea.KeyMsg{Type: t}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// view is the screen as text, without escape codes.
// Non-breaking spaces read as spaces.
func (d *driver) view() string { return strings.ReplaceAll(ansi.Strip(d.m.View()), "\u00a0", " ") }

// contains fails unless the screen shows every one of want.
func (d *driver) contains(want ...string) {
	d.t.Helper()
	v := d.view()
	for _, w := range want {
		if !strings.Contains(v, w) {
			d.t.Fatalf("screen lacks %q:\n%s", w, v)
		}
	}
}

// lacks fails if the screen shows any of bad.
func (d *driver) lacks(bad ...string) {
	d.t.Helper()
	v := d.view()
	for _, b := range bad {
		if strings.Contains(v, b) {
			d.t.Fatalf("screen shows %q:\n%s", b, v)
		}
	}
}

// at fails unless the walk shows question id.
func (d *driver) at(id string) {
	d.t.Helper()
	if d.m.screen != questionScreen || d.m.question.qn.ID != id {
		got := "screen " + [...]string{"start", "question", "overview", "end"}[d.m.screen]
		if d.m.screen == questionScreen {
			got = "question " + d.m.question.qn.ID
		}
		d.t.Fatalf("want question %s, at %s:\n%s", id, got, d.view())
	}
}

// begin gets past the start screen of a new file.
func (d *driver) begin(org string) *driver {
	d.t.Helper()
	d.typeText(org).keys("enter")
	return d
}

// newWordsFor is the walk-through's words in lang.
func newWordsFor(lang string) words { return l10n.For(lang) }
