package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"
)

// newFlags makes a flag set for a command whose help names its arguments.
func newFlags(env *Env, name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := env.Stdout
		fmt.Fprintf(w, "Usage: dutycheck %s %s\n\n%s\n", name, args, summary)
		hasFlags := false
		fs.VisitAll(func(*flag.Flag) { hasFlags = true })
		if hasFlags {
			fmt.Fprintln(w, "\nFlags:")
			fs.VisitAll(func(f *flag.Flag) {
				dash := "-"
				if len(f.Name) > 1 {
					dash = "--"
				}
				arg, usage := flag.UnquoteUsage(f)
				fmt.Fprintf(w, "  %-22s %s\n", dash+f.Name+" "+arg, usage)
			})
		}
	}
	return fs
}

// parseFlags parses flags that may come before, between or after the
// positional arguments (`dutycheck diff old.yaml new.yaml -q x`), which
// the standard flag package alone does not allow.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, err // fs.Usage has printed the help
			}
			return nil, usageErr("%s: %v; see 'dutycheck %s --help'", fs.Name(), strings.TrimPrefix(err.Error(), "flag provided but not defined: "), fs.Name())
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if rest[0] == "--" {
			return append(pos, rest[1:]...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}
