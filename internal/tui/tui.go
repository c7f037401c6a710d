// Package tui is dutycheck's terminal walk-through (docs/walk-through.md): a
// full-screen program built on bubbletea, and a plain line-by-line mode for
// screen readers and scripts. It writes no file itself: every confirmed
// answer is encoded and handed to a save function the command line
// provides, and the PDF is written through another. The one file it reads
// is one the respondent adds as evidence, which package evidence hashes
// (Config.AddEvidence replaces that in tests).
package tui

import (
	"errors"
	"fmt"
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/muesli/termenv"
)

// Config is what the walk-through needs from the command line.
type Config struct {
	Questionnaire *questionnaire.Questionnaire
	// Previous is the version of the questionnaire the answers were given
	// to, when it could be found (nil otherwise): a question changed since
	// then shows what changed, old beside new.
	Previous *questionnaire.Questionnaire
	// Answers is the assessment to walk; it is changed in place.
	Answers *answers.File
	// Path names the answers file to the respondent; it is not opened.
	Path string
	// New is set when the answers file does not exist yet: nothing is
	// written until there is something to keep (the organization's name
	// or an answer).
	New bool
	// Read is the answers file as read, when it exists: saves keep its
	// layout and comments and rewrite only the answers that change
	// (answers.Encoder.Keep). Nil writes answers.Encode's form.
	Read []byte
	// Lang is the language of the screens and the questionnaire's texts;
	// "" means the questionnaire's first.
	Lang string
	// Save writes the encoded answers file; it is called after every
	// confirmed answer and must be atomic and compare-before-write (the
	// command line gives atomicfile.Guard.Write).
	Save func(data []byte) error
	// WriteReport writes the PDF report and returns its path; nil when
	// this build has no report writer.
	WriteReport func() (path string, err error)
	// SignOff judges the sign-offs beside the answers file as they are
	// on disk now, for the end screen's Draft or Final line; nil, or a
	// nil state, when nobody has signed.
	SignOff func() *signoff.State
	// ReportCommand is the command line that writes the PDF report of
	// this assessment, which plain mode suggests at the end; "" means
	// "dutycheck report -a PATH".
	ReportCommand string
	// Color allows colour; without it (NO_COLOR) only bold and reverse
	// video mark focus.
	Color bool
	// Echo repeats each line read in plain mode, so that a transcript of
	// piped answers reads like a dialogue.
	Echo bool
	// Today is the date evidence added now is recorded with; the zero
	// time means the clock's today (UTC).
	Today time.Time
	// AddEvidence makes an evidence item of a file, given its path as
	// typed (relative to the answers file): it hashes the file and
	// refuses images, videos and archives. Nil means evidence.Add on
	// Path, which reads the file system; tests give their own.
	AddEvidence func(file string) (answers.Evidence, error)
}

// Run runs the full-screen walk-through on a terminal until the respondent
// quits. It returns an error only when answers could not be saved.
func Run(cfg Config, in io.Reader, out io.Writer) error {
	if !cfg.Color {
		// NO_COLOR removes colour, not bold or the reverse-video text
		// cursor, which termenv's colourless profile would drop too.
		lipgloss.SetColorProfile(termenv.ANSI)
	}
	// Ask the terminal for its background before the program owns the
	// input, so that adaptive colours pick the right variant.
	_ = lipgloss.HasDarkBackground()
	m := New(cfg)
	// bubbletea's own handler turns SIGTERM into a bare quit that skips
	// the model (a note being typed is lost) and leaves SIGHUP to kill
	// the process unsaved; every quitting signal goes through the same
	// path as ctrl+c instead.
	p := tea.NewProgram(m, tea.WithInput(in), tea.WithOutput(out), tea.WithAltScreen(), tea.WithoutSignalHandler())
	// Signals stay caught until the final save is done: a second SIGHUP
	// must not kill the process while it writes.
	got, stop := relaySignals(p)
	defer stop()
	final, runErr := p.Run()
	s := m.sh.s
	// Quitting saved already. When the program ended some other way (the
	// terminal went away, an error), keep what was being typed as ctrl+c
	// would, then save what is unsaved and retry a save that failed.
	if fm, ok := final.(Model); ok && !fm.quitting {
		fm.quit()
	}
	if err := s.flush(); err != nil {
		return err
	}
	if fm, ok := final.(Model); ok && fm.crash != nil {
		return fm.crash
	}
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) && runErr != tea.ErrProgramKilled {
		return fmt.Errorf("terminal: %w", runErr)
	}
	if !s.isNew {
		fmt.Fprintln(out, s.farewell())
	}
	if first := got(); first != nil {
		return &InterruptedError{Signal: first}
	}
	return nil
}
