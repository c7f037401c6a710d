package cli

import (
	"flag"
	"io"
)

// commandFirst moves flags written before the command to after it, so
// that `dutycheck --lang sv list` runs as `dutycheck list --lang sv`:
// people put a flag that reads as global (--lang) first. A word after the
// flags is the command unless run's flags take it as a value
// (`dutycheck -a list` walks through ./list); flags the command does not
// take then go to it all the same, and it refuses them as it would after
// its name (`dutycheck --lang sv validate`: validate has no --lang). With
// no command, the arguments are left for run, whose flags may come
// without one (`dutycheck -a x.yaml`).
func commandFirst(args []string) []string {
	if len(args) < 2 || len(args[0]) < 2 || args[0][0] != '-' {
		return args
	}
	for i := 1; i < len(args); i++ {
		c := lookup(args[i])
		if c == nil || c == runCmd {
			continue
		}
		if !takes(c, args[:i]) && runValue(args[:i+1]) {
			continue
		}
		out := append([]string{args[i]}, args[:i]...)
		return append(out, args[i+1:]...)
	}
	return args
}

// takes reports whether flags are all c's, every value included.
func takes(c *Command, flags []string) bool {
	fs := quietFlags(c)
	return fs.Parse(flags) == nil && fs.NArg() == 0
}

// runValue reports whether run's flags read the last of args as the value
// of a flag before it.
func runValue(args []string) bool {
	fs := quietFlags(runCmd)
	return fs.Parse(args) == nil && fs.NArg() == 0
}

// quietFlags is c's flag set, saying nothing of what it refuses.
func quietFlags(c *Command) *flag.FlagSet {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	c.Flags(fs)
	return fs
}
