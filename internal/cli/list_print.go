package cli

import (
	"errors"
	"io/fs"
	"os"

	"github.com/dutycheck/dutycheck/internal/atomicfile"
	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// printBuiltin writes a built-in questionnaire's YAML as it is embedded,
// comments and all, to stdout or to a new file: the starting point of a
// team's own questionnaire, from the binary alone. It never writes over a
// file, which may be a questionnaire someone has edited.
func printBuiltin(env *Env, id, out string) error {
	if id == "" {
		return usageErr("list: -o needs --print ID")
	}
	b, ok := questionnaires.Get(id)
	if !ok {
		var ids []string
		for _, f := range questionnaires.All() {
			ids = append(ids, f.ID)
		}
		hint := ""
		if near := yamlsrc.Nearest(id, ids); near != "" {
			hint = " (did you mean " + near + "?)"
		}
		return usageErr("list: --print: no built-in questionnaire has the id %q%s; see 'dutycheck list'", inert.Line(id), hint)
	}
	if out == "" || out == "-" {
		if _, err := env.Stdout.Write(b.Data); err != nil {
			return ioErr(err)
		}
		return nil
	}
	if _, err := os.Lstat(out); err == nil {
		return usageErr("list: %s exists; name a new file with -o, or remove it first", out)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return ioErr(err)
	}
	if err := atomicfile.Write(out, b.Data, 0o644); err != nil {
		return ioErr(err)
	}
	return nil
}
