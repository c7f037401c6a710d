package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestCountExplained checks that the start screen and the overview say
// how many questions apply when conditions leave some out, and that the
// status line says so when an answer changes the count.
func TestCountExplained(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	d := drive(t, config(q, &store{}))
	d.contains("7 of 10 questions apply to your service, given the answers so far.")
	d.begin("X")
	d.keys("enter") // uploads: yes brings in the detection section
	d.contains("9 of 10 questions now apply to your service")
	d.keys("shift+tab", "down", "enter") // and no takes it away again
	d.contains("7 of 10 questions now apply to your service")
	d.keys("esc")
	d.contains("Overview", "7 of 10 questions apply to your service")
}

// TestJKMove checks that j and k move like ↓ and ↑ in lists, and are
// letters where letters are typed.
func TestJKMove(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("j")
	d.contains("› ○ No")
	d.keys("k")
	d.contains("› ○ Yes")
	d.keys("enter", "j", "j", "k")
	d.contains("› [ ] United States")
	d.keys("esc", "j", "j")
	d.contains("›  3  Response times")
	d.keys("k", "k", "enter", "tab")
	d.typeText("jk")
	if got := d.m.question.note.Value(); got != "jk" {
		t.Fatalf("note reads %q: j and k are letters there", got)
	}
}

// TestEndAt80x24 checks at 80×24 that section names are not cut while the
// line has room, and that no heading ends the visible page.
func TestEndAt80x24(t *testing.T) {
	d := finished(t, &store{})
	lines := strings.Split(d.view(), "\n")
	body := lines[2 : len(lines)-2]
	last := ""
	for _, l := range body {
		if strings.TrimSpace(l) != "" {
			last = strings.TrimSpace(l)
		}
	}
	for _, h := range []string{"Sections", "Largest other gaps", "What the result rests on", "Why the rating is provisional", "Must-have duties not met (1)"} {
		if last == h {
			t.Fatalf("heading %q ends the page:\n%s", h, d.view())
		}
	}
	d.contains("Service profile", "Response times")
	d.lacks("Service prof…")
}

// TestRegimesWalk walks a questionnaire with regimes: the sources line and
// the help name each reference's status and pinpoint, a must-have that
// follows the profile is marked, and the end screen lists the must-have
// not met first, then the regimes that apply with their readiness and
// those that do not.
func TestRegimesWalk(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/regimes.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter", "enter") // EU users: yes; US provider: yes
	d.typeText("60").keys("enter")
	d.typeText("5").keys("enter")
	d.at("ncmec")
	d.contains("★ must-have", "Sources: 18 U.S.C. § 2258A(a) (law)")
	d.keys("?")
	d.contains("· 18 U.S.C. § 2258A(a)", "law · checked 2026-11-15")
	d.keys("esc", "down", "enter") // no: a must-have gap
	d.at("transparency")
	d.contains("★ must-have", "Regulation (EU) 2022/2065 (Digital Services Act) Art. 15 (law)")
	d.keys("enter")
	if d.m.screen != endScreen {
		t.Fatalf("not at the end:\n%s", d.view())
	}
	d.contains("Must-have duties not met (1)", "★ Do you report apparent CSAM to NCMEC?",
		"Duties that apply: readiness per regime", "US reporting duty of providers", "Does not apply: DSA duties of every intermediary service.")
	v := d.view()
	if strings.Index(v, "Must-have duties") > strings.Index(v, "Duties that apply") {
		t.Fatalf("must-haves not first:\n%s", v)
	}
}

// TestHelpStatusWords checks every status in words, in both languages.
func TestHelpStatusWords(t *testing.T) {
	want := map[string][]string{
		"en": {"law", "code of practice", "guidance", "voluntary", "proposal, not adopted", "no longer in force"},
		"sv": {"lag", "tillsynsmyndighetens kod", "vägledning", "frivilligt", "förslag, inte antaget", "inte längre i kraft"},
	}
	for lang, words := range want {
		w := newWordsFor(lang)
		for i, st := range []string{"law", "code", "guidance", "voluntary", "proposal", "lapsed"} {
			if got := w.LegalStatus(st); got != words[i] {
				t.Errorf("%s %s: %q, want %q", lang, st, got, words[i])
			}
		}
	}
}

// TestKeyNamesSwedish checks that the help bar names keys in Swedish.
func TestKeyNamesSwedish(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	cfg := config(q, &store{})
	cfg.Lang = "sv"
	d := drive(t, cfg).begin("X")
	d.contains("tabb kommentar", "skift+tabb tillbaka")
	d.keys("enter") // to the multi question
	d.contains("mellanslag markera")
	d.lacks("space")
}

// TestPaginate checks that a heading that would end a page moves to the
// top of the next, and that nothing else moves.
func TestPaginate(t *testing.T) {
	h := func(s string) line { return line{text: s, heading: true} }
	r := func(s string) line { return line{text: s} }
	tests := []struct {
		name   string
		lines  []line
		height int
		want   []string
	}{
		{"heading fits", []line{h("H"), r("a"), r("b")}, 3, []string{"H", "a", "b"}},
		{"heading at the page end moves", []line{r("a"), r("b"), h("H"), r("c")}, 3, []string{"a", "b", "", "H", "c"}},
		{"mid-page stays", []line{r("a"), r("b"), r("c"), r("d"), h("H"), r("e")}, 3, []string{"a", "b", "c", "d", "H", "e"}},
		{"second page end moves", []line{r("a"), r("b"), r("c"), r("d"), r("e"), h("H"), r("f")}, 3, []string{"a", "b", "c", "d", "e", "", "H", "f"}},
		{"last line stays", []line{r("a"), r("b"), h("H")}, 3, []string{"a", "b", "H"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := paginate(tc.lines, tc.height)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestEndRegimesNotDuties: on the results screen a voluntary framework is
// listed after the laws, under a heading that says it is not a duty, and a
// proposal is not listed among the duties that apply at all (the report's
// regimes chapter says what it would ask), as in the report's brief.
func TestEndRegimesNotDuties(t *testing.T) {
	q := regimesWithProposal(t)
	d := drive(t, config(q, &store{})).begin("X")
	d.keys("enter", "enter")
	d.typeText("60").keys("enter")
	d.typeText("5").keys("enter")
	d.keys("down", "enter")
	d.keys("enter")
	if d.m.screen != endScreen {
		t.Fatalf("not at the end:\n%s", d.view())
	}
	v := d.view()
	duties, notDuties, vp := strings.Index(v, "Duties that apply"), strings.Index(v, "Guidance and voluntary frameworks (not duties)"), strings.Index(v, "Voluntary Principles")
	if duties < 0 || notDuties < 0 || vp < 0 {
		t.Fatalf("the regimes block lacks a heading or the framework:\n%s", v)
	}
	if us := strings.Index(v, "US reporting duty"); !(duties < us && us < notDuties && notDuties < vp) {
		t.Errorf("want the laws, then the not-duties heading, then the framework:\n%s", v)
	}
	d.lacks("Proposed CSA Regulation")
}

// TestGroupRegimes: regimes whose titles share a work before the colon
// are listed together under it, each by the rest of its title, so that
// titles cut to 80 columns never read alike; others keep their titles.
func TestGroupRegimes(t *testing.T) {
	var regs []scoring.RegimeResult
	for _, title := range []string{
		"Förordningen om digitala tjänster: alla förmedlingstjänster",
		"Dataskyddsförordningen (EU)",
		"Förordningen om digitala tjänster: alla värdtjänster",
		"EU:s förordning om elektroniska bevis: europeiska utlämnandeorder",
	} {
		regs = append(regs, scoring.RegimeResult{Regime: &questionnaire.Regime{Title: questionnaire.Plain("sv", title)}})
	}
	out, heads := groupRegimes(func(rr scoring.RegimeResult) string { return rr.Regime.Title.String() }, regs)
	var got []string
	for i, rr := range out {
		switch {
		case heads[i].first:
			got = append(got, heads[i].head+" / "+heads[i].tail)
		case heads[i].tail != "":
			got = append(got, "/ "+heads[i].tail)
		default:
			got = append(got, rr.Regime.Title.String())
		}
	}
	want := []string{
		"Förordningen om digitala tjänster / Alla förmedlingstjänster",
		"/ Alla värdtjänster",
		"Dataskyddsförordningen (EU)",
		"EU:s förordning om elektroniska bevis: europeiska utlämnandeorder",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// regimesWithProposal is the regimes example with a proposal among its
// regimes, one that applies to every service.
func regimesWithProposal(t *testing.T) *questionnaire.Questionnaire {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "questionnaires", "valid", "regimes.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	proposal := "  - id: csa-proposal\n    title: Proposed CSA Regulation\n    jurisdiction: EU\n    status: proposal\n    why: A proposal.\n"
	src := strings.Replace(string(data), "  - id: vp\n", proposal+"  - id: vp\n", 1)
	q, err := questionnaire.Parse(path, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestSummaryRegimesNotDuties: the plain summary (accessible mode, piped
// answers) sorts the regimes as the results screen does.
func TestSummaryRegimesNotDuties(t *testing.T) {
	q := regimesWithProposal(t)
	var out bytes.Buffer
	if err := RunAccessible(config(q, &store{}), strings.NewReader("X\n1\n1\n60\n5\n2\n"), &out); err != nil {
		t.Fatal(err)
	}
	v := out.String()
	v = v[strings.Index(v, "Duties that apply"):]
	notDuties, vp := strings.Index(v, "Guidance and voluntary frameworks (not duties)"), strings.Index(v, "Voluntary Principles")
	if us := strings.Index(v, "US reporting duty"); us < 0 || notDuties < us || vp < notDuties {
		t.Errorf("want the laws, then the not-duties heading, then the framework:\n%s", v)
	}
	if strings.Contains(v, "Proposed CSA Regulation") {
		t.Errorf("a proposal is listed among the duties that apply:\n%s", v)
	}
}

// TestHelpURLWhole: in a narrow window the help shows a source's address
// whole, over several lines, never cut with "…".
func TestHelpURLWhole(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/regimes.yaml")
	d := drive(t, config(q, &store{}))
	d.send(tea.WindowSizeMsg{Width: 40, Height: 40})
	d.begin("X")
	d.keys("enter", "enter")
	d.typeText("60").keys("enter")
	d.typeText("5").keys("enter")
	d.keys("down", "enter")
	d.at("transparency")
	d.keys("?")
	var url strings.Builder
	lines := strings.Split(d.view(), "\n")
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "https://") {
			for _, m := range lines[i:] {
				m = strings.TrimSpace(m)
				if m == "" || strings.HasPrefix(m, "·") {
					break
				}
				url.WriteString(m)
			}
			break
		}
	}
	if got := url.String(); got != "https://eur-lex.europa.eu/eli/reg/2022/2065/oj" {
		t.Errorf("the address reads %q:\n%s", got, d.view())
	}
}

// TestSourcesRoomInTallWindow: a question's sources take up to two lines
// at 80×24 (the rest left to ?), and up to four in a taller window that
// has the room, so they are not cut there.
func TestSourcesRoomInTallWindow(t *testing.T) {
	src := `format: dutycheck/v1
id: refs
version: 1.0.0
title: Refs
languages: [en]
references:
  a: {title: "First long reference title: the detail of the first one", status: law}
  b: {title: "Second long reference title: the detail of the second one", status: code}
  c: {title: "Third long reference title: the detail of the third one", status: guidance}
  d: {title: "Fourth long reference title: the detail of the fourth one", status: voluntary}
  e: {title: "Fifth long reference title: the detail of the fifth one", status: voluntary}
sections:
  - id: s
    title: S
    questions:
      - id: q
        text: A question?
        type: yesno
        references: [a, b, c, d, e]
`
	q, err := questionnaire.Parse("refs.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	d := drive(t, config(q, &store{}))
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.begin("X")
	d.contains("Sources: First long reference title", "…")
	d.lacks("Fifth long reference title (voluntary)")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 30})
	d.contains("Sources: First long reference title", "Fifth long reference title (voluntary)")
}

// TestEndMustHaveOwnerOwnLine: at 80 columns a must-have with a long
// owner and status has them on a line of its own, so the duty is not cut
// to a few words; a short one keeps them beside it.
func TestEndMustHaveOwnerOwnLine(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/regimes.yaml")
	cfg := config(q, &store{})
	cfg.Answers.Actions = map[string]*answers.Action{"ncmec": {
		Owner: "Anna Berg, Chief Operating Officer and Head of Trust & Safety", Status: answers.ActionInProgress,
		Due: time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC),
	}}
	d := drive(t, cfg).begin("X")
	d.keys("enter", "enter")
	d.typeText("60").keys("enter")
	d.typeText("5").keys("enter")
	d.keys("down", "enter")
	d.keys("enter")
	if d.m.screen != endScreen {
		t.Fatalf("not at the end:\n%s", d.view())
	}
	v := d.view()
	i := strings.Index(v, "★ Do you report apparent CSAM to NCMEC?")
	if i < 0 {
		t.Fatalf("the duty is cut:\n%s", v)
	}
	next := strings.SplitN(v[i:], "\n", 3)
	if len(next) < 2 || !strings.Contains(next[1], "Anna Berg") {
		t.Errorf("the owner is not on the line under the duty:\n%s", v)
	}
}
