package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/filelock"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/tui"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// defaultAnswers is the answers file `dutycheck` with no arguments walks.
const defaultAnswers = "assessment.yaml"

var runCmd = &Command{
	Name:  "run",
	Args:  "",
	Short: "walk through a questionnaire in the terminal (the default)",
	Long: "Walks through a questionnaire in the terminal, saving each answer at once.\n" +
		"The answers file is created if missing and resumed if present; without -q\n" +
		"the questionnaire it names is used when built in, else " + questionnaires.DefaultID + ".\n" +
		"With --accessible, ACCESSIBLE=1, or input that is not a terminal, it asks\n" +
		"plain questions one line at a time, for screen readers and piped answers.\n\n" +
		"With --from OLD.yaml, a new assessment (-a, which must not exist yet) starts\n" +
		"from an earlier one: its answers are offered as the current answers, each to\n" +
		"be confirmed or changed; notes, evidence and actions come along; the new file\n" +
		"records which assessment it came from (path, SHA-256, date).",
	Flags: func(flags *flag.FlagSet) func(env *Env, args []string) error {
		qspec := flags.String("q", "", "questionnaire `FILE|ID` (default: the one the answers name, else "+questionnaires.DefaultID+")")
		apath := flags.String("a", defaultAnswers, "answers `FILE` (default "+defaultAnswers+"), created if missing, resumed if present")
		lang := addLangFlag(flags)
		accessible := flags.Bool("accessible", false, "plain prompts, one answer per line (also ACCESSIBLE=1)")
		from := flags.String("from", "", "start a new assessment from an earlier answers `FILE`")
		return func(env *Env, args []string) error {
			rest, err := parseFlags(flags, args)
			if err != nil {
				return err
			}
			if len(rest) > 0 {
				return usageErr("cli.run.arg", inert.Line(rest[0]))
			}
			// Refuse a file that cannot be saved before the first question, then
			// hold the lock before reading, so that the bytes read are the bytes
			// no other walk-through will write over.
			if *from != "" {
				if err := checkNew(*from, *apath); err != nil {
					return err
				}
			}
			lock, err := holdAnswers(*apath)
			if err != nil {
				return err
			}
			defer lock.Release()
			warnHardLinks(env, *apath)
			if *from != "" {
				// Under the lock: write the new file, which the walk-through
				// then resumes like any other.
				if err := startFrom(env, *qspec, *from, *apath); err != nil {
					return err
				}
			}
			q, f, data, err := openAssessment(env, *qspec, *apath)
			if err != nil {
				return err
			}
			isNew := data == nil
			guard := atomicfile.NewGuard(*apath, data, 0o600)
			l, err := chooseLang("run", *lang, q)
			if err != nil {
				return err
			}
			if l10n.Speaks(l) {
				env.lang = l // the command line speaks as the walk-through does
			}
			if !isNew {
				warnDigest(env, *apath, q, f, l)
			}
			path := *apath
			cfg := tui.Config{
				Questionnaire: q, Answers: f, Path: path, New: isNew, Read: data, Lang: l,
				Save: func(b []byte) error {
					err := guard.Write(b)
					if err == nil {
						lock.Follow(path) // the lock follows the new file
					}
					return err
				},
				Color: env.StdoutIsTerminal && env.Getenv("NO_COLOR") == "",
				Echo:  !env.StdinIsTerminal,
				Today: today(env),
				// The version the answers were given to, when git has it:
				// a changed question then shows what changed.
				Previous: previousVersion(*qspec, *apath, f, q),
				// The report needs the same questionnaire file (-q) when it is
				// not the built-in one the answers name, and the same language.
				ReportCommand: reportCommand(*qspec, path, l, q.DefaultLang()),
				WriteReport: func() (string, error) {
					dest, err := writeReport(env, q, f, *qspec, path, l)
					if err != nil {
						// The walk-through shows it as it is: say it in its
						// language here.
						return "", errors.New(errorIn(env.printer(), err))
					}
					return dest, nil
				},
				SignOff: func() *signoff.State { return endSignOff(*qspec, path) },
			}
			if *accessible || truthy(env.Getenv("ACCESSIBLE")) || !env.StdinIsTerminal || !env.StdoutIsTerminal {
				err = tui.RunAccessible(cfg, env.Stdin, env.Stdout)
			} else {
				err = tui.Run(cfg, env.Stdin, env.Stdout)
			}
			var stopped *tui.InterruptedError
			if errors.As(err, &stopped) {
				// Saved already, and said so on the screen: only the
				// exit status tells a script the walk did not finish.
				return &exitError{stopped.ExitCode(), errSilent}
			}
			if err != nil {
				return ioErr(err)
			}
			return nil
		}
	},
}

// openAssessment resumes the answers file at apath, or starts a new one
// dated today when there is none; data is the bytes read, nil for a new
// file. A file that exists but cannot be read or decoded is an error,
// never started afresh: that would overwrite it.
func openAssessment(env *Env, qspec, apath string) (*questionnaire.Questionnaire, *answers.File, []byte, error) {
	_, err := os.Stat(apath)
	if err == nil {
		data, err := readFile(apath)
		if err != nil {
			return nil, nil, nil, err
		}
		// A choice the questionnaire no longer offers does not stop the
		// walk: the question is asked again, the old value kept.
		q, f, err := decodeAssessment(env, qspec, apath, data, true)
		return q, f, data, err
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil, ioErr(sayAt(apath, "cli.error", unwrapPathError(err)))
	}
	q, err := loadQuestionnaire(qspec)
	if err != nil {
		return nil, nil, nil, err
	}
	return q, answers.New(q, today(env)), nil, nil
}

// holdAnswers prepares a command that will write the answers file at
// apath: it refuses a file that cannot be saved (read-only, or in a folder
// that takes no new files) and takes the lock on it, or names the process
// that holds it. Every command that writes an answers file (run, plan set,
// run --from) calls it before reading the file, keeps the lock until it
// is done, and saves through an atomicfile.Guard made from the bytes it
// then reads, so that it never overwrites a change it did not see.
func holdAnswers(apath string) (*filelock.Lock, error) {
	if err := checkSavable(apath); err != nil {
		return nil, err
	}
	lock, err := filelock.Acquire(apath)
	if err != nil {
		return nil, ioErr(lockProblem(err))
	}
	// A walk-through killed mid-save leaves a hidden copy of the answers
	// beside the file; with the lock held none is in use.
	_, _ = atomicfile.RemoveLeftovers(apath)
	return lock, nil
}

// checkSavable makes sure the answers file can be saved, before anyone
// spends time answering: its folder exists and takes new files, and the
// file, if there is one, is not read-only (a frozen, signed-off
// assessment is refused, never made writable).
func checkSavable(apath string) error {
	target, err := atomicfile.Target(apath)
	if err != nil {
		return ioErr(sayAt(apath, "cli.error", unwrapPathError(err)))
	}
	dir := filepath.Dir(target)
	fi, err := os.Stat(dir)
	if err != nil {
		return ioErr(sayAt(apath, "cli.run.folder", dir, unwrapPathError(err)))
	}
	if !fi.IsDir() {
		return ioErr(sayAt(apath, "cli.run.notfolder", dir))
	}
	if err := atomicfile.CheckWritable(apath); err != nil {
		if errors.Is(err, atomicfile.ErrReadOnly) {
			return ioErr(sayAt(apath, "cli.run.readonly"))
		}
		return ioErr(sayAt(apath, "cli.run.nosave", unwrapPathError(err)))
	}
	return nil
}

// reportCommand is the command line that writes the report of the
// assessment walked with these flags, quoted for a POSIX shell.
func reportCommand(qspec, apath, lang, defaultLang string) string {
	args := []string{"dutycheck", "report"}
	if qspec != "" {
		args = append(args, "-q", shellQuote(qspec))
	}
	args = append(args, "-a", shellQuote(apath))
	if lang != defaultLang {
		args = append(args, "--lang", shellQuote(lang))
	}
	return strings.Join(args, " ")
}

// shellQuote quotes s for a POSIX shell when it holds anything but
// characters that are safe bare.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_./:@%+=,-", r)) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	if inert.Line(s) != s {
		return ansiCQuote(s)
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// truthy reads an on/off environment variable: set and not 0/false/no.
func truthy(v string) bool {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "", "0", "false", "no", "off":
		return false
	}
	return true
}

// warnHardLinks says, before anything is saved, that the answers file has
// other names (hard links): a save writes a new file under this name, and
// the other names keep the answers as they are now. The file splits, but
// never silently.
func warnHardLinks(env *Env, apath string) {
	if n := filelock.Names(apath); n > 1 {
		fmt.Fprintln(env.Stderr, "dutycheck: "+env.printer().T("cli.hardlinks", inert.Line(apath), n))
	}
}
