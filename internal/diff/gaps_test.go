package diff_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/diff"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// judgeSide scores one of the judge's answers files (testdata/judge)
// against the judge's marketplace questionnaire.
func judgeSide(t *testing.T, name string) diff.Side {
	t.Helper()
	qdata, err := os.ReadFile("../../testdata/judge/q-v1.yaml")
	if err != nil {
		t.Fatal(err)
	}
	q, err := questionnaire.Parse("q-v1.yaml", qdata)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../../testdata/judge/" + name)
	if err != nil {
		t.Fatal(err)
	}
	f, err := answers.Decode(name, data, q)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Side{Result: scoring.Score(q, f), File: name}
}

// TestEstimateMarkNotCut: an estimate on both sides of a changed answer
// ("Some surfaces (est.) → All surfaces (est.)") keeps both marks whole;
// the column's cap cut the second to "(es…".
func TestEstimateMarkNotCut(t *testing.T) {
	var text bytes.Buffer
	diff.WriteText(&text, diff.Compare(judgeSide(t, "a-walk.yaml"), judgeSide(t, "b-from.yaml"), "en"), "en")
	var line string
	for _, l := range strings.Split(text.String(), "\n") {
		if strings.HasPrefix(strings.TrimLeft(l, " !"), "hash ") && strings.Contains(l, "→") {
			line = l
		}
	}
	if strings.Count(line, "(est.)") != 2 || strings.Contains(line, "(es…") {
		t.Fatalf("hash line %q in:\n%s", line, text.String())
	}
	if !strings.Contains(text.String(), "evidence may be stale): hash") {
		t.Errorf("the unchanged evidence of a changed answer is not called stale:\n%s", text.String())
	}
}

// TestConditionalMustHaveGapNoPoints: hash is a must-have only where the UK
// code applies. From the EU-only assessment (hash not a must-have there,
// a gap costing 25 points) to the EU and UK one (a must-have, met), the
// closed gap was shown with "−25.0" under the answers list that marks hash
// a must-have: a question that is a must-have on either side is marked so,
// and weighed in no points, in the gaps too, in both languages.
func TestConditionalMustHaveGapNoPoints(t *testing.T) {
	old, cur := judgeSide(t, "small-eu-notice.yaml"), judgeSide(t, "b-from.yaml")
	for _, pair := range []struct {
		old, new diff.Side
		list     string
	}{{old, cur, "closed"}, {cur, old, "opened"}} {
		for _, lang := range []string{"en", "sv"} {
			d := diff.Compare(pair.old, pair.new, lang)
			gaps := map[string][]diff.GapDiff{"closed": d.GapsClosed, "opened": d.GapsOpened}[pair.list]
			found := false
			for _, g := range gaps {
				if g.Question == "hash" {
					found = true
					if !g.Critical {
						t.Errorf("%s %s: the hash gap is not marked a must-have", lang, pair.list)
					}
				}
			}
			if !found {
				t.Fatalf("%s: hash is not among the gaps %s: %+v", lang, pair.list, gaps)
			}
			var text bytes.Buffer
			diff.WriteText(&text, d, lang)
			for _, l := range strings.Split(text.String(), "\n") {
				f := strings.Fields(l)
				if len(f) < 2 || (f[0] != "hash" && f[1] != "hash") {
					continue
				}
				if f[0] != "!" {
					t.Errorf("%s: hash not marked a must-have: %q", lang, l)
				}
				if strings.Contains(l, "−") || strings.Contains(l, "+") {
					t.Errorf("%s: a must-have weighed in points: %q", lang, l)
				}
			}
		}
	}
}

// TestOpenedByUnknown: a gap opened by answering "don't know" (unknown:
// true, no value) quotes that answer; it read (answered “”).
func TestOpenedByUnknown(t *testing.T) {
	d := diff.Compare(judgeSide(t, "small-eu-notice.yaml"), judgeSide(t, "b-from.yaml"), "en")
	for lang, want := range map[string]string{"en": "(answered “don't know / not measured”)", "sv": "(besvarad ”vet inte / inte mätt”)"} {
		var text bytes.Buffer
		diff.WriteText(&text, d, lang)
		found := false
		for _, l := range strings.Split(text.String(), "\n") {
			if f := strings.Fields(l); len(f) > 1 && f[0] == "age-check" && strings.Contains(l, "(") {
				found = true
				if !strings.HasSuffix(l, want) {
					t.Errorf("%s: %q, want it to end %q", lang, l, want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no opened gap for age-check:\n%s", lang, text.String())
		}
	}
	for _, g := range d.GapsOpened {
		if g.Question == "age-check" && g.Why != `answered "unknown"` {
			t.Errorf("JSON why %q", g.Why)
		}
	}
}
