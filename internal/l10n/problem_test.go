package l10n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// problemPackages add the problems of the files dutycheck reads (answers,
// measure maps, signoffs, the evidence re-hashed, questionnaires, and the
// YAML they share); their formats must all be said in Swedish.
var problemPackages = []string{"../yamlsrc", "../answers", "../measure", "../signoff", "../evidence", "../questionnaire", "../cli"}

// formatArg are the functions whose argument at that index is a problem's
// format wherever they are called: measure's export problems
// (measure.FileErrorf is called by the command line too, and through
// mapErr when it checks a map's roles; fileErrAt is fileErr with a
// column) and the reasons inside them.
var formatArg = map[string]int{"fileErr": 2, "fileErrAt": 3, "FileErrorf": 2, "problemf": 0, "mapErr": 0, "warningAt": 1, "Reasonf": 0}

// callName is the name of the function a call calls, without its package.
func callName(call *ast.CallExpr) string {
	switch f := call.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		return f.Sel.Name
	}
	return ""
}

// problemFormats finds the literal formats of the problems these packages
// add: calls of Errorf or Add (a Walker's, an ErrorList's) whose second
// argument is a string literal, fmt.Errorf aside.
func problemFormats(t *testing.T) map[string]string {
	t.Helper()
	found := map[string]string{}
	for _, dir := range problemPackages {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no Go files (%v)", dir, err)
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
			add := func(lit *ast.BasicLit) {
				format, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatal(err)
				}
				found[format] = fset.Position(lit.Pos()).String()
			}
			ast.Inspect(f, func(n ast.Node) bool {
				// yamlsrc's bad bytes are a format and its arguments,
				// badByte{format, args}, added later
				if cl, ok := n.(*ast.CompositeLit); ok && len(cl.Elts) > 0 {
					if id, ok := cl.Type.(*ast.Ident); ok && id.Name == "badByte" {
						e := cl.Elts[0]
						if kv, ok := e.(*ast.KeyValueExpr); ok {
							e = kv.Value
						}
						if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
							add(lit)
						}
					}
				}
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				// measure's export problems: fileErr(path, line, format…),
				// FileErrorf too, and the reasons inside them, problemf(format…)
				if at, ok := formatArg[callName(call)]; ok && len(call.Args) > at {
					if lit, ok := call.Args[at].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						add(lit)
					}
					return true
				}
				if len(call.Args) < 2 || dir == "../cli" {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Errorf" && sel.Sel.Name != "Add" {
					// evidence's checker says its problems through bad
					if id, isBad := call.Fun.(*ast.Ident); isBad && id.Name == "bad" {
						if lit, ok := call.Args[1].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							add(lit)
						}
					}
					return true
				}
				if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "fmt" {
					return true
				}
				lit, ok := call.Args[1].(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				add(lit)
				return true
			})
		}
	}
	// the scan itself must find what it is for
	for _, want := range []string{"%s: missing required field %q", "%s: give a value or na: true, not both", "a preset cannot name another preset", "format: %q is not %s", "file is empty", "tab in indentation: YAML indents with spaces", "column %q: empty; every case needs an id", "the year is outside 1900–2199", "the row does not read as CSV", "there is no socket at that path"} {
		if _, ok := found[want]; !ok {
			t.Fatalf("the scan missed %q: it finds no problems", want)
		}
	}
	return found
}

// hasWords reports whether a format says anything but its verbs.
func hasWords(format string) bool {
	in := false
	for _, r := range format {
		switch {
		case r == '%':
			in = true
		case in && unicode.IsLetter(r):
			in = false // the verb's letter
		case !in && unicode.IsLetter(r):
			return true
		}
	}
	return false
}

func TestEveryProblemIsSwedish(t *testing.T) {
	sv := ProblemFormats(SV)
	for format, at := range problemFormats(t) {
		if _, ok := sv[format]; !ok && hasWords(format) {
			t.Errorf("%s: problem %q has no Swedish (catalog_problems_sv.go)", at, format)
		}
	}
}

func TestNoUnusedSwedishProblem(t *testing.T) {
	found := problemFormats(t)
	for format := range ProblemFormats(SV) {
		if _, ok := found[format]; !ok {
			t.Errorf("Swedish problem %q: no package adds this format any more", format)
		}
	}
}

func TestSwedishProblemsKeepTheirVerbs(t *testing.T) {
	for en, sv := range ProblemFormats(SV) {
		if Verbs(en) != Verbs(sv) {
			t.Errorf("%q has verbs %q, its Swedish %q has %q", en, Verbs(en), sv, Verbs(sv))
		}
		if strings.Contains(sv, "%!") {
			t.Errorf("%q: %q", en, sv)
		}
	}
}

func TestVerbs(t *testing.T) {
	for _, c := range []struct{ format, want string }{
		{"plain", ""},
		{"%s: %q is %d%%", "sqd"},
		{"%[2]s before %[1]q", "qs"},
		{"%-8s|%6.2f|%U", "sfU"},
		{"100%% of %v", "v"},
	} {
		if got := Verbs(c.format); got != c.want {
			t.Errorf("Verbs(%q) = %q, want %q", c.format, got, c.want)
		}
	}
}

func TestProblem(t *testing.T) {
	for _, c := range []struct {
		lang   Lang
		format string
		args   []any
		want   string
	}{
		{EN, "%s: expected text, got %s", []any{`answer to "q1" note`, "a list"}, `answer to "q1" note: expected text, got a list`},
		{SV, "%s: expected text, got %s", []any{`answer to "q1" note`, "a list"}, `svaret på "q1" note: här ska stå text, men här står en lista`},
		{SV, "%s: expected text, got %s", []any{"sign-off 2: name", `the text "x"`}, `godkännande 2: name: här ska stå text, men här står texten "x"`},
		// a quoted argument is the file's text, never translated
		{SV, "unknown field %q in %s; did you mean %q?", []any{"answer ", "the answers file", "answers"}, `okänt fält "answer " i svarsfilen; menade du "answers"?`},
		{SV, "a format nobody translated: %s", []any{"a list"}, "a format nobody translated: en lista"},
		{Lang("de"), "file is empty", nil, "file is empty"},
		// a questionnaire's places nest; ids in quotes stay
		{SV, "%s: the options list is empty", []any{`question 2 of section "of band" option 1`}, `fråga 2 i avsnitt "of band" alternativ 1: listan options är tom`},
		{SV, "%s: min is greater than max", []any{"rating band 3"}, "betygsintervall 3: min är större än max"},
		{SV, "%s: the options list is empty", []any{`option set "a \\" b" option 2`}, `alternativuppsättning "a \\" b" alternativ 2: listan options är tom`},
		// a message inside the problem (a sign-off field's) is said too
		{SV, "%s: %s: %v", []any{"sign-off 1", "date", nested{"%q is not a date YYYY-MM-DD", []any{"x"}}}, `godkännande 1: date: "x" är inget datum ÅÅÅÅ-MM-DD`},
	} {
		if got := Problem(c.lang, c.format, c.args); got != c.want {
			t.Errorf("Problem(%s, %q) = %q, want %q", c.lang, c.format, got, c.want)
		}
	}
}

// nested is a message that is an argument of a problem, as
// yamlsrc.Message is.
type nested struct {
	format string
	args   []any
}

func (n nested) ProblemFormat() (string, []any) { return n.format, n.args }

func TestProblemPrefixesAreNotAmbiguous(t *testing.T) {
	// a longer prefix must win over a shorter one it starts with
	keys := make([]string, 0, len(swedishProblemPrefixes))
	for k := range swedishProblemPrefixes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if got := problemCatalogs[SV].phrase(`answer to "q"`); got != `svaret på "q"` {
		t.Errorf("phrase = %q (prefixes %q)", got, keys)
	}
}
