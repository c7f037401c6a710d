package cli

import (
	"flag"
	"io"
)

// commandFirst moves flags written before the command to after it, so
// that `dutycheck --lang sv list` runs as `dutycheck list --lang sv`:
// people put a flag that reads as global (--lang) first. It does so only
// when a command name follows flags that the command itself takes, every
// value included; otherwise the arguments are left for run, whose flags
// may come without a command (`dutycheck -a x.yaml`).
func commandFirst(args []string) []string {
	if len(args) < 2 || len(args[0]) < 2 || args[0][0] != '-' {
		return args
	}
	for i := 1; i < len(args); i++ {
		c := lookup(args[i])
		if c == nil || c == runCmd {
			continue
		}
		fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Usage = func() {}
		c.Flags(fs)
		if fs.Parse(args[:i]) != nil || fs.NArg() != 0 {
			return args
		}
		out := append([]string{args[i]}, args[:i]...)
		return append(out, args[i+1:]...)
	}
	return args
}
