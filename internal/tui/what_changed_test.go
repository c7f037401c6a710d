package tui

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// bilingual is a questionnaire in English and Swedish whose one question
// has the given texts.
func bilingual(t *testing.T, version, en, sv string) *questionnaire.Questionnaire {
	t.Helper()
	src := "format: dutycheck/v1\nid: two\nversion: " + version + "\nlanguages: [en, sv]\ntitle: {en: Two, sv: Två}\n" +
		"sections:\n  - id: s\n    title: {en: S, sv: S}\n    questions:\n" +
		"      - id: q\n        type: yesno\n        text: {en: \"" + en + "\", sv: \"" + sv + "\"}\n"
	q, err := questionnaire.Parse("two.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// TestWhatChangedInTheWalksLanguage: a changed question shows the change
// in the language of the walk, not the same change in the other language
// too (an English walk showed "label (sv)" lines before the answer); and
// one change too long for its four lines says "1 change", not "1 changes".
func TestWhatChangedInTheWalksLanguage(t *testing.T) {
	long := strings.Repeat("a very long question that goes on ", 8)
	for _, tc := range []struct {
		name, lang  string
		v1, v2      *questionnaire.Questionnaire
		want, lacks []string
	}{
		{"english walk", "en",
			bilingual(t, "1.0.0", "Old words?", "Gamla ord?"), bilingual(t, "1.1.0", "New words?", "Nya ord?"),
			[]string{"Changed since your answer: text (en): “Old words?” → “New words?”"}, []string{"text (sv)"}},
		{"swedish walk", "sv",
			bilingual(t, "1.0.0", "Old words?", "Gamla ord?"), bilingual(t, "1.1.0", "New words?", "Nya ord?"),
			[]string{"Ändrat sedan ert svar: text (sv): “Gamla ord?” → “Nya ord?”"}, []string{"text (en)"}},
		{"only the other language changed", "en",
			bilingual(t, "1.0.0", "Same?", "Gamla ord?"), bilingual(t, "1.1.0", "Same?", "Nya ord?"),
			[]string{"text (sv): “Gamla ord?” → “Nya ord?”"}, nil},
		{"one long change", "en",
			bilingual(t, "1.0.0", "Old "+long+"?", "Samma?"), bilingual(t, "1.1.0", "New "+long+"?", "Samma?"),
			[]string{"… 1 change, cut here: dutycheck changes shows it whole."}, []string{"1 changes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := answeredYes(tc.v1, "q")
			mk := func() Config {
				f, err := answers.Decode("a.yaml", data, tc.v2)
				if err != nil {
					t.Fatal(err)
				}
				return Config{Questionnaire: tc.v2, Previous: tc.v1, Answers: f, Path: "a.yaml", Lang: tc.lang, Save: (&store{}).save, Today: assessed}
			}
			d := drive(t, mk())
			d.keys("enter")
			d.at("q")
			screen := strings.Join(strings.Fields(d.view()), " ")
			for _, w := range tc.want {
				if tc.name != "one long change" {
					// the plain walk, unwrapped, says the same
					var out bytes.Buffer
					if err := RunAccessible(mk(), strings.NewReader("\n"), &out); err != nil {
						t.Fatal(err)
					}
					if !strings.Contains(out.String(), w) {
						t.Errorf("plain mode lacks %q:\n%s", w, out.String())
					}
				}
				if !strings.Contains(screen, w) {
					t.Errorf("screen lacks %q:\n%s", w, d.view())
				}
			}
			for _, b := range tc.lacks {
				if strings.Contains(screen, b) {
					t.Errorf("screen has %q:\n%s", b, d.view())
				}
			}
		})
	}
}

// TestWhatChangedRenamed: a question renamed since the answer (replaces)
// is tagged changed; it says that the id is what changed, on the full
// screen and in plain mode, where the tag stood unexplained.
func TestWhatChangedRenamed(t *testing.T) {
	v1 := loadQ(t, "tui/changed-v1.yaml")
	v2 := loadQ(t, "tui/changed-v2-renamed.yaml")
	data := answeredYes(v1, "kept", "reworded", "dropped")
	mk := func() Config {
		f, err := answers.Decode("a.yaml", data, v2)
		if err != nil {
			t.Fatal(err)
		}
		return Config{Questionnaire: v2, Previous: v1, Answers: f, Path: "a.yaml", Save: (&store{}).save, Today: assessed}
	}
	want := "Changed since your answer: id: “dropped” → “will-go”"
	d := drive(t, mk())
	d.keys("enter")
	d.at("will-go")
	d.contains(want)
	var out bytes.Buffer
	if err := RunAccessible(mk(), strings.NewReader("\n"), &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), want) {
		t.Errorf("plain mode does not say what changed:\n%s", out.String())
	}
}

// answeredYes is an answers file of organization X that answers the
// questions ids of q "yes", as saved.
func answeredYes(q *questionnaire.Questionnaire, ids ...string) []byte {
	f := answers.New(q, assessed)
	f.Organization = "X"
	for _, id := range ids {
		f.Put(q.Question(id), &answers.Answer{Value: answers.Value{Set: true, Choice: "yes"}})
	}
	return answers.Encode(f, q)
}
