package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// english matches words of English sentences that Swedish output must
// not have: the words the program would say in English around the
// files' texts.
var english = regexp.MustCompile(`(?i)(^|[^\pL])(the|is|are|not|and|with|of|to|your|this|that|was|has|have|file|answers?|questions?|must-have|owner|overdue|due|score|wrote|saved|changes?|needs?|no such|unknown|flag|see|name|overall|completion|rating|capped|provisional|gaps?|estimates?|evidence|sections?|regimes?|applies|readiness|added|removed|renamed|changed|wording|below)([^\pL]|$)`)

// program matches the program's own names, which are the same in every
// language: commands ("dutycheck score --help", "score:" before a
// message), flags (--owner) and the fields of the questionnaire format
// (weight).
var program = regexp.MustCompile(`dutycheck( [a-z]+)*|--?[a-z][a-z-]*|^dutycheck: [a-z ]+:|\b(score|plan set|changes|diff|export|report|validate):|\bweight\b|\boverall\b`)

// TestSwedishHasNoEnglish runs every command that speaks to people, on
// ordinary data and with mistakes, with --lang sv, and fails on an
// English word of the program's own. The files' own texts (a reference's
// title, an owner's name) are taken out first: they are what the files
// say, not the program.
func TestSwedishHasNoEnglish(t *testing.T) {
	dir := t.TempDir()
	q := filepath.Join(repoRoot, "testdata", "plan", "q.yaml")
	a := filepath.Join(dir, "a.yaml")
	data, err := os.ReadFile(filepath.Join(repoRoot, "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(a, data, 0o600); err != nil {
		t.Fatal(err)
	}
	// A later assessment with a must-have met: a diff with changes.
	b := filepath.Join(dir, "b.yaml")
	if err := os.WriteFile(b, []byte(strings.Replace(string(data), `ncmec: {value: no, note: "Manual reports only"}`, "ncmec: {value: yes}", 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	q2 := filepath.Join(dir, "q2.yaml")
	qdata, err := os.ReadFile(q)
	if err != nil {
		t.Fatal(err)
	}
	// A newer version with a question's weight changed: a change that
	// needs a major version, under a minor bump.
	q2data := strings.Replace(strings.Replace(string(qdata), "version: 1.1.0", "version: 1.2.0", 1), "weight: 2", "weight: 3", 1)
	if err := os.WriteFile(q2, []byte(q2data), 0o600); err != nil {
		t.Fatal(err)
	}
	// A broken answers file: its problems, each at its place.
	broken := filepath.Join(dir, "broken.yaml")
	if err := os.WriteFile(broken, []byte(`format: dutycheck-answers/v1
questionnaire: {id: plan-example, version: 1.1.0}
organisation: Example AB
date: 2026-11-26
answers:
  us-provider: {value: yes, na: true}
  eu-users: [yes]
targets:
  sections: {nope: {min: 50, by: 2027-01-01}}
`), 0o600); err != nil {
		t.Fatal(err)
	}
	files := strings.NewReplacer(
		"Head of Trust & Safety", "", "Every confirmed case reported within 24 hours", "", "Board, minute 2026-11-12 §4", "",
		"Voluntary Principles", "", "Principle 1", "", "Example AB", "", "Example Chat", "", "18 U.S.C.", "",
		"evidence/hash-coverage.csv", "", "Not measured before Q1 2027", "", "PDQ on profile images", "", "Manual reports only", "",
		broken, "BROKEN", a, "A", b, "B", q, "Q", q2, "Q2", dir, "D")
	for _, args := range [][]string{
		{"score", "-q", q, "-a", a},
		{"score", "-q", q, "-a", a, "--fail-on-critical", "--fail-under", "90"},
		{"plan", "-q", q, "-a", a},
		{"plan", "-q", q, "-a", a, "--format", "markdown"},
		{"export", "-q", q, "-a", a, "--format", "markdown"},
		{"report", "-q", q, "-a", a, "-o", filepath.Join(dir, "r.pdf")},
		{"diff", "-q", q, a, a},
		{"diff", "-q", q, a, b},
		{"changes", q, q2},
		{"changes", q, q2, "--check-version"},
		{"changes", q, q2, "--format", "markdown"},
		{"validate", "-q", q, a},
		{"validate", "-q", q, broken},
		{"score", "-q", q, "-a", broken},
		{"run", "-q", q, "-a", filepath.Join(dir, "new.yaml"), "--accessible"},
		{"run", "-q", q, "-a", a, "--accessible"},
		{"plan", "set", "-q", q, "-a", a, "ncmec", "--status", "done"},
		// mistakes
		{"score", "-q", q, "-a", filepath.Join(dir, "missing.yaml")},
		{"score", "--bogus"},
		{"score", "-q", q, "-a", a, "--formt", "json"},
		{"score", "-q", q, "-a", a, "--format", "jsno"},
		{"score", "-q", q, "--lang", "sv", "-a"},
		{"score", "-q", q, "-a", a, "extra"},
		{"plan", "set", "-q", q, "-a", a, "ncmek", "--owner", "X"},
		{"plan", "set", "-q", q, "-a", a, "ncmec"},
		{"changes", q},
		{"diff", a},
		{"target", "set", "-q", q, "-a", a},
		{"target", "set", "-q", q, "-a", a, "overall", "--min", "70", "--by", "2027-06-30"},
		{"trend"},
		{"trend", "-q", q, a},
		{"sign", "-q", q, "-a", a},
		{"verify", "-q", q, "-a", a, "--message", "1", "--signature", "1"},
		{"report", "-q", q, "-a", a, "--trend", "--history", a},
		{"report", "-q", q, "-a", a, "-o", filepath.Join(dir, "nowhere", "r.pdf")},
		{"target", "set", "-q", q, "-a", a, "ncmek", "--min", "1", "--by", "2027-06-30"},
		{"target", "set", "-q", q, "-a", a, "overall", "--min", "700", "--by", "2027-02-30"},
		{"target", "set", "-q", q, "-a", a, "overall", "--by", "2027-06-30"},
		{"target", "clear", "-q", q, "-a", a, "ncmek"},
		{"plan", "set", "-q", q, "-a", a, "ncmec", "--due", "2027-02-30"},
		{"plan", "set", "-q", q, "-a", a, "ncmec", "--due", "2020-01-01"},
		{"score", "-q", q, "-a", a, "--fail-under", "abc"},
		{"changes", q, q2, "--format", "changelog"},
		{"changes", q, "csea-quik"},
		{"list", "--print", "csea-quik"},
		{"list"},
		{"target", "sett", "-q", q, "-a", a},
		{"plan", "sett", "-q", q, "-a", a},
		{"measure", "-q", q, "-a", a, "x.csv"},
		{"measure", "-q", q, "-a", a, "--preset", "zendsk", "x.csv"},
		{"measure", "-q", q, "-a", a, "--preset", "jira", "--period", "2026-09-30..2026-07-01", "x.csv"},
		// help (every command's: TestSwedishHelpHasNoEnglish)
		{"help"},
		{"score", "-h"},
		{"help", "plan", "set"},
	} {
		if !slices.Contains(args, "--lang") {
			args = append(args, "--lang", "sv")
		}
		t.Run(strings.Join(args[:1], " "), func(t *testing.T) {
			_, out, errOut := run(t, nil, args...)
			text := program.ReplaceAllString(files.Replace(out+errOut), "")
			for _, line := range strings.Split(text, "\n") {
				if m := english.FindString(line); m != "" {
					t.Errorf("%v: English %q in %q", args, strings.TrimSpace(m), line)
				}
			}
		})
	}
}

// TestNoFormattingErrors: no output of any command, in either language,
// carries a formatting mistake ("%!s(MISSING)", "%!(EXTRA …)").
func TestNoFormattingErrors(t *testing.T) {
	q := filepath.Join(repoRoot, "testdata", "plan", "q.yaml")
	a := filepath.Join(repoRoot, "testdata", "plan", "a.yaml")
	for _, lang := range []string{"en", "sv"} {
		for _, args := range [][]string{
			{"score", "-q", q, "-a", a}, {"score", "-q", q, "-a", a, "--format", "json"},
			{"plan", "-q", q, "-a", a}, {"plan", "-q", q, "-a", a, "--format", "markdown"},
			{"plan", "-q", q, "-a", a, "--format", "csv"}, {"plan", "-q", q, "-a", a, "--format", "json"},
			{"export", "-q", q, "-a", a, "--format", "markdown"}, {"export", "-q", q, "-a", a, "--format", "csv"},
			{"export", "-q", q, "-a", a, "--format", "json"}, {"export", "-q", q, "-a", a, "--format", "oscal"},
			{"diff", "-q", q, a, a}, {"changes", q, q}, {"validate", "-q", q, a}, {"list"}, {"schema"},
			{"score", "--bogus"}, {"help"}, {"score", "-h"},
		} {
			args := append(args, "--lang", lang)
			if args[0] == "list" || args[0] == "schema" || args[0] == "help" {
				args = args[:len(args)-2]
			}
			_, out, errOut := run(t, nil, args...)
			if i := strings.Index(out+errOut, "%!"); i >= 0 {
				t.Errorf("%v: %q", args, (out + errOut)[max(0, i-60):min(len(out+errOut), i+60)])
			}
		}
	}
}
