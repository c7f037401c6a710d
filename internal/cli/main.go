// Package cli is dutycheck's command line: flags, files, environment and
// exit codes. It is the only package that touches the file system and the
// process; everything it calls takes and returns values.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// Version is the program's version, set at build time with
// -ldflags "-X github.com/dutycheck/dutycheck/internal/cli.Version=…".
var Version = "1.1.0"

// Exit codes of SPEC section 5.
const (
	exitOK      = 0
	exitInvalid = 1
	exitUsage   = 2
)

// Env is what a command may use of the outside world. Tests build one with
// buffers and a fixed clock; Main builds it from the process.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
	Now            func() time.Time
	// StdinIsTerminal and StdoutIsTerminal decide between the full-screen
	// walk-through and plain prompts, and whether colour is allowed.
	StdinIsTerminal, StdoutIsTerminal bool
	// ReadPassword asks for a secret on the terminal without echoing it
	// (a key's passphrase); nil when there is no terminal to ask on.
	ReadPassword func(prompt string) ([]byte, error)
}

// Main runs dutycheck with the process's arguments and streams and returns
// the exit code.
func Main() int {
	env := &Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, Now: time.Now,
		StdinIsTerminal:  isTerminal(os.Stdin),
		StdoutIsTerminal: isTerminal(os.Stdout),
	}
	if stdinIsTTY() {
		env.ReadPassword = readPassword
	}
	return Run(env, os.Args[1:])
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// commands are the subcommands, in the order help lists them. Each owns
// its usage, flags and help (command.go); help is made from this list.
var commands []*Command

func init() {
	commands = []*Command{runCmd, validateCmd, scoreCmd, planCmd, planSetCmd, measureCmd, targetSetCmd, targetClearCmd, reportCmd, signCmd, verifyCmd, diffCmd, trendCmd, exportCmd, changesCmd, schemaCmd, listCmd}
}

// lookup finds a command by name.
func lookup(name string) *Command {
	for _, c := range commands {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// Run runs one invocation and returns its exit code. Errors are printed one
// line each on stderr; no panic reaches the user as a stack trace.
func Run(env *Env, args []string) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(env.Stderr, "dutycheck: internal error: %v (please report this)\n", r)
			code = exitUsage
		}
	}()
	if len(args) == 0 {
		return finish(env, runCmd.run(env, nil))
	}
	args = commandFirst(args)
	switch args[0] {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && args[0] == "help" {
			if len(args) > 2 && lookup(args[1]+" "+args[2]) != nil {
				return Run(env, []string{args[1], args[2], "--help"})
			}
			if lookup(args[1]) == nil {
				if subs := subcommands(args[1]); len(subs) > 0 {
					for _, c := range commands {
						if strings.HasPrefix(c.Name, args[1]+" ") {
							fmt.Fprintf(env.Stdout, "  %s\n      %s\n", c.UsageLine(), c.Short)
						}
					}
					return exitOK
				}
				fmt.Fprintf(env.Stderr, "dutycheck: help: unknown command %q; run 'dutycheck help' for the list\n", args[1])
				return exitUsage
			}
			return Run(env, []string{args[1], "--help"})
		}
		usage(env.Stdout)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintf(env.Stdout, "dutycheck %s\n", Version)
		return exitOK
	}
	if strings.HasPrefix(args[0], "-") {
		// Flags without a command belong to run: `dutycheck -a x.yaml`.
		return finish(env, runCmd.run(env, args))
	}
	if len(args) > 1 {
		// a command of two words: `target set`, `target clear`
		if c := lookup(args[0] + " " + args[1]); c != nil {
			return finish(env, c.run(env, args[2:]))
		}
	}
	if c := lookup(args[0]); c != nil {
		if c != runCmd {
			// The walk-through handles signals itself (it saves the
			// typed note); every other command ends on one cleanly.
			defer cleanUpOnSignal()()
		}
		return finish(env, c.run(env, args[1:]))
	}
	if subs := subcommands(args[0]); len(subs) > 0 {
		fmt.Fprintf(env.Stderr, "dutycheck: %s: name what to do: %s\n", args[0], strings.Join(subs, ", "))
		return exitUsage
	}
	fmt.Fprintf(env.Stderr, "dutycheck: unknown command %q; run 'dutycheck --help' for the list\n", args[0])
	return exitUsage
}

// subcommands lists the commands of two words that start with word
// ("target set", "target clear"), for a command given without its second
// word.
func subcommands(word string) []string {
	var out []string
	for _, c := range commands {
		if strings.HasPrefix(c.Name, word+" ") {
			out = append(out, "'dutycheck "+c.Name+"'")
		}
	}
	return out
}

func usage(w io.Writer) {
	fmt.Fprintf(w, "dutycheck %s: self-assessment of an online service's safety duties against child sexual exploitation and abuse.\n\nUsage:\n", Version)
	for _, c := range commands {
		fmt.Fprintf(w, "  %s\n      %s\n", c.UsageLine(), c.Short)
	}
	fmt.Fprintf(w, "\nWith no command, dutycheck runs the walk-through on the built-in questionnaire\nwith ./assessment.yaml. 'dutycheck help COMMAND' or 'dutycheck COMMAND -h' tells more.\n\nExit codes: 0 success; 1 invalid input or a failed gate; 2 usage or I/O error.\n")
}

// exitError carries an exit code with the message to print.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr and ioErr mark errors that exit 2; invalid input exits 1.
func usageErr(format string, args ...any) error {
	return &exitError{exitUsage, fmt.Errorf(format, args...)}
}

func ioErr(err error) error { return &exitError{exitUsage, err} }

func invalid(err error) error { return &exitError{exitInvalid, err} }

// errSilent ends a command with exit 1 after it has said why itself (a
// failed gate, or validate's per-file lines).
var errSilent = errors.New("")

func finish(env *Env, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	code := exitInvalid
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	var el *yamlsrc.ErrorList
	if errors.As(err, &el) {
		code = exitInvalid
	}
	if msg := err.Error(); msg != "" {
		for _, line := range strings.Split(msg, "\n") {
			if el == nil && !looksPlaced(line) {
				line = "dutycheck: " + line
			}
			// An error can quote a file's text (an id, a value, a
			// path); it is shown, never executed.
			fmt.Fprintln(env.Stderr, inert.Line(line))
		}
	}
	return code
}

// looksPlaced reports whether a message already starts with a file place
// ("path:3:1: …" or "path: …").
func looksPlaced(line string) bool {
	i := strings.Index(line, ": ")
	if i <= 0 {
		return false
	}
	head := line[:i]
	return strings.ContainsAny(head, "./") && !strings.Contains(head, " ")
}
