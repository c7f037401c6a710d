package tui

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/export"
	"github.com/dutycheck/dutycheck/internal/output"
	"github.com/dutycheck/dutycheck/internal/report"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// TestOutputsAgree builds every output that tells the result (the end
// screen, the plain mode's summary, score and plan text, the Markdown
// export and the PDF brief) from one assessment, and checks that each
// says the facts of the one summary in the same words: the position, the
// cap, why the rating is provisional, the must-have duties with their
// actions and what they cause, and what the result rests on.
func TestOutputsAgree(t *testing.T) {
	q := loadQ(t, "plan/q.yaml")
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	full, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	// The same answers with six dropped: provisional, and
	// still with must-haves not met.
	partial, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"training", "escalation", "report-time", "policy", "user-reports", "law-enforcement"} {
		delete(partial.Answers, id)
	}
	for name, f := range map[string]*answers.File{"full": full, "partial": partial} {
		for _, lang := range []string{"en", "sv"} {
			t.Run(name+"-"+lang, func(t *testing.T) {
				r := scoring.Score(q, f)
				sum := summary.Build(r, lang, summary.Options{})
				if name == "partial" && sum.Provisional == nil {
					t.Fatal("the partial assessment is not provisional: the test checks less than it says")
				}
				if name == "full" && sum.Position.Cap == "" || len(sum.MustHaves.Gaps) == 0 {
					t.Fatal("no cap or no must-have: the test checks less than it says")
				}
				outs := renderAll(t, q.ID, r, f, lang)
				unscored := false
				for _, sec := range sum.Sections {
					unscored = unscored || !sec.Scored
				}
				if !unscored {
					t.Fatal("every section is scored: the test checks less than it says")
				}
				for out, facts := range map[string][]string{
					"end":   append(text(sum, true, true, true), sectionFacts(sum)...),
					"plain": text(sum, true, true, true),
					"score": append(text(sum, true, true, true), sectionFacts(sum)...),
					"plan":  text(sum, true, false, false),
					"md":    append(text(sum, true, true, true), sectionFacts(sum)...),
					"pdf":   pdfFacts(sum),
				} {
					got, ok := outs[out]
					if !ok {
						continue
					}
					if strings.Contains(got, "%!") {
						t.Errorf("%s has a formatting error (%%!):\n%s", out, got)
					}
					for _, fact := range facts {
						if !strings.Contains(got, flat(fact)) {
							t.Errorf("%s does not say %q:\n%s", out, fact, got)
						}
					}
				}
			})
		}
	}
}

// text lists the facts a text output tells, with the headline, the
// completion and what the result rests on where it shows them.
func text(s *summary.Summary, headline, completion, rests bool) []string {
	var out []string
	if headline {
		out = append(out, s.Position.Headline)
	}
	if completion {
		out = append(out, s.Position.CompletionText)
	}
	if rests {
		out = append(out, s.RestsOn.Line)
	}
	out = append(out, s.Position.Cap, s.MustHaves.Heading, s.MustHaves.Consequence)
	if s.Provisional != nil {
		out = append(out, s.Provisional.Line)
	}
	for _, g := range s.MustHaves.Gaps {
		out = append(out, g.Text, g.Action.Line)
	}
	if rests { // the outputs that show the regimes
		out = append(out, s.Regimes.Heading)
		for _, reg := range s.Regimes.Duties {
			out = append(out, reg.Title, reg.ScoreText)
		}
	}
	return out
}

// sectionFacts are each section's title and its score, or the word for
// why it has none ("not scored"), which every output showing sections
// says alike.
func sectionFacts(s *summary.Summary) []string {
	var out []string
	for _, sec := range s.Sections {
		out = append(out, sec.Title, sec.ScoreText)
	}
	return out
}

// pdfFacts are the facts the brief tells: it lays out an action's owner
// apart from the rest, and names what the result rests on kind by kind.
func pdfFacts(s *summary.Summary) []string {
	out := []string{s.Position.Sentence, s.Position.Cap, s.MustHaves.Heading, s.MustHaves.Consequence, s.RestsOn.Heading}
	if s.Provisional != nil {
		out = append(out, s.Provisional.Line)
	}
	for _, g := range s.MustHaves.Gaps {
		out = append(out, g.Action.Parts[0])
		// Where no action is recorded the PDF's plan leaves blanks to
		// fill instead of saying so; a recorded action is said in full.
		if g.Gap.Action != nil {
			out = append(out, strings.Join(g.Action.Parts[1:], " · "))
		}
	}
	for _, k := range s.RestsOn.Kinds {
		out = append(out, k.Phrase)
	}
	return out
}

// renderAll writes each output of one assessment, flattened to one line
// of plain words.
func renderAll(t *testing.T, qid string, r *scoring.Result, f *answers.File, lang string) map[string]string {
	t.Helper()
	outs := map[string]string{}
	cfg := Config{Questionnaire: r.Questionnaire, Answers: f, Path: "a.yaml", Lang: lang, Save: (&store{}).save}
	m := New(cfg)
	e := newEnd(m.sh)
	e.width, e.height = 1000, 1000
	var lines []string
	for _, l := range e.content() {
		lines = append(lines, l.text)
	}
	outs["end"] = flat(strings.Join(lines, "\n"))
	var b bytes.Buffer
	writeSummary(&b, m.sh.s)
	outs["plain"] = flat(b.String())
	b.Reset()
	if err := output.ScoreText(&b, r, lang); err != nil {
		t.Fatal(err)
	}
	outs["score"] = flat(b.String())
	b.Reset()
	if err := output.PlanText(&b, r, lang); err != nil {
		t.Fatal(err)
	}
	outs["plan"] = flat(b.String())
	md, err := export.Markdown(export.Input{Result: r, Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	outs["md"] = flat(unmark(string(md)))
	pdf, err := report.Render(report.Input{Result: r, Lang: lang, Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	if bin, err := exec.LookPath("pdftotext"); err == nil {
		path := filepath.Join(t.TempDir(), "r.pdf")
		if err := os.WriteFile(path, pdf, 0o600); err != nil {
			t.Fatal(err)
		}
		text, err := exec.Command(bin, "-enc", "UTF-8", "-f", "2", "-l", "2", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		outs["pdf"] = flat(string(text))
	} else {
		t.Log("pdftotext not installed: the brief is not compared")
	}
	return outs
}

var (
	runsOfSpace = regexp.MustCompile(`\s+`)
	// markup is what the Markdown export adds around words: bold, line
	// breaks in cells, escapes.
	markup = regexp.MustCompile(`\*\*|<br>|\\`)
)

// flat is text as words: no colours, every run of space (a no-break
// space too: the PDF writes it as a space) one space.
func flat(s string) string {
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(ansi.Strip(s))
	return strings.TrimSpace(runsOfSpace.ReplaceAllString(s, " "))
}

func unmark(s string) string { return markup.ReplaceAllString(s, " ") }
