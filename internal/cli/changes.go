package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/dutycheck/dutycheck/internal/changes"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

var changesCmd = &Command{
	Name:  "changes",
	Args:  "OLD NEW",
	Short: "what changed between two versions of a questionnaire (for review and CI)",
	Long: "Shows what changed between two versions of a questionnaire: questions added,\n" +
		"removed, renamed (with replaces) and changed, field by field, each marked as\n" +
		"changing scoring or wording only, with the version bump it needs.\n\n" +
		"OLD and NEW are files, REV:PATH read from git (e.g. main:questionnaires/x.yaml\n" +
		"or v1.2.0:./x.yaml), or ids of built-in questionnaires.\n\n" +
		"Version rule: removing a question or option, renaming without replaces, or\n" +
		"changing scores, weights, bands, critical, conditions, regimes or rating bands\n" +
		"needs a major bump; adding questions, options, regimes or languages a minor\n" +
		"one; other content changes (wording, help, references, glossary) a patch.\n" +
		"With --check-version, exit 1 when NEW's version is not bumped enough.",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		format := addFormatFlag(fs, "text")
		check := fs.Bool("check-version", false, "exit 1, one line per reason, when the version bump is too small")
		lang := addLangFlag(fs)
		return func(env *Env, args []string) error {
			rest, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if len(rest) != 2 {
				return usageErr("cli.changes.two")
			}
			render, err := outputFormat("changes", *format)
			if err != nil {
				return err
			}
			old, err := loadVersion(rest[0])
			if err != nil {
				return err
			}
			nq, err := loadVersion(rest[1])
			if err != nil {
				return err
			}
			l, err := chooseLang("changes", *lang, nq)
			if err != nil {
				return err
			}
			r := changes.Compare(old, nq)
			r.Old.Source, r.New.Source = rest[0], rest[1]
			var buf bytes.Buffer
			if err := render.Out(&buf, Result{Changes: r, Lang: l}); err != nil {
				return err
			}
			if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
				return ioErr(err)
			}
			if !*check {
				return nil
			}
			problems := r.ProblemsIn(l)
			if len(problems) == 0 {
				return nil
			}
			for _, p := range problems {
				fmt.Fprintln(env.Stderr, inert.Line(rest[1]+": "+p))
			}
			return &exitError{exitInvalid, errSilent}
		}
	},
}

// loadVersion reads one side of a comparison: a file; else REV:PATH from
// git; else a built-in questionnaire's id.
func loadVersion(spec string) (*questionnaire.Questionnaire, error) {
	_, statErr := os.Stat(spec)
	if statErr == nil {
		data, err := readFile(spec)
		if err != nil {
			return nil, err
		}
		return questionnaire.Parse(spec, data)
	}
	if i := strings.IndexByte(spec, ':'); i > 0 && i < len(spec)-1 {
		data, err := gitShow(spec)
		if err != nil {
			return nil, err
		}
		return questionnaire.Parse(spec, data)
	}
	if b, ok := questionnaires.Get(spec); ok {
		return questionnaire.Parse(b.Name+" (built in)", b.Data)
	}
	if errors.Is(statErr, fs.ErrNotExist) {
		if near := nearBuiltin(spec); near != "" {
			return nil, usageErr("cli.noversion.near", inert.Line(spec), near)
		}
		return nil, usageErr("cli.noversion", spec)
	}
	return nil, ioErr(statErr)
}
