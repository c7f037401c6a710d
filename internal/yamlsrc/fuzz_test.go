package yamlsrc_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// placed is one problem line: the file, line:col when the place is known,
// then a message.
var placed = regexp.MustCompile(`^f\.yaml(?::([1-9][0-9]*):[1-9][0-9]*)?: \S`)

// FuzzLoad feeds arbitrary bytes to Load and walks whatever it returns with
// a Walker. Nothing may panic; every problem is one line with its place,
// inside the file; a refused file has a problem, an accepted one a mapping.
// The seeds are every questionnaire and answers fixture (the hostile corpus
// of testdata/questionnaires/invalid among them) and the cases below.
func FuzzLoad(f *testing.F) {
	for _, glob := range []string{"../../testdata/questionnaires/*/*.yaml", "../../testdata/answers/*.yaml", "../answers/testdata/*.yaml"} {
		files, _ := filepath.Glob(glob)
		for _, p := range files {
			if data, err := os.ReadFile(p); err == nil {
				f.Add(data)
			}
		}
	}
	for _, s := range []string{"", "a: b", "- a", "a: &a {b: *a}", "a: [b?, c]", "%YAML 1.2\n---\na: b\n", "a: b\n---\nc: d",
		"\xFF\xFEa\x00", "a:\n\tb: c", "a: !!binary aGk=", "<<: {a: b}", "a: 1e400", "a: b\u2028c: d", "? [a]\n: b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		errs := &yamlsrc.ErrorList{Path: "f.yaml"}
		top := yamlsrc.Load(data, errs)
		if top == nil && len(errs.Problems) == 0 {
			t.Fatal("refused without a problem")
		}
		if top != nil {
			if top.Kind != yaml.MappingNode {
				t.Fatalf("top node of kind %v", top.Kind)
			}
			w := yamlsrc.NewWalker(errs)
			walkAll(w, top, 0)
		}
		lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
		check(t, errs, lines)
	})
}

// walkAll reads every node as a walker's caller would, stopping when the
// walker says so.
func walkAll(w *yamlsrc.Walker, n *yaml.Node, depth int) {
	if w.Stopped || depth > 100 {
		return
	}
	switch w.Resolve(n).Kind {
	case yaml.MappingNode:
		if f, ok := w.Mapping(n, "m"); ok {
			w.Known(f, "m", []string{"id", "text", "type"}, []string{"id"})
			for _, k := range f.Order {
				walkAll(w, f.Val[k], depth+1)
			}
		}
	case yaml.SequenceNode:
		items, _ := w.Seq(n, "s")
		for _, it := range items {
			walkAll(w, it, depth+1)
		}
	default:
		w.Str(n, "v")
		w.Num(n, "v")
		w.Bool(n, "v")
	}
}

func check(t *testing.T, errs *yamlsrc.ErrorList, lines int) {
	t.Helper()
	if errs.Err() == nil {
		return
	}
	for _, line := range strings.Split(errs.Error(), "\n") {
		m := placed.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("problem line without place: %q", line)
		}
	}
	for _, p := range errs.Problems {
		if p.Line > lines || p.Line < 0 || p.Line > 0 && p.Col < 1 {
			t.Fatalf("problem at %d:%d outside a file of %d lines: %s", p.Line, p.Col, lines, p.Msg)
		}
	}
}
