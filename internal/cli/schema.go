package cli

import (
	"flag"

	"github.com/dutycheck/dutycheck/internal/jsonout"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

var schemaCmd = &Command{
	Name:  "schema",
	Args:  "",
	Short: "print the JSON Schema of the questionnaire format",
	Long:  "Prints the JSON Schema (draft 2020-12) of the questionnaire format. Save it\nand point an editor at it with a first line such as\n  # yaml-language-server: $schema=./questionnaire.schema.json",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		return func(env *Env, args []string) error {
			if rest, err := parseFlags(fs, args); err != nil {
				return err
			} else if len(rest) > 0 {
				return usageErr("cli.noargs", "schema")
			}
			// Laid out as every command writes JSON (jsonout), whatever
			// the layout of the file in the source.
			data, err := jsonout.Reformat(questionnaire.Schema)
			if err != nil {
				return err
			}
			if _, err := env.Stdout.Write(data); err != nil {
				return ioErr(err)
			}
			return nil
		}
	},
}
