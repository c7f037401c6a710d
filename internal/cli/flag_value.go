package cli

import (
	"flag"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
)

// refusedValue is a flag's value that its Set refused, known by the flag
// and by what the flag takes, so that the mistake is said in the
// command's language rather than in the flag package's English ("invalid
// value … for flag -fail-under: …").
type refusedValue struct {
	name, value string
	err         error
	fv          flag.Value
}

// watchedValue passes everything to the flag's own Value and notes the
// first value Set refuses.
type watchedValue struct {
	flag.Value
	name    string
	refused **refusedValue
}

func (w watchedValue) Set(s string) error {
	err := w.Value.Set(s)
	if err != nil && *w.refused == nil {
		*w.refused = &refusedValue{name: w.name, value: s, err: err, fv: w.Value}
	}
	return err
}

// IsBoolFlag keeps a bool flag one that takes no value.
func (w watchedValue) IsBoolFlag() bool {
	b, ok := w.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parseWatched is fs.Parse with every flag's Value watched: a refused
// value comes back as the command line's own message. The flags have
// their own Values again when it returns, so that help lists them as
// defined.
func parseWatched(fs *flag.FlagSet, args []string) error {
	var refused *refusedValue
	orig := map[*flag.Flag]flag.Value{}
	fs.VisitAll(func(f *flag.Flag) {
		orig[f] = f.Value
		f.Value = watchedValue{Value: f.Value, name: f.Name, refused: &refused}
	})
	err := fs.Parse(args)
	fs.VisitAll(func(f *flag.Flag) { f.Value = orig[f] })
	if err == nil || err == flag.ErrHelp || refused == nil {
		return err
	}
	flagName := dash(refused.name) + refused.name
	if want := valueWanted(refused.fv); want != "" {
		return usageErr("cli.flag.badvalue", fs.Name(), flagName, inert.Line(refused.value), say(want), fs.Name())
	}
	return usageErr("cli.flag.refused", fs.Name(), flagName, refused.err, fs.Name())
}

// valueWanted is the catalogue's words for what a flag's Value takes: a
// decimal, a whole number, true or false; "" for a flag that says its own
// problem (a Func).
func valueWanted(v flag.Value) l10n.Key {
	if _, ok := v.(*decimalFlag); ok {
		return "cli.flag.want.decimal"
	}
	g, ok := v.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case bool:
		return "cli.flag.want.bool"
	case int, int64, uint, uint64:
		return "cli.flag.want.int"
	case float64:
		return "cli.flag.want.number"
	}
	return ""
}
