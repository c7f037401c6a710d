package cli

import (
	"bytes"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/l10n"
)

// helpTexts are the English texts help shows, each with where it comes
// from: every command's Short, Long and flag usages and its formats'
// summaries, taken from the commands themselves (some are built from
// constants, presets and the format table), and the words around them,
// found in this package's source as the literal arguments of h(…).
func helpTexts(t *testing.T) map[string]string {
	t.Helper()
	found := map[string]string{}
	for _, c := range commands {
		found[c.Short] = c.Name + " Short"
		found[c.Long] = c.Name + " Long"
		found[c.Args] = c.Name + " Args"
		fs := flag.NewFlagSet(c.Name, flag.ContinueOnError)
		c.Flags(fs)
		fs.VisitAll(func(f *flag.Flag) { found[f.Usage] = c.Name + " --" + f.Name })
		for _, f := range Formats(c.Name) {
			found[f.Summary] = c.Name + " --format " + f.Name
		}
	}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "h" {
				return true
			}
			if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
				text, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				found[text] = fset.Position(lit.Pos()).String()
			}
			return true
		})
	}
	// the scan itself must find what it is for
	for _, want := range []string{"\nFlags:", "score an assessment", "answers `FILE`"} {
		if _, ok := found[want]; !ok {
			t.Fatalf("the scan missed %q", want)
		}
	}
	return found
}

func TestEveryHelpTextIsSwedish(t *testing.T) {
	sv := l10n.HelpTexts(l10n.SV)
	for text, at := range helpTexts(t) {
		if _, ok := sv[text]; !ok && text != "" {
			t.Errorf("%s: help %q has no Swedish (internal/l10n/catalog_help_sv.go)", at, text)
		}
	}
}

func TestNoUnusedSwedishHelp(t *testing.T) {
	found := helpTexts(t)
	for text := range l10n.HelpTexts(l10n.SV) {
		if _, ok := found[text]; !ok {
			t.Errorf("Swedish help for %q: no command shows this text any more", text)
		}
	}
}

// TestSwedishHelpKeepsItsShape: the same verbs, the same name of a
// flag's value (`FILE`), the same lines of commands to type.
func TestSwedishHelpKeepsItsShape(t *testing.T) {
	for en, sv := range l10n.HelpTexts(l10n.SV) {
		if l10n.Verbs(en) != l10n.Verbs(sv) {
			t.Errorf("%q has verbs %q, its Swedish %q has %q", en, l10n.Verbs(en), sv, l10n.Verbs(sv))
		}
		arg := func(s string) string {
			name, _ := flag.UnquoteUsage(&flag.Flag{Usage: s, Value: new(stringValue)})
			return name
		}
		if strings.Contains(en, "`") {
			want, ok := valueNames[arg(en)]
			if !ok {
				want = arg(en)
			}
			if arg(sv) != want {
				t.Errorf("%q names its value %q, its Swedish %q names %q, not %q", en, arg(en), sv, arg(sv), want)
			}
		}
		for _, line := range strings.Split(en, "\n") {
			// an example to type is indented
			// its value names may be Swedish (-a FIL)
			swedish := strings.ReplaceAll(line, " FILE", " "+valueNames["FILE"])
			if strings.HasPrefix(strings.TrimLeft(line, " "), "dutycheck ") && line[0] == ' ' && !strings.Contains(sv, line) && !strings.Contains(sv, swedish) {
				t.Errorf("%q: the Swedish lacks the command line %q", en, line)
			}
		}
	}
}

// valueNames are the Swedish names of the values flags take, one for
// each English name wherever it is used; a name not here stays as it is
// (ID, TEXT, N, a list of formats).
var valueNames = map[string]string{
	"FILE": "FIL", "FILE|ID": "FIL|ID", "FILE.pdf": "FIL.pdf", "NAME": "NAMN", "DATE": "DATUM",
	"ROLE": "ROLL", "KEY": "NYCKEL", "ZONE": "ZON", "FROM..TO": "FRÅN..TILL",
}

type stringValue string

func (s *stringValue) String() string     { return string(*s) }
func (s *stringValue) Set(v string) error { *s = stringValue(v); return nil }

// TestEnglishHelpIsTheTexts: without --lang, help is the commands' texts
// as written, untouched by the catalogue.
func TestEnglishHelpIsTheTexts(t *testing.T) {
	var b bytes.Buffer
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	scoreCmd.Flags(fs)
	scoreCmd.help(&b, fs, "")
	if !strings.HasPrefix(b.String(), "Usage: dutycheck score ") || !strings.Contains(b.String(), "\n"+scoreCmd.Long+"\n") {
		t.Errorf("English help:\n%s", b.String())
	}
}

// helpSyntax are the words of help that are what a person types, not
// English: a target's section:ID and question:ID, and a command with its
// flag quoted in a sentence (score --format json).
var helpSyntax = regexp.MustCompile(`\b(section|question):|\bscore --format`)

// TestSwedishHelpHasNoEnglish reads every help there is with --lang sv,
// the way TestSwedishHasNoEnglish reads the commands' output.
func TestSwedishHelpHasNoEnglish(t *testing.T) {
	calls := [][]string{{"help"}, {"--help"}, {"help", "target"}, {"help", "plan"}}
	for _, c := range commands {
		calls = append(calls, []string{"help", c.Name}, append(strings.Fields(c.Name), "-h"))
	}
	for _, args := range calls {
		args = append(args, "--lang", "sv")
		_, out, errOut := run(t, nil, args...)
		if errOut != "" || out == "" {
			t.Errorf("%v: stdout %q, stderr %q", args, out, errOut)
		}
		text := program.ReplaceAllString(helpSyntax.ReplaceAllString(out, ""), "")
		for _, line := range strings.Split(text, "\n") {
			if m := english.FindString(line); m != "" {
				t.Errorf("%v: English %q in %q", args, strings.TrimSpace(m), line)
			}
		}
	}
}
