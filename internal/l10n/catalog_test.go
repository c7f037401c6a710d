package l10n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestEveryMessageInEveryLanguage fails when a message, a counted phrase,
// a plural form or a unit lacks a language, or when two languages disagree
// on the arguments a message takes (a %d in one and a %s in the other
// would print "%!d(string=…)").
func TestEveryMessageInEveryLanguage(t *testing.T) {
	all := map[Key]bool{}
	allN := map[Key]bool{}
	for _, c := range catalogs {
		for k := range c.text {
			all[k] = true
		}
		for k := range c.count {
			allN[k] = true
		}
	}
	en := catalogs[EN]
	for _, lang := range Langs() {
		c := catalogs[lang]
		t.Run(string(lang), func(t *testing.T) {
			for k := range all {
				s, ok := c.text[k]
				switch {
				case !ok:
					t.Errorf("message %q has no %s", k, lang)
				case strings.TrimSpace(s) == "":
					t.Errorf("message %q is empty in %s", k, lang)
				case !slices.Equal(verbs(s), verbs(en.text[k])):
					t.Errorf("message %q takes %v in %s but %v in en", k, verbs(s), lang, verbs(en.text[k]))
				}
			}
			for k := range allN {
				f, ok := c.count[k]
				if !ok || f.Other == "" || f.One == "" {
					t.Errorf("counted phrase %q lacks a form in %s: %+v", k, lang, f)
					continue
				}
				for _, s := range []string{f.One, f.Other} {
					if !slices.Equal(verbs(s), verbs(en.count[k].Other)) {
						t.Errorf("counted phrase %q form %q takes %v in %s but %v in en", k, s, verbs(s), lang, verbs(en.count[k].Other))
					}
				}
			}
			for _, u := range []Unit{Year, Week, Day, Hour, Minute, Second} {
				if c.units[u].Other == "" {
					t.Errorf("unit %c has no word in %s", u, lang)
				}
			}
			for i, m := range c.months {
				if m == "" {
					t.Errorf("month %d has no name in %s", i+1, lang)
				}
			}
			if c.plural == nil || c.num.point == "" || c.num.group == "" {
				t.Errorf("%s lacks a plural rule or a number style", lang)
			}
		})
	}
}

var verbRE = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*\d*(?:\.\d+)?[a-zA-Z%]`)

// verbs lists the formatting verbs of a message, sorted, without widths
// or argument indexes: a translation may reorder its arguments.
func verbs(s string) []string {
	var out []string
	for _, v := range verbRE.FindAllString(s, -1) {
		if v == "%%" {
			continue
		}
		verb := v[len(v)-1:]
		if verb == "q" {
			verb = "s" // “%s” in one language may be %q in another
		}
		out = append(out, verb)
	}
	slices.Sort(out)
	return out
}

// TestKeysInCodeExist reads every Go file of the program and checks that
// each message key written as a literal in a call of T or N is in the
// catalogue: a misspelt key would otherwise show as itself on screen. It
// reads every file of each package that uses the catalogue, since a
// package may reach the printer through a type of its own (report's words).
func TestKeysInCodeExist(t *testing.T) {
	fset, files, users := parseProgram(t)
	checked := map[string]int{}
	for dir := range users {
		for _, f := range files[dir] {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "T" && sel.Sel.Name != "N" {
					return true
				}
				lit, ok := call.Args[0].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				key, _ := strconv.Unquote(lit.Value)
				checked[filepath.Base(dir)]++
				if sel.Sel.Name == "T" {
					_, ok = catalogs[EN].text[Key(key)]
				} else {
					_, ok = catalogs[EN].count[Key(key)]
				}
				if !ok {
					t.Errorf("%s: key %q is not in the catalogue (%s)", fset.Position(lit.Pos()), key, sel.Sel.Name)
				}
				return true
			})
		}
	}
	for _, pkg := range []string{"tui", "report", "diff", "export", "output", "summary"} {
		if checked[pkg] == 0 {
			t.Errorf("no message keys found in package %s: the scan is broken", pkg)
		}
	}
}

// parseProgram parses every Go file of the program that is not a test,
// by folder, and says which folders use the catalogue.
func parseProgram(t *testing.T) (*token.FileSet, map[string][]*ast.File, map[string]bool) {
	t.Helper()
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	files := map[string][]*ast.File{} // by folder
	users := map[string]bool{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		dir := filepath.Dir(path)
		files[dir] = append(files[dir], f)
		if usesCatalog(f) {
			users[dir] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fset, files, users
}

// TestEveryKeyIsUsed fails when a message or counted phrase of the
// catalogue is not used by the program: a key is used when the code writes
// it as a string, or builds it from a prefix written as a string
// (Key("tag." + tag)). A message that nothing says is a translation that
// nobody reviews, and a sign that two places word the same thing twice.
func TestEveryKeyIsUsed(t *testing.T) {
	fset, files, users := parseProgram(t)
	literals := map[string]bool{}
	var prefixes []string
	for dir := range users {
		for _, f := range files[dir] {
			if strings.HasPrefix(filepath.Base(fset.Position(f.Package).Filename), "catalog") {
				continue
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BinaryExpr:
					if lit, ok := n.X.(*ast.BasicLit); ok && n.Op == token.ADD && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						prefixes = append(prefixes, s)
					}
				case *ast.BasicLit:
					if n.Kind == token.STRING {
						s, _ := strconv.Unquote(n.Value)
						literals[s] = true
					}
				}
				return true
			})
		}
	}
	used := func(k Key) bool {
		if literals[string(k)] {
			return true
		}
		for _, p := range prefixes {
			if strings.HasSuffix(p, ".") && strings.HasPrefix(string(k), p) {
				return true
			}
		}
		return false
	}
	for k := range catalogs[EN].text {
		if !used(k) {
			t.Errorf("message %q is in the catalogue but the program never says it", k)
		}
	}
	for k := range catalogs[EN].count {
		if !used(k) {
			t.Errorf("counted phrase %q is in the catalogue but the program never says it", k)
		}
	}
}

// usesCatalog reports whether a file is in this package or imports it,
// or imports the summary, whose Printer a renderer may write with.
func usesCatalog(f *ast.File) bool {
	if f.Name.Name == "l10n" {
		return true
	}
	for _, imp := range f.Imports {
		if strings.HasSuffix(imp.Path.Value, `/internal/l10n"`) || strings.HasSuffix(imp.Path.Value, `/internal/summary"`) {
			return true
		}
	}
	return false
}

// TestSwedishOneWordForEachThing: the Swedish catalogue calls a thing by
// one name everywhere (docs/glossary-sv.md and the majority of the
// catalogue): the owner of an action is "ansvarig" on the screen, in the
// report and the plan, never "ägare"; the key is "tabb", as the help bar
// names it, never "tab".
func TestSwedishOneWordForEachThing(t *testing.T) {
	banned := []struct {
		word *regexp.Regexp
		use  string
	}{
		{regexp.MustCompile(`(?i)(^|[^\pL])ägar(e|en|na)?([^\pL]|$)`), "ansvarig"},
		{regexp.MustCompile(`(?i)(^|[^\pL+])tab([^\pL]|$)`), "tabb"},
	}
	c := catalogs[SV]
	check := func(k Key, s string) {
		for _, b := range banned {
			if b.word.MatchString(s) {
				t.Errorf("sv %q: %q; the catalogue says %q", k, s, b.use)
			}
		}
	}
	for k, s := range c.text {
		check(k, s)
	}
	for k, f := range c.count {
		check(k, f.One)
		check(k, f.Other)
	}
}

// TestMustHaveNotCritical: what the program says speaks of must-have
// duties (sv "obligatoriska krav"), never of "critical" gaps
// (docs/scoring.md); the JSON field names, which keep the word, are not
// here.
func TestMustHaveNotCritical(t *testing.T) {
	for _, c := range catalogs {
		check := func(k Key, s string) {
			if l := strings.ToLower(s); strings.Contains(l, "critical") || strings.Contains(l, "kritisk") {
				t.Errorf("%s %q: %q says critical, not must-have", c.lang, k, s)
			}
		}
		for k, s := range c.text {
			check(k, s)
		}
		for k, f := range c.count {
			check(k, f.One)
			check(k, f.Other)
		}
	}
}
