package yamlsrc_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
)

// walk loads data and hands the walker and the top node to read; it
// returns the problems as the user sees them and what read returned.
func walk(t *testing.T, data string, read func(w *yamlsrc.Walker, f *yamlsrc.Fields) any) (string, any) {
	t.Helper()
	errs := &yamlsrc.ErrorList{Path: "f.yaml"}
	top := yamlsrc.Load([]byte(data), errs)
	if top == nil {
		t.Fatalf("Load refused: %v", errs)
	}
	w := yamlsrc.NewWalker(errs)
	f, ok := w.Mapping(top, "the file")
	var got any
	if ok {
		got = read(w, f)
	}
	if errs.Err() == nil {
		return "", got
	}
	return errs.Error(), got
}

// TestWalkerScalars reads each kind of value from a field and checks the
// value, or the problem at the value's place.
func TestWalkerScalars(t *testing.T) {
	str := func(w *yamlsrc.Walker, f *yamlsrc.Fields) any { v, _ := w.Str(f.Val["v"], "v"); return v }
	num := func(w *yamlsrc.Walker, f *yamlsrc.Fields) any { v, _ := w.Num(f.Val["v"], "v"); return v }
	boo := func(w *yamlsrc.Walker, f *yamlsrc.Fields) any { v, _ := w.Bool(f.Val["v"], "v"); return v }
	seq := func(w *yamlsrc.Walker, f *yamlsrc.Fields) any { v, _ := w.Seq(f.Val["v"], "v"); return len(v) }
	for _, tc := range []struct {
		name, in string
		read     func(*yamlsrc.Walker, *yamlsrc.Fields) any
		want     any
		problem  string
	}{
		{"text", "v: hello\n", str, "hello", ""},
		{"yes as text", "v: yes\n", str, "yes", ""},
		{"date as text", "v: 2026-01-01\n", str, "2026-01-01", ""},
		{"number as text", "v: 1.0\n", str, "1.0", ""},
		{"null text", "v:\n", str, "", "f.yaml:1:3: v: expected text, got nothing"},
		{"list as text", "v: [a]\n", str, "", "f.yaml:1:4: v: expected text, got a list"},
		{"int", "v: 42\n", num, 42.0, ""},
		{"float", "v: 0.25\n", num, 0.25, ""},
		{"hex", "v: 0x10\n", num, 16.0, ""},
		{"quoted number", "v: \"42\"\n", num, 0.0, "f.yaml:1:4: v: expected a number, got the text \"42\""},
		{"infinite", "v: .inf\n", num, 0.0, "f.yaml:1:4: v: \".inf\" is not a finite number"},
		{"not a number", "v: .nan\n", num, 0.0, "f.yaml:1:4: v: \".nan\" is not a finite number"},
		{"out of range", "v: 1e400\n", num, 0.0, "f.yaml:1:4: v: \"1e400\" is out of range for a number"},
		{"true", "v: true\n", boo, true, ""},
		{"False", "v: False\n", boo, false, ""},
		{"yes is not a bool", "v: yes\n", boo, false, "f.yaml:1:4: v: expected true or false, got the text \"yes\""},
		{"list", "v: [a, b, c]\n", seq, 3, ""},
		{"mapping as list", "v: {a: b}\n", seq, 0, "f.yaml:1:4: v: expected a list, got a mapping"},
		{"alias", "a: &x [1, 2]\nv: *x\n", seq, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			problem, got := walk(t, tc.in, tc.read)
			if problem != tc.problem {
				t.Errorf("problem\n%s\nwant\n%s", problem, tc.problem)
			}
			if got != tc.want {
				t.Errorf("got %#v, want %#v", got, tc.want)
			}
		})
	}
}

// TestWalkerMapping checks what Mapping and Known report about the fields
// of a mapping, each at the place an author would fix it.
func TestWalkerMapping(t *testing.T) {
	known, required := []string{"weight", "text", "type"}, []string{"text", "type"}
	for _, tc := range []struct{ name, in, want, order string }{
		{"all good", "text: T\ntype: yesno\n", "", "text type"},
		{"typo explains the missing field", "text: T\ntpye: yesno\n",
			`f.yaml:2:1: unknown field "tpye" in the file; did you mean "type"?`, "text tpye"},
		{"unknown and missing", "text: T\ncolour: red\n",
			"f.yaml:1:1: the file: missing required field \"type\"\n" +
				`f.yaml:2:1: unknown field "colour" in the file; known fields: weight, text, type`, "text colour"},
		{"twice", "text: T\ntype: a\ntype: b\n",
			`f.yaml:3:1: the file: field "type" given twice (first at line 2)`, "text type"},
		{"merge key", "base: &b {text: T}\n<<: *b\ntype: yesno\n",
			"f.yaml:1:1: unknown field \"base\" in the file; known fields: weight, text, type\n" +
				"f.yaml:1:1: the file: missing required field \"text\"\n" +
				"f.yaml:2:1: the file: merge keys (<<) are not supported; write the fields out", "base type"},
		{"list as a key", "? [a, b]\n: c\ntext: T\ntype: yesno\n",
			"f.yaml:1:3: the file: a field name must be plain text, got a list", "text type"},
		{"alias as a key", "a: &k wieght\n*k : 1\ntext: T\ntype: yesno\n",
			"f.yaml:1:1: unknown field \"a\" in the file; known fields: weight, text, type\n" +
				`f.yaml:2:1: unknown field "wieght" in the file; did you mean "weight"?`, "a wieght text type"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, order := walk(t, tc.in, func(w *yamlsrc.Walker, f *yamlsrc.Fields) any {
				w.Known(f, "the file", known, required)
				return strings.Join(f.Order, " ")
			})
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if order != tc.order {
				t.Errorf("order %q, want %q", order, tc.order)
			}
		})
	}
}

// TestWalkerAliasBudget stops a walk whose aliases, read one by one,
// expand past the budget, though Load let each of them through; and
// reads a large file without aliases to the end.
func TestWalkerAliasBudget(t *testing.T) {
	var b strings.Builder
	b.WriteString("a: &a [" + strings.Repeat("x, ", 999) + "x]\nv: [")
	for i := 0; i < 300; i++ {
		b.WriteString("*a, ")
	}
	b.WriteString("*a]\n")
	// Load counts every alias too, so this file must stay under its
	// budget for the walker's to be what stops it.
	errs := &yamlsrc.ErrorList{Path: "f.yaml"}
	if top := yamlsrc.Load([]byte(b.String()), errs); top != nil {
		t.Fatalf("Load accepted %d nodes of aliases", 301*1001)
	}
	small := "a: &a [" + strings.Repeat("x, ", 99) + "x]\nv: [" + strings.Repeat("*a, ", 150) + "*a]\n"
	problem, read := walk(t, small, func(w *yamlsrc.Walker, f *yamlsrc.Fields) any {
		items, _ := w.Seq(f.Val["v"], "v")
		n := 0
		for _, it := range items {
			for range 20 { // read each alias many times, as checks do
				w.Resolve(it)
			}
			n++
			if w.Stopped {
				break
			}
		}
		return n
	})
	// The problem is placed at the anchor whose expansion passed the
	// budget.
	if want := "f.yaml:1:4: aliases expand past a sane size (more than 200000 nodes)"; problem != want {
		t.Errorf("got %q, want %q", problem, want)
	}
	if n := read.(int); n >= 151 {
		t.Errorf("read all %d aliases; the walk should stop at the budget", n)
	}
	var large strings.Builder
	for i := 0; large.Len() < 900_000; i++ {
		fmt.Fprintf(&large, "k%d: [a, b, c, d, e, f, g, h]\n", i)
	}
	problem, _ = walk(t, large.String(), func(w *yamlsrc.Walker, f *yamlsrc.Fields) any {
		for _, k := range f.Order {
			items, _ := w.Seq(f.Val[k], k)
			for _, it := range items {
				w.Str(it, k)
			}
		}
		return w.Stopped
	})
	if problem != "" {
		t.Errorf("a large file without aliases refused: %.200s", problem)
	}
}
