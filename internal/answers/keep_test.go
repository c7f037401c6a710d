package answers_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// handWritten is an answers file as a team keeps it in git: comments of
// every kind (file head, section markers, trailing, inside entries, at the
// end), blank lines, flow and block style, single and double quotes, a
// literal block, its own order of keys. header is the questionnaire block
// as the walk-through records it, so that a save has nothing to add there.
func handWritten(t testing.TB, q *questionnaire.Questionnaire) string {
	t.Helper()
	ref := answers.RefOf(q)
	var h strings.Builder
	fmt.Fprintf(&h, "questionnaire:\n  id: %s\n  version: %s\n  sha256: %s\n  fingerprints:   # as last answered\n", ref.ID, ref.Version, ref.SHA256)
	for _, qn := range q.Questions {
		fmt.Fprintf(&h, "    %s: %s\n", qn.ID, ref.Fingerprints[qn.ID])
	}
	return `# Assessment of Exempel AB, 2026 Q4.
# Reviewed by Legal 2026-11-30: OK to share with the board.

format: dutycheck-answers/v1
` + h.String() + `organization: 'Exempel AB'   # legal name, per the register
date: 2026-11-26

answers:
  # --- Profile ---
  uploads: {value: yes}   # asked the CTO
  regions:
    value: [eu, us]
  users:
    value: 120000        # HR figure, Q3
    note: "monthly, from the dashboard"

  # --- Detection ---
  hash-matching: {value: some, note: 'PDQ on profile images'}
  classifier: {na: true, note: No video}

  # --- Response ---
  report-time:
    value: 24h
    evidence:
      - url: https://wiki.example.com/runbooks/ncmec
        date: 2026-10-02
      # the export is attached below
  reviewed-share: {value: 70.5}
  comments:
    value: |
      Two lines,
      with "quotes" and: colons
    # end of comments

actions:
  hash-matching:
    owner: Head of T&S  # named in the board minute
    status: in_progress

# End of file: keep this line.
`
}

// lineDiff is the lines only in a ("-…") and only in b ("+…"), in order:
// the changed lines of a unified diff.
func lineDiff(a, b string) []string {
	x, y := strings.SplitAfter(a, "\n"), strings.SplitAfter(b, "\n")
	lcs := make([][]int, len(x)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && x[i] == y[j]:
			i, j = i+1, j+1
		case i < len(x) && (j == len(y) || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, "-"+strings.TrimRight(x[i], "\r\n"))
			i++
		default:
			out = append(out, "+"+strings.TrimRight(y[j], "\r\n"))
			j++
		}
	}
	return out
}

// TestEncodeOverKeepsLayout: a save of a hand-written file changes the
// lines of what changed and no others, and what it writes reads back as
// the assessment saved.
func TestEncodeOverKeepsLayout(t *testing.T) {
	q := sampleQ(t)
	src := handWritten(t, q)
	tests := []struct {
		name   string
		change func(f *answers.File)
		want   []string
	}{
		{"nothing changed", func(f *answers.File) {}, nil},
		{"a value in a flow mapping", func(f *answers.File) { f.Answers["uploads"].Value.Choice = "no" },
			[]string{"-  uploads: {value: yes}   # asked the CTO", "+  uploads: {value: no}   # asked the CTO"}},
		{"a number keeps its trailing comment", func(f *answers.File) { f.Answers["users"].Value.Number = 130000 },
			[]string{"-    value: 120000        # HR figure, Q3", "+    value: 130000        # HR figure, Q3"}},
		{"a note added to a flow mapping", func(f *answers.File) { f.Answers["reviewed-share"].Note = "from the QA sample" },
			[]string{"-  reviewed-share: {value: 70.5}", "+  reviewed-share: {value: 70.5, note: from the QA sample}"}},
		{"quoted text stays quoted", func(f *answers.File) {
			f.Answers["hash-matching"].Note = "PDQ on all images"
			f.Organization = "Exempel Group AB"
			f.Answers["users"].Note = "monthly"
		}, []string{
			"-organization: 'Exempel AB'   # legal name, per the register",
			"+organization: 'Exempel Group AB'   # legal name, per the register",
			`-    note: "monthly, from the dashboard"`,
			`+    note: "monthly"`,
			"-  hash-matching: {value: some, note: 'PDQ on profile images'}",
			"+  hash-matching: {value: some, note: 'PDQ on all images'}",
		}},
		{"a new answer goes after the one before it", func(f *answers.File) {
			f.Put(q.Question("escalation"), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
		}, []string{"+  escalation:", "+    value: yes"}},
		{"an answer removed", func(f *answers.File) { delete(f.Answers, "classifier") },
			[]string{"-  classifier: {na: true, note: No video}"}},
		{"evidence added to a list", func(f *answers.File) {
			a := f.Answers["report-time"]
			a.Evidence = append(slices.Clone(a.Evidence), answers.Evidence{URL: "https://wiki.example.com/export"})
		}, []string{"+      - url: https://wiki.example.com/export"}},
		{"a block text replaced", func(f *answers.File) { f.Answers["comments"].Value.Text = "One line" },
			[]string{"-    value: |", "-      Two lines,", `-      with "quotes" and: colons`, "+    value: One line"}},
		{"an action changed (plan set)", func(f *answers.File) { f.Actions["hash-matching"].Owner = "CTO" },
			[]string{"-    owner: Head of T&S  # named in the board minute", "+    owner: CTO  # named in the board minute"}},
		{"an action added before the others", func(f *answers.File) {
			f.SetAction("uploads", &answers.Action{Owner: "CTO", Status: answers.ActionOpen})
		}, []string{"+  uploads:", "+    owner: CTO", "+    status: open"}},
		{"an estimate marked", func(f *answers.File) { f.Answers["uploads"].Estimate = true },
			[]string{"-  uploads: {value: yes}   # asked the CTO", "+  uploads: {value: yes, estimate: true}   # asked the CTO"}},
	}
	for _, tc := range tests {
		for _, crlf := range []bool{false, true} {
			name := tc.name
			in := src
			if crlf {
				name += ", CR LF"
				in = strings.ReplaceAll(src, "\n", "\r\n")
			}
			t.Run(name, func(t *testing.T) {
				f, err := answers.Decode("a.yaml", []byte(in), q)
				if err != nil {
					t.Fatal(err)
				}
				tc.change(f)
				out := answers.EncodeOver([]byte(in), f, q)
				if got := lineDiff(in, string(out)); !slices.Equal(got, tc.want) {
					t.Errorf("diff:\n%s\nwant:\n%s\nfile:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), out)
				}
				if crlf && bytes.Count(out, []byte("\n")) != bytes.Count(out, []byte("\r\n")) {
					t.Errorf("line ends mixed:\n%q", out)
				}
				back, err := answers.Decode("a.yaml", out, q)
				if err != nil {
					t.Fatalf("does not read back: %v\n%s", err, out)
				}
				if want, got := answers.Encode(f, q), answers.Encode(back, q); !bytes.Equal(want, got) {
					t.Errorf("reads back as\n%s\nwant\n%s", got, want)
				}
			})
		}
	}
}

// keeping reads src and starts an Encoder that keeps its layout.
func keeping(t *testing.T, q *questionnaire.Questionnaire, src string) (*answers.File, *answers.Encoder) {
	t.Helper()
	f, err := answers.Decode("a.yaml", []byte(src), q)
	if err != nil {
		t.Fatal(err)
	}
	e := &answers.Encoder{}
	e.Keep([]byte(src), q)
	return f, e
}

// TestEncodeOverSavesAgain: an Encoder that keeps a file keeps it over
// many saves, each changing only its own lines.
func TestEncodeOverSavesAgain(t *testing.T) {
	q := sampleQ(t)
	src := handWritten(t, q)
	f, e := keeping(t, q, src)
	prev := src
	f.Answers["uploads"].Value.Choice = "no"
	out := string(e.Encode(f, q))
	if got := lineDiff(prev, out); len(got) != 2 {
		t.Fatalf("first save: %q", got)
	}
	prev = out
	f.Put(q.Question("risk-date"), &answers.Answer{Value: answers.Value{Set: true, Date: time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC)}})
	out = string(e.Encode(f, q))
	if got, want := lineDiff(prev, out), []string{"+  risk-date:", "+    value: 2026-01-02"}; !slices.Equal(got, want) {
		t.Fatalf("second save: %q, want %q", got, want)
	}
	if got := lineDiff(src, out); len(got) != 4 {
		t.Fatalf("both saves: %q", got)
	}
}

// FuzzEncodeOver changes one answer of any file Decode accepts (seed
// corpus in testdata/fuzz/FuzzEncodeOver) and saves it keeping its
// layout: what is written must read back as the assessment changed, and
// either keep every comment line at the top level of the file or be
// Encode's form whole (the fallback when a patch would not read back).
func FuzzEncodeOver(f *testing.F) {
	q := sample11(f)
	for _, name := range []string{"testdata/messy.yaml", "testdata/v11.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for pick := range 12 {
			f.Add(data, uint8(pick*7), "a note\nover two lines")
		}
	}
	hw := handWritten(f, q)
	for pick := range 40 {
		f.Add([]byte(hw), uint8(pick), "it's \"quoted\" # not a comment")
	}
	f.Fuzz(func(t *testing.T, data []byte, pick uint8, note string) {
		file, err := answers.Decode("fuzz.yaml", data, q)
		if err != nil {
			return
		}
		qn := q.Questions[int(pick)%len(q.Questions)]
		a := file.Answers[qn.ID]
		switch int(pick) / len(q.Questions) % 4 {
		case 0:
			c := answers.Answer{}
			if a != nil {
				c = *a
			}
			c.Note = note
			file.Put(qn, &c)
		case 1:
			delete(file.Answers, qn.ID)
		case 2:
			file.Put(qn, &answers.Answer{NA: qn.AllowNA, Unknown: !qn.AllowNA && qn.UnknownAllowed(), Note: note})
		case 3:
			file.SetAction(qn.ID, &answers.Action{Owner: note, Status: answers.ActionInProgress})
		}
		want := answers.Encode(file, q)
		if _, err := answers.Decode("fuzz.yaml", want, q); err != nil {
			return // a change the file cannot hold (a bad note), whatever its layout
		}
		out := answers.EncodeOver(data, file, q)
		back, err := answers.Decode("fuzz.yaml", out, q)
		if err != nil {
			t.Fatalf("saved\n%s\nas\n%s\nwhich does not read back: %v", data, out, err)
		}
		if got := answers.Encode(back, q); !bytes.Equal(got, want) {
			t.Fatalf("saved\n%s\nas\n%s\nwhich reads as\n%s\nnot\n%s", data, out, got, want)
		}
		if bytes.Equal(out, want) {
			return
		}
		for _, line := range strings.SplitAfter(string(data), "\n") {
			if strings.HasPrefix(line, "#") && !strings.Contains(string(out), line) {
				t.Fatalf("comment %q lost in\n%s", line, out)
			}
		}
	})
}

// TestEncodeOverRandomChanges makes random changes, one to five at a
// time, to the hand-written file and the seed files, saving after each
// batch with one Encoder: every save reads back as the assessment, and on
// the hand-written file no save falls back to Encode's form (its
// top-level comments all stay) and the diff stays small.
func TestEncodeOverRandomChanges(t *testing.T) {
	q := sample11(t)
	files := map[string]string{"hand-written": handWritten(t, q)}
	for _, name := range []string{"testdata/messy.yaml", "testdata/v11.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(data)
	}
	notes := []string{"", "plain", "it's \"quoted\"", "# not a comment", "two\nlines", "  leading space", "yes", "12", "a: b", "- dash", "tab\there", "ünïcödé ✓"}
	for name, src := range files {
		r := rand.New(rand.NewPCG(24, uint64(len(src))))
		f, e := keeping(t, q, src)
		prev := src
		for step := 0; step < 150; step++ {
			for range 1 + r.IntN(5) {
				qn := q.Questions[r.IntN(len(q.Questions))]
				switch r.IntN(6) {
				case 0:
					delete(f.Answers, qn.ID)
				case 1:
					f.SetAction(qn.ID, nil)
				case 2:
					f.SetAction(qn.ID, &answers.Action{Owner: notes[r.IntN(len(notes))], Status: answers.ActionOpen})
				case 3:
					a := &answers.Answer{Note: notes[r.IntN(len(notes))]}
					if qn.AllowNA {
						a.NA = true
					}
					f.Put(qn, a)
				default:
					c := answers.Answer{}
					if a := f.Answers[qn.ID]; a != nil {
						c = *a
					}
					c.Note = notes[r.IntN(len(notes))]
					if r.IntN(3) == 0 {
						c.Evidence = append(slices.Clone(c.Evidence), answers.Evidence{URL: fmt.Sprintf("https://example.com/%d", step)})
					}
					f.Put(qn, &c)
				}
			}
			out := string(e.Encode(f, q))
			back, err := answers.Decode("a.yaml", []byte(out), q)
			if err != nil {
				t.Fatalf("%s step %d: does not read back: %v\n%s", name, step, err, out)
			}
			if want, got := answers.Encode(f, q), answers.Encode(back, q); !bytes.Equal(want, got) {
				t.Fatalf("%s step %d: reads back as\n%s\nwant\n%s", name, step, got, want)
			}
			if name == "hand-written" {
				for _, line := range strings.SplitAfter(src, "\n") {
					if strings.HasPrefix(line, "#") && !strings.Contains(out, line) {
						t.Fatalf("step %d: comment %q lost:\n%s", step, line, out)
					}
				}
				if d := lineDiff(prev, out); len(d) > 40 {
					t.Fatalf("step %d: %d lines changed:\n%s", step, len(d), strings.Join(d, "\n"))
				}
			}
			prev = out
		}
	}
}

// TestEncodeOverLayouts: files laid out in other ways keep their layout:
// a byte order mark, no final line break, document markers, a %YAML 1.2
// directive and a comment on a key, empty answers written as nothing or
// {}, the answers before the header, a list at its key's indent, an
// indent of four.
func TestEncodeOverLayouts(t *testing.T) {
	q := sampleQ(t)
	fp := "{escalation: " + answers.RefOf(q).Fingerprints["escalation"] + "}"
	flowHead := "questionnaire: {id: sample, version: 1.0.0}\n"
	plan := []string{"+actions:", "+  uploads:", "+    owner: CTO", "+    status: open"}
	tests := []struct {
		name, src string
		want      []string
	}{
		{"byte order mark", "\uFEFFformat: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers:\n  uploads: {value: yes}\n",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "+  escalation:", "+    value: no"}, plan...)},
		{"no final line break", "format: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers:\n  uploads: {value: yes}",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "-  uploads: {value: yes}", "+  uploads: {value: yes}", "+  escalation:", "+    value: no"}, append(plan, "+")...)},
		{"document markers", "---\nformat: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers:\n  uploads: {value: yes}\n...\n",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "+  escalation:", "+    value: no"}, plan...)},
		{"YAML 1.2 and a comment on a key", "%YAML 1.2\n---\nformat: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers:   # the answers\n  uploads: {value: yes, note: why?not}\n",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "+  escalation:", "+    value: no"}, plan...)},
		{"answers as nothing", "format: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers:\nactions: {}\n",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "-actions: {}", "+  escalation:", "+    value: no"}, plan...)},
		{"answers as {}", "format: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers: {}\n# end\n",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "-answers: {}", "+answers:", "+  escalation:", "+    value: no"}, plan...)},
		{"answers first", "answers:\n  users: {value: 5}\n# header below\nformat: dutycheck-answers/v1\n" + flowHead + "organization: X\n",
			append([]string{"-  users: {value: 5}", "+  users: {value: 7}", "+  escalation:", "+    value: no", "-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}"}, plan...)},
		{"a list at its key's indent", "format: dutycheck-answers/v1\n" + flowHead + "organization: X\nanswers:\n  report-time:\n    value: 24h\n    evidence:\n    - url: https://a.example/x\n    # c\n  users: {value: 5}\n",
			append([]string{"-" + flowHead[:len(flowHead)-1], "+questionnaire: {id: sample, version: 1.0.0, fingerprints: " + fp + "}", "+    - url: https://b.example/y", "-  users: {value: 5}", "+  users: {value: 7}", "+  escalation:", "+    value: no"}, plan...)},
		{"an indent of four", "format: dutycheck-answers/v1\nquestionnaire:\n    id: sample\n    version: 1.0.0\norganization: X\nanswers:\n    users:\n        value: 5\n        note: n\n",
			[]string{"+    fingerprints:", "+        escalation: " + answers.RefOf(q).Fingerprints["escalation"], "-        value: 5", "+        value: 7", "+    escalation:", "+        value: no", "+actions:", "+    uploads:", "+        owner: CTO", "+        status: open"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f, err := answers.Decode("a.yaml", []byte(tc.src), q)
			if err != nil {
				t.Fatal(err)
			}
			f.Put(q.Question("escalation"), &answers.Answer{Value: answers.Value{Set: true, Choice: "no"}})
			if a := f.Answers["users"]; a != nil {
				a.Value.Number = 7
			}
			if a := f.Answers["report-time"]; a != nil {
				a.Evidence = append(a.Evidence, answers.Evidence{URL: "https://b.example/y"})
			}
			f.SetAction("uploads", &answers.Action{Owner: "CTO", Status: answers.ActionOpen})
			out := answers.EncodeOver([]byte(tc.src), f, q)
			if got := lineDiff(tc.src, string(out)); !slices.Equal(got, tc.want) {
				t.Errorf("diff:\n%s\nwant:\n%s\nfile:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"), out)
			}
		})
	}
}
