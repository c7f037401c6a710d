package cli

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// A Command is one subcommand. It owns its usage, flags and help, as
// cmd/go's base.Command does: the usage line and the list of flags are
// generated from the flags it defines, so `dutycheck help`, `dutycheck
// CMD -h` and what the command accepts cannot drift apart.
type Command struct {
	// Name is the word after dutycheck.
	Name string
	// Args are the usage line's arguments after the flags: positional
	// arguments and required flags ("-a FILE", "OLD NEW").
	Args string
	// Short is one line for the list of commands; Long the help of
	// `dutycheck help NAME`.
	Short, Long string
	// Flags defines the command's flags on fs and returns the function
	// that runs the command with their values. Defining flags without
	// running lets help describe every command from the command itself.
	Flags func(fs *flag.FlagSet) func(env *Env, args []string) error
}

// flagSet returns the command's flags, set up to print the command's help
// on -h, and the function that runs it.
func (c *Command) flagSet(env *Env) (*flag.FlagSet, func(env *Env, args []string) error) {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	run := c.Flags(fs)
	fs.Usage = func() { c.help(env.Stdout, fs, env.lang) }
	return fs, run
}

// run runs the command with its arguments.
func (c *Command) run(env *Env, args []string) error {
	_, run := c.flagSet(env)
	return run(env, args)
}

// UsageLine is "dutycheck NAME [flags…] ARGS", made from the flags the
// command defines; a flag that Args names is left to Args.
func (c *Command) UsageLine() string { return c.usageLine("") }

// usageLine is the usage line in lang: the names of the values (FILE)
// are those its translated flag usages and Args give.
func (c *Command) usageLine(lang string) string {
	fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
	c.Flags(fs)
	parts := []string{"dutycheck", c.Name}
	for _, f := range flags(fs) {
		name := dash(f.Name) + f.Name
		if strings.Contains(" "+c.Args+" ", " "+name+" ") {
			continue
		}
		if arg, _ := unquoteUsage(f, lang); arg != "" {
			name += " " + arg
		}
		parts = append(parts, "["+name+"]")
	}
	if c.Args != "" {
		parts = append(parts, l10n.Help(l10n.Lang(lang), c.Args))
	}
	return strings.Join(parts, " ")
}

// unquoteUsage is flag.UnquoteUsage of f's usage said in lang: the name
// of its value and its usage without the quotes.
func unquoteUsage(f *flag.Flag, lang string) (name, usage string) {
	return flag.UnquoteUsage(&flag.Flag{Name: f.Name, Usage: l10n.Help(l10n.Lang(lang), f.Usage), Value: f.Value})
}

// help writes the command's full help in lang: usage line, description,
// formats, flags. The English texts are the keys of l10n.Help, so
// English help is exactly the texts the command defines.
func (c *Command) help(w io.Writer, fs *flag.FlagSet, lang string) {
	h := func(english string) string { return l10n.Help(l10n.Lang(lang), english) }
	fmt.Fprintf(w, h("Usage: %s\n\n%s\n"), c.usageLine(lang), c.long(lang))
	if formats := Formats(c.Name); len(formats) > 0 {
		fmt.Fprintln(w, h("\nFormats:"))
		for _, f := range formats {
			fmt.Fprintf(w, "  %-10s %s\n", f.Name, h(f.Summary))
		}
	}
	list := flags(fs)
	if len(list) == 0 {
		return
	}
	fmt.Fprintln(w, h("\nFlags:"))
	for _, f := range list {
		arg, usage := unquoteUsage(f, lang)
		if f.DefValue != "" && f.DefValue != "false" && !strings.Contains(f.Usage, "default") {
			usage += fmt.Sprintf(h(" (default %s)"), f.DefValue)
		}
		name := strings.TrimSpace(dash(f.Name) + f.Name + " " + arg)
		if len(name) > 22 {
			fmt.Fprintf(w, "  %s\n  %-22s %s\n", name, "", usage)
			continue
		}
		fmt.Fprintf(w, "  %-22s %s\n", name, usage)
	}
}

// short is the command's line in the list of commands, in lang.
func (c *Command) short(lang string) string { return l10n.Help(l10n.Lang(lang), c.Short) }

// long is the command's description in lang. A usage line of another
// command that it shows (plan's of plan set) is made in lang too.
func (c *Command) long(lang string) string {
	long := l10n.Help(l10n.Lang(lang), c.Long)
	if lang == "" || long == c.Long {
		return long
	}
	for _, other := range commands {
		long = strings.ReplaceAll(long, other.UsageLine(), other.usageLine(lang))
	}
	return long
}

// flags lists a flag set's flags: one-letter flags first, then the long
// ones, each group by name.
func flags(fs *flag.FlagSet) []*flag.Flag {
	var out []*flag.Flag
	fs.VisitAll(func(f *flag.Flag) { out = append(out, f) })
	sort.SliceStable(out, func(i, j int) bool {
		if li, lj := len(out[i].Name) == 1, len(out[j].Name) == 1; li != lj {
			return li
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// dash is how a flag is written in help: -q, --lang.
func dash(name string) string {
	if len(name) == 1 {
		return "-"
	}
	return "--"
}
