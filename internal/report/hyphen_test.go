package report

import (
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/questionnaire"
)

// TestSyllableBreaks: words break at syllables only, never inside a pair
// read as one sound, and keep two letters on each side.
func TestSyllableBreaks(t *testing.T) {
	for word, want := range map[string]string{
		"tjänstemottagare":       "tjän-ste-mot-ta-ga-re",
		"sammanfattning":         "sam-man-fatt-ning",
		"anmälningar":            "an-mäl-ningar",
		"totalsträckskryptering": "to-tal-sträcks-kryp-te-ring",
		"utbildningskrav":        "ut-bild-nings-krav",
		"riskbedömning":          "risk-be-döm-ning",
		"styrelsen":              "sty-rel-sen",
		"ab":                     "ab",
		"NCMEC":                  "NCMEC",
		"provider":               "pro-vi-der",
	} {
		runes := []rune(word)
		var parts []string
		last := 0
		for _, b := range syllableBreaks(runes) {
			parts = append(parts, string(runes[last:b]))
			last = b
		}
		parts = append(parts, string(runes[last:]))
		if got := strings.Join(parts, "-"); got != want {
			t.Errorf("%s: %s, want %s", word, got, want)
		}
	}
}

// TestWrapHyphenates: a Swedish word too wide for its column breaks at a
// syllable with a hyphen; an address still breaks after punctuation; a
// word with no syllable stays whole.
func TestWrapHyphenates(t *testing.T) {
	d := &doc{}
	st := cellS
	lines := d.wrap(st, "tjänstemottagare", measure(st, "tjänstemot-"))
	if strings.Join(lines, "|") != "tjänstemot-|tagare" {
		t.Errorf("hyphenated as %q, want tjänstemot-|tagare", lines)
	}
	for _, l := range d.wrap(st, "https://www.example.org/a/very/long/address/that/will/not/fit", 30) {
		if strings.HasSuffix(l, "-") && !strings.HasSuffix(l, "/") {
			t.Errorf("an address was hyphenated: %q", l)
		}
	}
	if got := d.wrap(st, "NCMEC", 3); len(got) != 1 || got[0] != "NCMEC" {
		t.Errorf("a word without syllables was broken: %q", got)
	}
}

// TestLabelsWrap: a section title too long for the chart's label column
// wraps onto a second line on the brief, whole, instead of being cut.
func TestLabelsWrap(t *testing.T) {
	in := sampleInput(t, "en")
	long := "Preservation of data and cooperation with law enforcement across borders"
	in.Questionnaire.Sections[1].Title = questionnaire.NewText("en", map[string]string{"en": long})
	_, pdf, _ := renderProbed(t, in)
	brief := flat(pageOf(t, pdf, 2))
	if strings.Contains(brief, "…") {
		t.Errorf("the brief cuts a label:\n%s", brief)
	}
	if !strings.Contains(brief, "Preservation of data and cooperation with law") || !strings.Contains(brief, "across borders") {
		t.Errorf("the chart's label is not whole:\n%s", brief)
	}
}
