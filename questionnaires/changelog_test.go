package questionnaires_test

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/changes"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

var update = flag.Bool("update", false, "rewrite the generated lists in CHANGELOG.md")

const (
	changelogPath = "CHANGELOG.md"
	blockStart    = "<!-- changes: written by `go test ./questionnaires -update` from dutycheck changes; do not edit -->"
	blockEnd      = "<!-- end of changes -->"
)

// entry is one release in the changelog: its version and its lines
// (heading excluded), as indexes into the file's lines.
type entry struct {
	version    string
	start, end int // lines[start:end] is the body
}

// changelog reads CHANGELOG.md into the entries of each questionnaire id,
// newest first as written.
func changelog(lines []string) map[string][]entry {
	out := map[string][]entry{}
	id := ""
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "## "):
			id = strings.Fields(l)[1]
		case strings.HasPrefix(l, "### ") && id != "":
			es := out[id]
			if n := len(es); n > 0 && es[n-1].end == 0 {
				es[n-1].end = i
			}
			out[id] = append(es, entry{version: strings.Fields(l)[1], start: i + 1})
			continue
		default:
			continue
		}
		// a new section closes the last entry of the one before
		for k, es := range out {
			if n := len(es); n > 0 && es[n-1].end == 0 {
				out[k][n-1].end = i
			}
		}
	}
	for k, es := range out {
		if n := len(es); n > 0 && es[n-1].end == 0 {
			out[k][n-1].end = len(lines)
		}
	}
	return out
}

// history lists the releases kept in history/ for id, oldest first.
func history(t *testing.T, id string) []*questionnaire.Questionnaire {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("history", id+"-*.yaml"))
	var out []*questionnaire.Questionnaire
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		q, err := questionnaire.Parse(f, data)
		if err != nil {
			t.Fatal(err)
		}
		if want := filepath.Join("history", q.ID+"-"+q.Version+".yaml"); f != want {
			t.Errorf("%s holds %s %s; name it %s", f, q.ID, q.Version, want)
		}
		out = append(out, q)
	}
	slices.SortFunc(out, func(a, b *questionnaire.Questionnaire) int {
		switch bump := changes.VersionBump(a.Version, b.Version); {
		case bump.Same:
			return 0
		case bump.Down:
			return 1
		}
		return -1
	})
	return out
}

// TestChangelog holds CHANGELOG.md and history/ to the built-in
// questionnaires (the rules are at the top of CHANGELOG.md). With
// -update it rewrites the generated list of the newest entry.
func TestChangelog(t *testing.T) {
	data, err := os.ReadFile(changelogPath)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	entries := changelog(lines)
	rewrote := false
	for _, b := range questionnaires.All() {
		t.Run(b.ID, func(t *testing.T) {
			q, err := questionnaire.Parse(b.Name, b.Data)
			if err != nil {
				t.Fatal(err)
			}
			es := entries[b.ID]
			if len(es) == 0 || es[0].version != q.Version {
				t.Fatalf("%s: the newest entry for %s must be its version %s; add one", changelogPath, b.ID, q.Version)
			}
			for i := 1; i < len(es); i++ {
				if bump := changes.VersionBump(es[i].version, es[i-1].version); bump.Level == changes.None && !bump.PreRelease {
					t.Errorf("%s: entries for %s must be newest first, each once: %s after %s", changelogPath, b.ID, es[i].version, es[i-1].version)
				}
			}
			hist := history(t, b.ID)
			for _, h := range hist {
				if !slices.ContainsFunc(es, func(e entry) bool { return e.version == h.Version }) {
					t.Errorf("history/ keeps %s %s, which has no entry in %s", b.ID, h.Version, changelogPath)
				}
			}
			if len(hist) == 0 {
				t.Fatalf("history/ has no release of %s; copy its last release there as history/%s-VERSION.yaml", b.ID, b.ID)
			}
			last := hist[len(hist)-1]
			r := changes.Compare(last, q)
			bump := changes.VersionBump(last.Version, q.Version)
			switch {
			case bump.Down:
				t.Fatalf("%s is version %s, below its last release %s in history/", b.Name, q.Version, last.Version)
			case bump.Same:
				if len(r.Changes) > 0 {
					t.Fatalf("%s changed since its release %s (%s, …) but its version did not: bump it, add an entry to %s and run go test ./questionnaires -update",
						b.Name, last.Version, r.Changes[0].What(), changelogPath)
				}
				return
			}
			for _, p := range r.Problems() {
				t.Errorf("%s: %s", b.Name, p)
			}
			if len(es) < 2 || es[1].version != last.Version {
				t.Errorf("%s: the entry before %s %s must be %s, the release kept in history/", changelogPath, b.ID, q.Version, last.Version)
			}
			want := append([]string{blockStart}, strings.Split(strings.TrimSuffix(r.DigestIn("en"), "\n"), "\n")...)
			want = append(want, blockEnd)
			e := es[0]
			body := lines[e.start:e.end]
			from, to := slices.Index(body, blockStart), slices.Index(body, blockEnd)
			prose := strings.TrimSpace(strings.Join(body, "\n"))
			if from >= 0 && to > from {
				prose = strings.TrimSpace(strings.Join(append(slices.Clone(body[:from]), body[to+1:]...), "\n"))
			}
			if prose == "" {
				t.Errorf("%s: say in words what changed in %s %s", changelogPath, b.ID, q.Version)
			}
			if from >= 0 && to > from && slices.Equal(body[from:to+1], want) {
				return
			}
			if !*update {
				t.Errorf("%s: the list of changes in %s %s is not what dutycheck changes reports from %s; run go test ./questionnaires -update and review it. It should read:\n%s",
					changelogPath, b.ID, q.Version, last.Version, strings.Join(want, "\n"))
				return
			}
			var nb []string
			if from >= 0 && to > from {
				nb = append(append(append(nb, body[:from]...), want...), body[to+1:]...)
			} else {
				trimmed := body
				for len(trimmed) > 0 && strings.TrimSpace(trimmed[len(trimmed)-1]) == "" {
					trimmed = trimmed[:len(trimmed)-1]
				}
				nb = append(append(nb, trimmed...), "")
				nb = append(append(nb, want...), "")
			}
			lines = append(append(append([]string{}, lines[:e.start]...), nb...), lines[e.end:]...)
			entries = changelog(lines)
			rewrote = true
		})
	}
	if rewrote {
		if err := os.WriteFile(changelogPath, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
