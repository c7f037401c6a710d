package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/inert"
)

// hostileQ is a questionnaire whose texts carry a C1 CSI, a bidi override,
// an Arabic letter mark, a zero width space, a line separator and a
// byte-order mark: what docs/walk-through.md says must never reach an output raw.
const hostileQ = `format: dutycheck/v1
id: hostile
version: 1.0.0
title: "Title\u009b2J\u202eevil\u061c\u200b\u2028\ufeff"
sections:
  - id: s
    title: "Section\u009b\u202e"
    questions:
      - id: q1
        text: "Do you\u009b2J\u202e hash?"
        type: yesno
        recommendation: "Fix\u009b\u202e it"
      - id: q2
        text: "Text\u2066x\u2069"
        type: text
`

const hostileA = `format: dutycheck-answers/v1
questionnaire: {id: hostile, version: 1.0.0}
organization: "Org\u202eBA\u009b"
date: 2026-11-26
answers:
  q1: {value: no, note: "note\u009b\u202e\u200b"}
  q2: {value: "free\u009b\u202etext"}
`

// runIn runs dutycheck in-process in dir with stdin.
func runIn(t *testing.T, dir, stdin string, args ...string) (int, string, string) {
	t.Helper()
	t.Chdir(dir)
	var out, errb bytes.Buffer
	e := &Env{
		Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC) },
	}
	code := Run(e, args)
	return code, out.String(), errb.String()
}

// rawUnsafe returns the first unsafe character s carries raw, or 0.
func rawUnsafe(s string) rune {
	for _, r := range s {
		if r != '\n' && r != '\t' && inert.Unsafe(r) {
			return r
		}
	}
	return 0
}

// TestEveryOutputInert: score (text and JSON), export (JSON, OSCAL, CSV,
// Markdown) and diff (text and JSON) of hostile texts carry no control,
// bidi or invisible character raw; the JSON still decodes to the original
// text.
func TestEveryOutputInert(t *testing.T) {
	dir := t.TempDir()
	hostileQ2 := strings.Replace(strings.Replace(hostileQ, "version: 1.0.0", "version: 1.1.0", 1), `Do you\u009b2J`, `Do you really\u009b2J`, 1)
	for name, data := range map[string]string{"q.yaml": hostileQ, "q2.yaml": hostileQ2, "a.yaml": hostileA, "b.yaml": hostileA} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cmds := [][]string{
		{"score", "-q", "q.yaml", "-a", "a.yaml"},
		{"score", "-q", "q.yaml", "-a", "a.yaml", "--format", "json"},
		{"export", "-q", "q.yaml", "-a", "a.yaml", "--format", "json"},
		{"export", "-q", "q.yaml", "-a", "a.yaml", "--format", "oscal"},
		{"export", "-q", "q.yaml", "-a", "a.yaml", "--format", "csv"},
		{"export", "-q", "q.yaml", "-a", "a.yaml", "--format", "markdown"},
		{"diff", "-q", "q.yaml", "a.yaml", "b.yaml"},
		{"diff", "-q", "q.yaml", "a.yaml", "b.yaml", "--format", "json"},
		{"changes", "q.yaml", "q2.yaml", "--format", "json"},
	}
	for _, args := range cmds {
		t.Run(strings.Join(args[:1], "")+" "+args[len(args)-1], func(t *testing.T) {
			code, out, errs := runIn(t, dir, "", args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			// A CSV file may start with a byte-order mark for
			// spreadsheets; nowhere else.
			if args[len(args)-1] == "csv" {
				out = strings.TrimPrefix(out, "\ufeff")
			}
			if r := rawUnsafe(out + errs); r != 0 {
				t.Fatalf("output carries %U raw:\n%q", r, out)
			}
			if strings.Contains(strings.Join(args, " "), "json") {
				var v any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Fatalf("JSON does not decode: %v", err)
				}
				if !strings.Contains(out, `\u202e`) {
					t.Errorf("the bidi override should be kept, escaped:\n%s", out)
				}
			}
		})
	}
}

// TestAccessibleEchoAndStoredNamesInert: piped input with an OSC 52
// clipboard write, a clear-screen and a bidi override is echoed inert, and
// the organization name and note are stored without them.
func TestAccessibleEchoAndStoredNamesInert(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "q.yaml"), []byte(hostileQ), 0o600); err != nil {
		t.Fatal(err)
	}
	in := "Evil\u202eBA \x1b]52;c;aGFjaw==\x07Corp\x1b[2J\n2\nfree\u009b\u202etext\n"
	code, out, errs := runIn(t, dir, in, "run", "-q", "q.yaml", "-a", "new.yaml")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errs, out)
	}
	if r := rawUnsafe(out); r != 0 {
		t.Fatalf("accessible mode echoed %U raw:\n%q", r, out)
	}
	saved, err := os.ReadFile(filepath.Join(dir, "new.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if r := rawUnsafe(string(saved)); r != 0 {
		t.Fatalf("stored %U:\n%s", r, saved)
	}
	for _, bad := range []string{`\u202E`, `\u202e`, `\e`, `\x1B`, `\x9B`} {
		if strings.Contains(string(saved), bad) {
			t.Fatalf("stored an escaped control %s:\n%s", bad, saved)
		}
	}
	if !strings.Contains(string(saved), "organization: EvilBA ]52;c;aGFjaw==Corp[2J") {
		t.Errorf("organization not stored as typed without controls:\n%s", saved)
	}
}

// TestErrorsInert: an error that quotes what it was given (here a file
// name carrying a clipboard write, a C1 CSI and a bidi override) reaches
// stderr inert.
func TestErrorsInert(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "q.yaml"), []byte(hostileQ), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runIn(t, dir, "", "score", "-q", "q.yaml", "-a", "x\x1b]52;c;aGk=\x07\u009b2J\u202e.yaml")
	if code == 0 {
		t.Fatalf("a missing file scored:\n%s", out)
	}
	if r := rawUnsafe(errs); r != 0 {
		t.Fatalf("stderr carries %U raw:\n%q", r, errs)
	}
}
