package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestJSONOneWay runs every command that prints JSON on the same hostile
// data and checks that all write it the one way (jsonout): the same value
// is the same bytes in each (no HTML escaping anywhere), with a two-space
// indent and a final newline.
func TestJSONOneWay(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(repoRoot, sampleA))
	if err != nil {
		t.Fatal(err)
	}
	const org = `R&D <Ops> > "Team" \ ☃`
	data = bytes.Replace(data, []byte("organization: Exempel AB – Malmö"), []byte(`organization: 'R&D <Ops> > "Team" \ ☃'`), 1)
	apath := filepath.Join(t.TempDir(), "hostile.yaml")
	if err := os.WriteFile(apath, data, 0o600); err != nil {
		t.Fatal(err)
	}
	qpath := filepath.Join(repoRoot, sampleQ)
	want, _ := json.Marshal(org) // encoding/json's default escapes & < >
	literal := `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(org) + `"`
	if string(want) == literal {
		t.Fatal("the test data has nothing HTML escaping would change")
	}
	for _, args := range [][]string{
		{"score", "--format", "json", "-q", qpath, "-a", apath},
		{"export", "--format", "json", "-q", qpath, "-a", apath},
		{"export", "--format", "oscal", "-q", qpath, "-a", apath},
		{"diff", "--format", "json", "-q", qpath, apath, apath},
		{"schema", "", ""},
	} {
		t.Run(args[0]+"-"+args[2], func(t *testing.T) {
			if args[0] == "schema" {
				args = args[:1]
			}
			code, out, errs := run(t, nil, args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if args[0] != "schema" && !strings.Contains(out, literal) {
				t.Errorf("the organization is not written as %s", literal)
			}
			for _, esc := range []string{`\u0026`, `\u003c`, `\u003e`} {
				if strings.Contains(out, esc) {
					t.Errorf("HTML escape %s in the output", esc)
				}
			}
			var compact, indented bytes.Buffer
			if err := json.Compact(&compact, []byte(out)); err != nil {
				t.Fatal(err)
			}
			if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
				t.Fatal(err)
			}
			if indented.String()+"\n" != out {
				t.Error("the layout is not a two-space indent with a final newline")
			}
		})
	}
}
