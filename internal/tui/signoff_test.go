package tui

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/output"
	"github.com/dutycheck/dutycheck/internal/report"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/internal/signoff"
	"github.com/dutycheck/dutycheck/internal/summary"
)

// The end screen, the plain summary, score's text and the PDF say the
// sign-off state in the same words, in both languages.
func TestSignOffLineAgrees(t *testing.T) {
	q := loadQ(t, "plan/q.yaml")
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "plan", "a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("a.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	v := &signoff.Verdict{N: 1, Signoff: &signoff.Signoff{Name: "Karin Berg", Role: "Chair", Meaning: signoff.Approved, Date: "2026-12-10"}}
	states := map[string]*signoff.State{
		"final":   {Approval: v, Checked: true, Signed: true},
		"changed": {Earlier: v, Checked: true, Signed: true},
		"none":    nil, // nobody has signed: Draft, said everywhere as the PDF says it
	}
	want := map[string]string{
		"final-en": "Final — approved by Karin Berg, Chair, 2026-12-10", "final-sv": "Slutlig — godkänd av Karin Berg, Chair, 2026-12-10",
		"changed-en": "Draft — approved version changed since 2026-12-10", "changed-sv": "Utkast — den godkända versionen har ändrats sedan 2026-12-10",
		"none-en": "Draft — not signed off", "none-sv": "Utkast — ännu inte godkänd",
	}
	for name, st := range states {
		for _, lang := range []string{"en", "sv"} {
			t.Run(name+"-"+lang, func(t *testing.T) {
				line := want[name+"-"+lang]
				r := scoring.Score(q, f)
				cfg := Config{Questionnaire: q, Answers: f, Path: "a.yaml", Lang: lang, Save: (&store{}).save,
					SignOff: func() *signoff.State { return st }}
				m := New(cfg)
				e := newEnd(m.sh)
				e.width, e.height = 1000, 1000
				var lines []string
				for _, l := range e.content() {
					lines = append(lines, l.text)
				}
				var plain, score bytes.Buffer
				writeSummary(&plain, m.sh.s)
				if err := output.ScoreText(&score, r, lang, summary.Options{SignOff: st}); err != nil {
					t.Fatal(err)
				}
				outs := map[string]string{"end": flat(strings.Join(lines, "\n")), "plain": flat(plain.String()), "score": flat(score.String())}
				if bin, err := exec.LookPath("pdftotext"); err == nil {
					pdf, err := report.Render(report.Input{Result: r, Lang: lang, Date: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), SignOff: st})
					if err != nil {
						t.Fatal(err)
					}
					cmd := exec.Command(bin, "-f", "1", "-l", "2", "-", "-")
					cmd.Stdin = bytes.NewReader(pdf)
					txt, err := cmd.Output()
					if err != nil {
						t.Fatal(err)
					}
					outs["pdf"] = flat(string(txt))
				}
				for out, text := range outs {
					if !strings.Contains(text, line) {
						t.Errorf("%s does not say %q:\n%s", out, line, text)
					}
				}
			})
		}
	}
	// Without a way to judge sign-offs at all (no Config.SignOff), the
	// summary still says Draft: nothing approved these answers.
	m := New(Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: (&store{}).save})
	var plain bytes.Buffer
	writeSummary(&plain, m.sh.s)
	if !strings.Contains(plain.String(), "Sign-off Draft — not signed off") {
		t.Errorf("plain summary does not say Draft:\n%s", plain.String())
	}
}
