package cli_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestREADME runs the README's examples as written: every fenced block
// whose info string is "sh test", in order, in one empty folder, each
// with bash -e -o pipefail, so that a failing command or a broken pipe
// (dutycheck | jq) fails the test. The blocks go into a testscript whose
// PATH has dutycheck built from this test binary.
func TestREADME(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := fencedBlocks(string(readme), "sh test")
	if len(blocks) < 5 {
		t.Fatalf("found %d blocks marked sh test in README.md; the extraction is broken", len(blocks))
	}
	var script bytes.Buffer
	script.WriteString("[!exec:bash] skip 'the README examples need bash'\n[!exec:jq] skip 'the README examples need jq'\n")
	// The sign-off examples make a key and check signatures with
	// ssh-keygen; CI installs it, so there a missing one fails.
	if _, err := exec.LookPath("ssh-keygen"); err != nil && os.Getenv("CI") != "true" {
		script.WriteString("skip 'the README examples need ssh-keygen'\n")
	}
	for i := range blocks {
		fmt.Fprintf(&script, "exec bash -e -o pipefail block%d.sh\n", i+1)
	}
	// The walk-through started --from the first assessment confirms the
	// answers carried over with empty lines, as the README says: only
	// questions unanswered (or not applying) then get new answers. A
	// questionnaire change once made its input change the turnover and
	// declare the service a very large platform without a failing test.
	script.WriteString("exec dutycheck diff --format json assessment.yaml q1-2027.yaml\n" +
		"! stdout '\"before\": \\{\\n *\"status\": \"answered\"'\n" +
		"stdout '\"question\": \"accountable-person\"'\n")
	for i, b := range blocks {
		fmt.Fprintf(&script, "-- block%d.sh --\n%s", i+1, b)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "readme.txtar"), script.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: dir,
		Setup: func(env *testscript.Env) error {
			env.Setenv("NO_COLOR", "1")
			env.Setenv("SOURCE_DATE_EPOCH", "1764547200")
			return nil
		},
	})
}

// fencedBlocks returns the bodies of the fenced code blocks of a Markdown
// text whose info string is info.
func fencedBlocks(md, info string) []string {
	var out []string
	var cur *strings.Builder
	for _, line := range strings.SplitAfter(md, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case cur == nil && trimmed == "```"+info:
			cur = &strings.Builder{}
		case cur != nil && trimmed == "```":
			out = append(out, cur.String())
			cur = nil
		case cur != nil:
			cur.WriteString(line)
		}
	}
	return out
}
