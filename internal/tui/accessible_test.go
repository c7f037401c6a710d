package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
)

// TestAccessiblePiped pipes a whole sitting in, with mistakes, and checks
// the prompts, the reasons given for refused lines, conditions, and the
// file saved.
func TestAccessiblePiped(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	cfg := config(q, st)
	cfg.Echo = true
	in := strings.Join([]string{
		"",               // the organization is needed
		"Example AB",     //
		"maybe",          // uploads: refused
		"y",              // uploads: yes
		"1, 2",           // regions: eu, us
		"-3",             // users: below the minimum
		"1200",           // users
		"?",              // hash-matching: help
		"note: PDQ only", // a note, then the question again
		"2",              // some
		"na: no video",   // classifier: not applicable with the reason
		"2 fortnights",   // report-time: refused with the reason
		"2d",             //
		"",               // reviewed-share: skipped
		"2026-02-30",     // risk-date: refused
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := RunAccessible(cfg, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Sample safety check 1.0.0",
		"Organization name: \nThe organization's name is needed",
		"Question 1 of 7 · Service profile\nCan users upload images or video?\n  1. Yes\n  2. No\nAnswer (1-2): maybe\n\"maybe\" is not one of the options: type a number from 1 to 2.",
		"Saved: Yes",
		"Answer (numbers from 1 to 3 separated by commas): 1, 2\nSaved: EU, United States",
		"Answer (a number, at least 0; unit: users): -3\n-3 is below the minimum 0",
		"Question 4 of 10 · Detection · critical",
		"Evidence to note: Name the hash lists.",
		"Guidance: PhotoDNA or PDQ count.",
		"Sources: 18 U.S.C. § 2258A https://www.law.cornell.edu/uscode/text/18/2258A",
		"Note saved.",
		"Saved: Some",
		"Answer (numbers from 1 to 3 separated by commas; na): na: no video\nSaved: not applicable",
		`"2 fortnights" is not a duration: write a number and a unit`,
		"Saved: 2d",
		"Skipped.",
		`"2026-02-30" is not a date`,
		"End of input.",
		"6 of 10 questions answered; saved in assessment.yaml.",
		"Overall ",
		"Sections\n  Service profile: not scored\n  Detection: 50.0",
		"Write the PDF report with: dutycheck report -a assessment.yaml",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(got)
	}
	f := st.decode(t, q)
	if a := f.Get("hash-matching"); a.Value.Choice != "some" || a.Note != "PDQ only" {
		t.Errorf("hash-matching saved as %+v", a)
	}
	if a := f.Get("classifier"); !a.NA || a.Note != "no video" {
		t.Errorf("classifier saved as %+v", a)
	}
	if a := f.Get("reviewed-share"); a != nil {
		t.Errorf("a skipped question was saved: %+v", a)
	}
	if f.Get("report-time").Value.Format("duration") != "2d" {
		t.Errorf("report-time saved as %+v", f.Get("report-time"))
	}
}

// TestAccessibleConditions checks that plain mode skips what does not
// apply and resumes where the walk-through would.
func TestAccessibleConditions(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	f := answers.New(q, assessed)
	f.Organization = "X"
	f.Put(q.Question("uploads"), &answers.Answer{Value: answers.Value{Set: true, Choice: "no"}})
	st := &store{}
	var out bytes.Buffer
	in := "3\n\n"                // regions: none of these; users: skipped
	in += "80\n2026-01-01\nok\n" // the response section, without report-time or escalation
	cfg := Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: st.save}
	if err := RunAccessible(cfg, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	if strings.Contains(got, "hash lists") || strings.Contains(got, "NCMEC") {
		t.Errorf("asked questions that do not apply:\n%s", got)
	}
	if !strings.Contains(got, "Resuming a.yaml: 1 of 7") || !strings.Contains(got, "Where do you offer the service?") {
		t.Errorf("did not resume at the first unanswered question:\n%s", got)
	}
	if !strings.Contains(got, "All questions that apply have been asked.") {
		t.Errorf("did not reach the end:\n%s", got)
	}
	if a := st.decode(t, q).Get("comments"); a.Value.Text != "ok" {
		t.Errorf("comments saved as %+v", a)
	}
}

// TestAccessibleEmptyInput checks that no input writes no file.
func TestAccessibleEmptyInput(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	var out bytes.Buffer
	if err := RunAccessible(config(q, st), strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	if len(st.saves) != 0 {
		t.Fatal("empty input wrote a file")
	}
	if !strings.Contains(out.String(), "End of input.") {
		t.Fatalf("no clean end:\n%s", out.String())
	}
}

// TestAccessibleSwedish checks plain mode in Swedish.
func TestAccessibleSwedish(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	cfg := config(q, &store{})
	cfg.Lang = "sv"
	var out bytes.Buffer
	if err := RunAccessible(cfg, strings.NewReader("Exempel AB\nj\n"), &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Organisationens namn:", "Fråga 1 av 7 · Tjänstens profil", "Kan användare ladda upp bilder eller video?", "Sparat: Ja", "Slut på indata.", "Nivå:"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}
