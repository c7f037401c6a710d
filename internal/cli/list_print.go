package cli

import (
	"errors"
	"io/fs"
	"os"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// printBuiltin writes a built-in questionnaire's YAML as it is embedded,
// comments and all, to stdout or to a new file: the starting point of a
// team's own questionnaire, from the binary alone. It never writes over a
// file, which may be a questionnaire someone has edited.
func printBuiltin(env *Env, id, out string) error {
	if id == "" {
		return usageErr("cli.list.o")
	}
	b, ok := questionnaires.Get(id)
	if !ok {
		if near := nearBuiltin(id); near != "" {
			return usageErr("cli.list.print.near", inert.Line(id), near)
		}
		return usageErr("cli.list.print", inert.Line(id))
	}
	if out == "" || out == "-" {
		if _, err := env.Stdout.Write(b.Data); err != nil {
			return ioErr(err)
		}
		return nil
	}
	if _, err := os.Lstat(out); err == nil {
		return usageErr("cli.list.exists", out)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return ioErr(err)
	}
	if err := atomicfile.Write(out, b.Data, 0o644); err != nil {
		return saveErr(out, err)
	}
	return nil
}
