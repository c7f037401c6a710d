// Package cli is dutycheck's command line: flags, files, environment and
// exit codes. It is the edge where the process and the file system are
// touched (with evidence, atomicfile and filelock, the packages it gives
// file work to); the parsers, the scorer and the renderers it calls take
// and return values.
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
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// Version is the program's version, set at build time with
// -ldflags "-X github.com/dutycheck/dutycheck/internal/cli.Version=…".
var Version = "1.2.0"

// Exit codes of docs/commands.md.
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
	// lang is the language of what the command line says itself (errors,
	// "wrote …"): --lang, English when not given (message.go).
	lang string
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
	// plan's help names its subcommand by the usage made from its flags,
	// so that the two cannot drift apart.
	planCmd.Long += "\n\nRecord an action with:\n  " + planSetCmd.UsageLine() + "\n(see 'dutycheck plan set -h')."
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
			fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.internal", fmt.Sprint(r)))
			code = exitUsage
		}
	}()
	env.lang = peekLang(args)
	if len(args) == 0 {
		return finish(env, runCmd.run(env, nil))
	}
	args = commandFirst(args)
	switch args[0] {
	case "-h", "-help", "--help", "help":
		// --lang has been read (peekLang); help's words are the rest
		args = append(args[:1], withoutLang(args[1:])...)
		if len(args) > 1 && args[0] == "help" {
			if len(args) > 2 && lookup(args[1]+" "+args[2]) != nil {
				return Run(env, helpArgs(env, args[1], args[2]))
			}
			if lookup(args[1]) == nil {
				if subs := subcommands(args[1]); len(subs) > 0 {
					for _, c := range commands {
						if strings.HasPrefix(c.Name, args[1]+" ") {
							fmt.Fprintf(env.Stdout, "  %s\n      %s\n", c.usageLine(env.lang), c.short(env.lang))
						}
					}
					return exitOK
				}
				fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.help.unknown", inert.Line(args[1]), nearestCommand(env, args[1])))
				return exitUsage
			}
			return Run(env, helpArgs(env, args[1]))
		}
		usage(env.Stdout, env.lang)
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
		if len(args) > 1 {
			if near := nearSubcommand(args[0], args[1]); near != "" {
				fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.subcommand.near", args[0], inert.Line(args[1]), near, near))
				return exitUsage
			}
		}
		fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.subcommand", args[0], strings.Join(subs, ", ")))
		return exitUsage
	}
	fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.unknown.command", inert.Line(args[0]), nearestCommand(env, args[0])))
	return exitUsage
}

// withoutLang is args without --lang and its value.
func withoutLang(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		name, _, hasValue := strings.Cut(strings.TrimLeft(args[i], "-"), "=")
		if strings.HasPrefix(args[i], "-") && name == "lang" {
			if !hasValue {
				i++
			}
			continue
		}
		out = append(out, args[i])
	}
	return out
}

// helpArgs runs `dutycheck help NAME` as `dutycheck NAME --help`, in the
// language the line asked for (--help ends the flags before --lang is
// read; Run reads it first).
func helpArgs(env *Env, name ...string) []string {
	args := append(name, "--help")
	if env.lang != "" {
		args = append(args, "--lang", env.lang)
	}
	return args
}

// nearestCommand is " (did you mean score?)" for a mistyped command, or
// "" when no command is near.
func nearestCommand(env *Env, name string) string {
	var names []string
	for _, c := range commands {
		names = append(names, c.Name)
	}
	if near := yamlsrc.Nearest(name, names); near != "" {
		return " " + env.printer().T("cli.near", near)
	}
	return ""
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

// usage is `dutycheck help`: what dutycheck is, its commands, in lang.
func usage(w io.Writer, lang string) {
	h := func(english string) string { return l10n.Help(l10n.Lang(lang), english) }
	fmt.Fprintf(w, h("dutycheck %s: self-assessment of an online service's safety duties against child sexual exploitation and abuse.\n\nUsage:\n"), Version)
	for _, c := range commands {
		fmt.Fprintf(w, "  %s\n      %s\n", c.usageLine(lang), c.short(lang))
	}
	fmt.Fprint(w, h("\nWith no command, dutycheck runs the walk-through on the built-in questionnaire\nwith ./assessment.yaml. 'dutycheck help COMMAND' or 'dutycheck COMMAND -h' tells more.\n\nExit codes: 0 success; 1 invalid input or a failed gate; 2 usage or I/O error.\n"))
}

// exitError carries an exit code with the message to print.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageErr and ioErr mark errors that exit 2; invalid input exits 1.
// usageErr says the message of key with args (see message).
func usageErr(key l10n.Key, args ...any) error {
	return &exitError{exitUsage, say(key, args...)}
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
	var hinted *withHint
	if errors.As(err, &hinted) {
		code := finish(env, hinted.err)
		fmt.Fprintln(env.Stderr, inert.Line("dutycheck: "+hinted.hint.in(env.printer())))
		return code
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
	msg := err.Error()
	if el != nil && msg == el.Error() {
		msg = problemsIn(env.lang, el).Error()
	}
	var pp *presetProblem
	var r *yamlsrc.Reason
	switch {
	case errors.As(err, &pp) && msg == pp.Error():
		msg = pp.in(env.lang)
	case errors.As(err, &r) && msg == r.Error():
		// a reason a reader or the signer gives as a format and its
		// arguments, on its own
		msg = l10n.Problem(l10n.Lang(env.lang), r.Format, r.Args)
	}
	// A message of the command line's own is said in its language, and
	// knows whether it starts with a file's place.
	var m *message
	if errors.As(err, &m) && (error(m) == err || ee != nil && ee.err == error(m)) {
		msg = m.in(env.printer())
	} else {
		m = nil
	}
	if msg != "" {
		for _, line := range strings.Split(msg, "\n") {
			// A file's problems (ErrorList) and a message about a file
			// start with its place; anything else is said by dutycheck.
			placed := el != nil || m != nil && m.at != ""
			if !placed {
				line = "dutycheck: " + line
			}
			// An error can quote a file's text (an id, a value, a
			// path); it is shown, never executed.
			fmt.Fprintln(env.Stderr, inert.Line(line))
		}
	}
	return code
}
