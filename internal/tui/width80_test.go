package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// largeCompany is the built-in csea-duties with the large platform's
// answers: long section titles, measured outcomes answered "don't know",
// and gaps whose questions run past 80 columns.
func largeCompany(t *testing.T) Config { return company(t, "csea-duties", "duties-large.yaml") }

// company is built-in questionnaire id answered as in the company file
// testdata/companies/file.
func company(t *testing.T, id, file string) Config {
	t.Helper()
	b, _ := questionnaires.Get(id)
	q, err := questionnaire.Parse(b.Name, b.Data)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "companies", file))
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode("b.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	st := &store{}
	return Config{Questionnaire: q, Answers: f, Path: "b.yaml", Save: st.save, Today: assessed}
}

// TestOverviewScoresWhole80: at 80 columns a section's score, what it
// rests on and its title are shown whole. The score was cut to "0.0…" by
// the notes after it; then the titles were cut ("Governance and
// accountabili…") to leave the notes their room. Now the notes go under
// the count and a long title wraps.
func TestOverviewScoresWhole80(t *testing.T) {
	d := drive(t, largeCompany(t))
	d.keys("enter", "esc") // the first question still open, then the overview
	d.contains("5.9\n", "3 don't know", "2  Governance and accountability ", "Preservation and law-enforcement", "cooperation")
	d.lacks("5.9…", "accountabili…", "cooperat…")
	for _, l := range strings.Split(d.view(), "\n") {
		if width1(l) > 80 {
			t.Errorf("line wider than the screen: %q", l)
		}
	}
}

// TestPlanIDs80: at 80 columns the plan gives each gap (its finding) on a
// line of its own, far past the 20 characters it was cut to, with the
// question's id (plan set takes it); the panel names the id whole.
func TestPlanIDs80(t *testing.T) {
	d := drive(t, largeCompany(t))
	d.keys("enter", "esc", "f", "p")
	d.contains("Less than 90 % of the CSEA actioned was found before anyone reported it",
		"outcome-proactive-share · −", "[outcome-proactive-share]")
}

// TestHeaderTitle80: at 80 columns the progress bar gives way before the
// questionnaire's short title is cut ("Protecting childr…").
func TestHeaderTitle80(t *testing.T) {
	d := drive(t, largeCompany(t))
	d.keys("enter")
	d.contains("dutycheck · Protecting children online " + d.m.sh.s.q.Version + " · Streamly Inc.")
	d.lacks("Protecting chi…")
}

// TestStatusWraps80: at 80 columns a hint longer than the line is shown
// whole on two lines ("…enter again to answer “none of them”."), not cut
// before what it tells the user to do; the screen stays 24 lines.
func TestStatusWraps80(t *testing.T) {
	b, _ := questionnaires.Get("csea-duties")
	q, err := questionnaire.Parse(b.Name, b.Data)
	if err != nil {
		t.Fatal(err)
	}
	d := drive(t, config(q, &store{}))
	d.begin("Example AB")
	d.keys("enter") // the free-text description, left empty
	d.keys("enter") // the markets: nothing chosen
	d.contains("enter again to answer “none of", "them”.")
	if n := len(strings.Split(d.view(), "\n")); n != 24 {
		t.Errorf("the screen has %d lines, want 24:\n%s", n, d.view())
	}
}

// TestHeaderTitleWithConfirm80: at 80 columns in a next-quarter walk the
// share and the count give way before the questionnaire's short title is
// cut: what is left to confirm says most; the header read
// "Protecting childr… 3.0.0 · Streamly Inc.  0/108  0% · 107 to confirm".
func TestHeaderTitleWithConfirm80(t *testing.T) {
	cfg := largeCompany(t)
	f, _ := answers.CarryForward(cfg.Answers, cfg.Questionnaire, answers.Origin{Path: "q4.yaml", Date: cfg.Answers.Date}, assessed)
	cfg.Answers = f
	d := drive(t, cfg)
	d.contains("dutycheck · Protecting children online "+d.m.sh.s.q.Version+" · Streamly Inc.", "107 to confirm")
	d.lacks("Protecting chi…")
	d.keys("enter", "enter") // the first question, confirmed
	d.contains("dutycheck · Protecting children online", "106 to confirm")
}

// TestRegimeNamesWhole80: at 80 columns the results name every regime and
// section whole, a long name wrapped under its row; they were cut to
// "Online platforms that are not micro or small enterprises (Ar…".
func TestRegimeNamesWhole80(t *testing.T) {
	d := drive(t, largeCompany(t))
	d.send(tea.WindowSizeMsg{Width: 80, Height: 200}) // the whole results at once
	d.keys("enter", "esc", "f")
	if d.m.screen != endScreen {
		t.Fatalf("not at the results:\n%s", d.view())
	}
	d.contains("Online platforms that are not micro or small enterprises   ", "  (Arts. 20–28)",
		"Children's risk assessment and safety duties, Protection ", "  of Children codes")
	d.lacks("(Ar…", "Protection …", "sm…")
	for _, l := range strings.Split(d.view(), "\n") {
		if width1(l) > 80 {
			t.Errorf("line wider than the screen: %q", l)
		}
	}
}
