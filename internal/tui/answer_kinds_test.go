package tui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// These tests cover the honest answers of 1.1 (issue 13): "don't know /
// not measured", estimates and evidence, in the full-screen walk-through
// and in plain mode, each saved at once and read back intact.

// TestUnknownChoices answers "don't know" in each of the ways a question
// offers it: an added row on a yes/no question, the question's own option
// on a single and a multi question, and a row under a typed field.
func TestUnknownChoices(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.at("hashing")
	d.contains("○ Yes", "○ No", "○ Don't know / not measured")
	d.keys("down", "down", "enter") // the added row
	d.at("coverage")
	if a := st.decode(t, q).Get("hashing"); !a.Unknown || a.Value.Set {
		t.Fatalf("hashing saved as %+v, want unknown", a)
	}
	d.contains("○ Don't know") // the question's own option, no added row
	d.lacks("Don't know / not measured")
	d.keys("4", "enter")
	d.at("channels")
	d.keys("space", "4", "space") // "some" is cleared by the exclusive unknown option
	d.contains("[ ] Some", "[x] Don't know")
	d.keys("enter")
	d.at("tools")
	d.keys("ctrl+n")
	d.at("users")
	d.contains("○ Don't know / not measured")
	d.keys("down")
	d.contains("› ○ Don't know / not measured")
	d.keys("enter")
	d.at("first-response")
	f := st.decode(t, q)
	for id, want := range map[string]bool{"hashing": true, "coverage": true, "channels": true, "users": true} {
		if got := f.Get(id).IsUnknown(q.Question(id)); got != want {
			t.Errorf("%s unknown = %v, want %v (%+v)", id, got, want, f.Get(id))
		}
	}
	if v := f.Get("channels").Value.Choices; len(v) != 1 || v[0] != "dont-know" {
		t.Errorf("channels saved %v", v)
	}
	// Back on a typed question, the row shows chosen and the cursor on it.
	d.keys("shift+tab")
	d.at("users")
	d.contains("› ● Don't know / not measured")
}

// TestEstimateKeys marks estimates with e on a choice and ctrl+e on a
// typed field, before and after the value is confirmed.
func TestEstimateKeys(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.at("hashing")
	d.contains("e estimate")
	d.keys("down", "down", "e") // on the "don't know" row: no value to estimate
	d.contains("Only an answer with a value can be an estimate")
	d.keys("up", "e")
	d.contains("○ No est.", "It is saved with the answer when you press enter")
	d.keys("enter")
	if a := st.decode(t, q).Get("hashing"); !a.Estimate || a.Value.Choice != "no" {
		t.Fatalf("hashing saved as %+v, want an estimated no", a)
	}
	d.keys("shift+tab")
	d.at("hashing")
	d.contains("› ● No est.")
	d.keys("e") // off again, saved at once: the value on file is shown
	d.contains("No longer marked as an estimate. Saved to")
	if a := st.decode(t, q).Get("hashing"); a.Estimate {
		t.Fatal("estimate not taken off at once")
	}
	d.keys("enter", "ctrl+n", "ctrl+n", "ctrl+n")
	d.at("users")
	d.contains("ctrl+e estimate")
	d.typeText("1200").keys("ctrl+e")
	d.contains("1200 est.")
	d.keys("enter")
	d.at("first-response")
	if a := st.decode(t, q).Get("users"); !a.Estimate || a.Value.Number != 1200 {
		t.Fatalf("users saved as %+v, want an estimated 1200", a)
	}
}

// TestEvidenceWalk adds a link and a file to an answer, is refused a
// picture renamed to .txt and a bad link in place, removes an item, and
// resumes with everything intact.
func TestEvidenceWalk(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "evidence"), 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, data string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("evidence/export.csv", "month,reports\n2026-10,12\n")
	write("evidence/photo.txt", "\xFF\xD8\xFF\xE0\x00\x10JFIF\x00")
	st := &store{}
	cfg := config(q, st)
	cfg.Path = filepath.Join(dir, "assessment.yaml")
	d := drive(t, cfg).begin("X")
	d.at("hashing")
	d.keys("enter") // yes
	d.keys("shift+tab")
	d.contains("Evidence: none")
	d.keys("tab", "tab") // note, then evidence
	d.contains("Evidence (0)", "› + Add a link or a file", "a add")
	d.keys("enter").typeText("ftp://example.com/x").keys("enter")
	d.contains("is not a web address")
	d.keys("ctrl+u").typeText("https://wiki.example.com/t-s/runbook").keys("enter")
	d.contains("Evidence added: https://wiki.example.com/t-s/runbook. Saved to")
	d.keys("a").typeText("evidence/photo.txt").keys("enter")
	d.contains("is an image (JPEG, by its first bytes)", "case system instead")
	d.keys("ctrl+u").typeText("evidence/export.csv").keys("enter")
	d.contains("Evidence added: evidence/export.csv", "evidence/export.csv · sha256 ")
	d.keys("a").typeText("https://old.example.com").keys("enter")
	d.keys("up", "d") // the cursor is on the add row: up is the last item
	d.contains("Evidence removed: https://old.example.com.")

	f := st.decode(t, q)
	a := f.Get("hashing")
	if a.Value.Choice != "yes" || len(a.Evidence) != 2 {
		t.Fatalf("hashing saved as %+v", a)
	}
	if a.Evidence[0].URL != "https://wiki.example.com/t-s/runbook" || a.Evidence[1].File != "evidence/export.csv" || len(a.Evidence[1].SHA256) != 64 {
		t.Fatalf("evidence saved as %+v", a.Evidence)
	}
	// Changing the answer keeps the evidence.
	d.keys("tab") // back to the answer
	d.keys("down", "enter")
	f = st.decode(t, q)
	if a := f.Get("hashing"); a.Value.Choice != "no" || len(a.Evidence) != 2 {
		t.Fatalf("evidence lost with a changed answer: %+v", a)
	}

	// Resume from what was saved: the evidence is there.
	f2, err := answers.Decode(cfg.Path, []byte(st.last()), q)
	if err != nil {
		t.Fatal(err)
	}
	d = drive(t, Config{Questionnaire: q, Answers: f2, Path: cfg.Path, Save: (&store{}).save})
	d.keys("enter")
	d.keys("esc", "enter") // the overview, then the first section
	d.at("coverage")       // its first unanswered question
	d.keys("shift+tab")
	d.at("hashing")
	d.contains("Evidence (2): https://wiki.example.com/t-s/runbook · evidence/export.csv")
}

// TestNAVisiblyChosen checks that "not applicable" shows chosen as soon as
// it is picked, asks for the reason right there, and is taken back when
// the cursor leaves it.
func TestNAVisiblyChosen(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/sample.yaml")
	st := &store{}
	d := drive(t, config(q, st)).begin("X")
	d.keys("enter", "space", "enter")
	d.typeText("5").keys("enter")
	d.keys("enter") // hash-matching
	d.at("classifier")
	d.keys("down", "down", "down", "enter")
	d.contains("●  Not applicable", "Why does it not apply?")
	d.lacks("optional: evidence") // the reason is not optional
	d.keys("tab", "tab", "up")    // back to the answer, and off the row
	d.contains("○  Not applicable", "Note", "optional: evidence")
	d.lacks("●  Not applicable", "Why does it not apply?")
}

// TestAccessibleHonest drives plain mode: dk where allowed (and refused
// where not), a value with ~, evidence added, refused and removed, and the
// prompt that offers dk.
func TestAccessibleHonest(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "log.csv"), []byte("a,b\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "clip.txt"), []byte("\x00\x00\x00\x18ftypmp42"), 0o600); err != nil {
		t.Fatal(err)
	}
	st := &store{}
	cfg := config(q, st)
	cfg.Path = filepath.Join(dir, "a.yaml")
	cfg.Echo = true
	in := strings.Join([]string{
		"X",
		"evidence: https://wiki.example.com/hash",
		"evidence: clip.txt",
		"evidence: log.csv",
		"evidence: https://x.example.com",
		"evidence -3",
		"evidence",
		"dk: not measured before Q1", // hashing
		"dk",                         // coverage: the option
		"",                           // channels
		"",                           // tools
		"1200 ~",                     // users
		"dk",                         // first-response: refused
		"30s",
	}, "\n") + "\n"
	var out bytes.Buffer
	if err := RunAccessible(cfg, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	got := out.String()
	for _, want := range []string{
		"Answer (1-2; dk): ",
		"Evidence added: https://wiki.example.com/hash.",
		"is a video (MP4",
		"link to the record in the case system instead",
		"Evidence removed: https://x.example.com.",
		"  2. log.csv (sha256 ",
		"Saved: Don't know / not measured",
		"Saved: Don't know",
		"Saved: 1,200 (est.)",
		"This question cannot be answered “don't know”.",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	f := st.decode(t, q)
	a := f.Get("hashing")
	if !a.Unknown || a.Note != "not measured before Q1" || len(a.Evidence) != 2 || a.Evidence[1].File != "log.csv" {
		t.Errorf("hashing saved as %+v", a)
	}
	if a := f.Get("coverage"); a.Value.Choice != "dont-know" {
		t.Errorf("coverage saved as %+v", a)
	}
	if a := f.Get("users"); !a.Estimate || a.Value.Number != 1200 {
		t.Errorf("users saved as %+v", a)
	}
	if got := f.Get("first-response").Value.Format(questionnaire.Duration); got != "30s" {
		t.Errorf("first-response saved as %q", got)
	}
}

// TestAccessibleSwedishUnknown checks the Swedish keyword and prompt.
func TestAccessibleSwedishUnknown(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	st := &store{}
	cfg := config(q, st)
	cfg.Lang = "sv"
	var out bytes.Buffer
	if err := RunAccessible(cfg, strings.NewReader("X\nvet ej\n"), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Svar (1-2; vet ej): ") || !strings.Contains(out.String(), "Sparat: Vet inte / inte mätt") {
		t.Errorf("output:\n%s", out.String())
	}
	if !st.decode(t, q).Get("hashing").Unknown {
		t.Error("vet ej not saved as unknown")
	}
}

// TestLongEvidenceScrolls checks that a long evidence list scrolls at
// 80×24, keeping the add row and the question on screen.
func TestLongEvidenceScrolls(t *testing.T) {
	q := loadQ(t, "questionnaires/valid/v11-fields.yaml")
	f := answers.New(q, assessed)
	f.Organization = "X"
	var ev []answers.Evidence
	for i := range 9 {
		ev = append(ev, answers.Evidence{URL: "https://wiki.example.com/page-" + string(rune('a'+i))})
	}
	f.Put(q.Question("hashing"), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}, Evidence: ev})
	d := drive(t, Config{Questionnaire: q, Answers: f, Path: "a.yaml", Save: (&store{}).save})
	d.keys("enter", "shift+tab")
	d.at("hashing")
	d.keys("tab", "tab")
	d.contains("Evidence (9)", "› + Add a link or a file", "↑ ", "Do you match uploads against a hash list?")
	d.keys("up", "up", "up", "up", "up", "up", "up", "up", "up")
	d.contains("› https://wiki.example.com/page-a", "↓ ")
	d.lacks("page-i")
}
