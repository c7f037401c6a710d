package cli

import (
	"flag"
	"fmt"
	"text/tabwriter"

	"github.com/dutycheck/dutycheck/internal/inert"
	"github.com/dutycheck/dutycheck/internal/l10n"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

var listCmd = &Command{
	Name:  "list",
	Args:  "",
	Short: "list the built-in questionnaires",
	Long:  "Lists the built-in questionnaires: id, version, languages, questions and title.\nUse the id with -q. With --print ID, writes that questionnaire's YAML to stdout,\nor to -o FILE (never over an existing file), to start a questionnaire of your own\n(see questionnaires/README.md).",
	Flags: func(fs *flag.FlagSet) func(env *Env, args []string) error {
		lang := addLangFlag(fs)
		print := fs.String("print", "", "write the YAML of the built-in questionnaire `ID`")
		out := fs.String("o", "", "with --print, the `FILE` to write (default: stdout)")
		return func(env *Env, args []string) error {
			if rest, err := parseFlags(fs, args); err != nil {
				return err
			} else if len(rest) > 0 {
				return usageErr("cli.noargs", "list")
			}
			l, err := chooseLang("list", *lang, nil)
			if err != nil {
				return err
			}
			w := l10n.For(l)
			if *print != "" || *out != "" {
				return printBuiltin(env, *print, *out)
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, w.T("list.columns"))
			for _, b := range questionnaires.All() {
				q, err := questionnaire.Parse(b.Name, b.Data)
				if err != nil {
					return err
				}
				title := inert.Line(q.Title.String())
				if *lang != "" && q.Title.Has(*lang) {
					title = inert.Line(q.Title.In(*lang))
				}
				if b.ID == questionnaires.DefaultID {
					title += " " + w.T("list.default")
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", q.ID, q.Version, joinComma(q.Languages), len(q.Questions), title)
			}
			return tw.Flush()
		}
	},
}

func joinComma(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}
