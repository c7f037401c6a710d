package yamlsrc_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/yamlsrc"
	"gopkg.in/yaml.v3"
)

// load runs Load on data as file f.yaml and returns the top node and the
// problems as the user sees them.
func load(data string) (*yaml.Node, string) {
	errs := &yamlsrc.ErrorList{Path: "f.yaml"}
	top := yamlsrc.Load([]byte(data), errs)
	if errs.Err() == nil {
		return top, ""
	}
	return top, errs.Error()
}

// TestLoadRefuses checks each hostile case every input shares: the file is
// refused with one problem at the place a reader would look.
func TestLoadRefuses(t *testing.T) {
	bomb := "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
	for i := 1; i <= 6; i++ {
		bomb += fmt.Sprintf("a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	for _, tc := range []struct{ name, in, want string }{
		{"empty", "", "f.yaml:1:1: file is empty"},
		{"blank", " \n\n  \n", "f.yaml:1:1: file is empty"},
		{"bom only", "\uFEFF\n", "f.yaml:1:1: file is empty"},
		{"comments only", "# nothing\n# here\n", "f.yaml:1:1: file holds no YAML content, only comments"},
		{"utf-16 bom", "\xFF\xFEa\x00:\x00", "f.yaml: file is UTF-16 text; save it as UTF-8"},
		{"utf-16 without bom", "\x00a\x00:\x00 \x00b\x00\n\x00c\x00:\x00 \x00d", "f.yaml: file is UTF-16 text; save it as UTF-8"},
		{"utf-32 bom", "\xFF\xFE\x00\x00a\x00\x00\x00", "f.yaml: file is UTF-32 text; save it as UTF-8"},
		{"latin-1", "a: b\ntitle: Fr\xe5ga\n", "f.yaml:2:10: file is not UTF-8 text (invalid byte 0xe5)"},
		{"nul", "a: b\nc: d\x00\x01\n", "f.yaml:2:5: file is binary (NUL byte), not YAML text"},
		{"tab indent", "a:\n\tb: c\n", "f.yaml:2:1: tab in indentation: YAML indents with spaces"},
		{"tab after spaces", "a:\n  \tb: c\n", "f.yaml:2:3: tab in indentation: YAML indents with spaces"},
		{"escape", "title: \"\x1b[31mred\"\n", "f.yaml:1:9: control character U+001B in file"},
		{"delete", "a: b\x7f\n", "f.yaml:1:5: control character U+007F in file"},
		{"c1", "a: \u009b\n", "f.yaml:1:4: control character U+009B in file"},
		{"syntax", "a: [b, c\nd: e\n", "f.yaml:1:1: YAML syntax: did not find expected ',' or ']'"},
		{"syntax after cr", "a: b\rc: \"d\r", "f.yaml:2:1: YAML syntax: found unexpected end of stream"},
		{"yaml 2", "%YAML 2.0\n---\na: b\n", "f.yaml:1:1: YAML syntax: this %YAML version is not supported; write %YAML 1.2 or leave the line out"},
		{"long key", "a: b\n" + strings.Repeat("k", 1100) + ": v\n", "f.yaml:2:1: YAML syntax: could not find expected ':' (YAML reads no field name longer than 1024 characters)"},
		{"two documents", "a: b\n---\nc: d\n", "f.yaml:2:1: a second YAML document: a file holds one document only"},
		{"list", "- a\n- b\n", "f.yaml:1:1: expected a mapping of fields at the top of the file, got a list"},
		{"text", "just text\n", "f.yaml:1:1: expected a mapping of fields at the top of the file, got the text \"just text\""},
		{"number", "42\n", "f.yaml:1:1: expected a mapping of fields at the top of the file, got a number"},
		{"anchor loop", "a: &a {b: *a}\n", "f.yaml:1:11: alias *a refers to a node that contains it, a loop without end"},
		{"alias bomb", bomb, "f.yaml:6:10: aliases expand past a sane size (more than 200000 nodes)"},
		{"tags", "a: !!binary aGVsbG8=\nb: !include other.yaml\nc: !!str 1\n", "f.yaml:1:4: binary data (!!binary) is not supported; write plain text\nf.yaml:2:4: YAML tag !include is not supported; remove it"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			top, got := load(tc.in)
			if got != tc.want {
				t.Errorf("got\n%s\nwant\n%s", got, tc.want)
			}
			if strings.HasPrefix(tc.name, "tags") != (top != nil) {
				t.Errorf("top node %v: only a file with bad tags is read on", top)
			}
		})
	}
}

// TestLoadTooLarge refuses a file over MaxFileSize before parsing it.
func TestLoadTooLarge(t *testing.T) {
	data := append([]byte("format: dutycheck/v1\ndescription: \""), bytes.Repeat([]byte("x"), yamlsrc.MaxFileSize)...)
	data = append(data, "\"\n"...)
	_, got := load(string(data))
	if want := fmt.Sprintf("f.yaml: file is %d bytes; the limit is 1 MiB", len(data)); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if _, got := load("a: \"" + strings.Repeat("x", yamlsrc.MaxFileSize-6) + "\"\n"); got != "" {
		t.Fatalf("a file of exactly MaxFileSize bytes refused: %.200s", got)
	}
}

// TestLoadYAML12 reads what YAML 1.2 allows and yaml.v3 would misread:
// a '?' inside a word in flow collections, Unicode line separators kept as
// text without shifting line numbers, and a %YAML 1.2 directive.
func TestLoadYAML12(t *testing.T) {
	for _, tc := range []struct{ name, in, key, want string }{
		{"question mark", "q: {sv: Har ni en rutin?, en: Do you?}\n", "q", "{sv: Har ni en rutin?, en: Do you?}"},
		{"url", "r: [https://example.org/page?id=3]\n", "r", "[https://example.org/page?id=3]"},
		{"directive", "%YAML 1.2\n---\na: b\n", "a", "b"},
		{"bom", "\uFEFFa: b\n", "a", "b"},
		{"line separator", "a: one\u2028two\nb: c\n", "a", "one\u2028two"},
		{"next line", "a: one\u0085two\u2029three\n", "a", "one\u0085two\u2029three"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			top, problems := load(tc.in)
			if problems != "" || top == nil {
				t.Fatalf("refused: %s", problems)
			}
			if got := flat(value(top, tc.key)); got != tc.want {
				t.Errorf("%s = %s, want %s", tc.key, got, tc.want)
			}
		})
	}
	// A line separator is not a line break: what follows keeps its line.
	top, _ := load("a: \"x\u2028y\"\nb: [1, \u2029 2]\nc: d\n")
	if n := value(top, "c"); n == nil || n.Line != 3 || n.Column != 4 {
		t.Errorf("c at %v, want 3:4", n)
	}
	// A syntax error message quotes the text as written, not as masked.
	if _, got := load("a: {b: c?, d\n"); strings.ContainsRune(got, 0xE000) {
		t.Errorf("masked character in %q", got)
	}
}

// TestLoadLargeSyntaxError finds a syntax error at the end of a file near
// the size limit at its line, in far less time than a parse per line.
func TestLoadLargeSyntaxError(t *testing.T) {
	var b strings.Builder
	lines := 0
	for b.Len() < 900_000 {
		fmt.Fprintf(&b, "k%d: {a: Fråga %d?, b: [1, 2, 3]}\n", lines, lines)
		lines++
	}
	b.WriteString("last: \"unclosed\n")
	start := time.Now()
	_, got := load(b.String())
	if want := fmt.Sprintf("f.yaml:%d:1: YAML syntax: found unexpected end of stream", lines+1); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}

// value finds the value of key in a mapping node.
func value(m *yaml.Node, key string) *yaml.Node {
	for i := 0; m != nil && i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

// flat writes a node back as flow YAML, keeping scalars as they are.
func flat(n *yaml.Node) string {
	if n == nil {
		return "<nil>"
	}
	var parts []string
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			parts = append(parts, n.Content[i].Value+": "+flat(n.Content[i+1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	case yaml.SequenceNode:
		for _, c := range n.Content {
			parts = append(parts, flat(c))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return n.Value
}

// TestLoadLimit reads a file over 1 MiB under a questionnaire's limit,
// many small nodes included (a large questionnaire is not an alias bomb),
// and refuses one past the limit with the limit named.
func TestLoadLimit(t *testing.T) {
	var b strings.Builder
	b.WriteString("items:\n")
	for i := 0; b.Len() < 3<<20; i++ {
		fmt.Fprintf(&b, "  - {id: q%d, t: [a, b]}\n", i)
	}
	data := []byte(b.String())
	errs := &yamlsrc.ErrorList{Path: "f.yaml"}
	if top := yamlsrc.LoadLimit(data, yamlsrc.MaxQuestionnaireSize, errs); top == nil {
		t.Fatalf("a 3 MiB file of %d bytes refused: %v", len(data), errs.Err())
	}
	if top := yamlsrc.Load(data, &yamlsrc.ErrorList{}); top != nil {
		t.Fatal("a 3 MiB file read under the 1 MiB limit")
	}
	big := append([]byte("a: \""), bytes.Repeat([]byte("x"), yamlsrc.MaxQuestionnaireSize)...)
	errs = &yamlsrc.ErrorList{Path: "f.yaml"}
	if top := yamlsrc.LoadLimit(big, yamlsrc.MaxQuestionnaireSize, errs); top != nil {
		t.Fatal("a file over the questionnaire limit read")
	}
	if want := fmt.Sprintf("f.yaml: file is %d bytes; the limit is 8 MiB", len(big)); errs.Err().Error() != want {
		t.Fatalf("got %q, want %q", errs.Err(), want)
	}
}
