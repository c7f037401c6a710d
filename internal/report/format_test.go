package report

import (
	"testing"
	"time"
)

func TestFormat(t *testing.T) {
	en, sv := wordsFor("en"), wordsFor("sv")
	for _, c := range []struct{ got, want string }{
		{en.Score(71.44), "71.4"},
		{sv.Score(71.44), "71,4"},
		{en.Score(-0.01), "0.0"},
		{en.Signed(6.25), "+6.2"},
		{sv.Signed(-3), "−3,0"},
		{en.Signed(0.01), "±0.0"},
		{en.Number(120000), "120,000"},
		{sv.Number(120000), "120\u00a0000"},
		{sv.Number(2.5), "2,5"},
		{en.Number(1234), "1,234"},
		{sv.Number(1234), "1234"},
		{en.Percent(0.853), "85%"},
		{sv.Percent(0.853), "85\u00a0%"},
		{en.Percent(0.999), "99%"},
		{en.Percent(0.001), "1%"},
		{en.Percent(1), "100%"},
		{en.questionScore(0.5), "50"},
		{sv.questionScore(0.625), "62,5"},
		{en.WithUnit("70", "%"), "70%"},
		{sv.WithUnit("70", "%"), "70\u00a0%"},
		{en.Duration(90 * time.Minute), "1\u00a0h 30\u00a0min"},
		{en.Duration(9 * 24 * time.Hour), "1\u00a0week 2\u00a0days"},
		{sv.Duration(24 * time.Hour), "1\u00a0dygn"},
		{sv.LongDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)), "26 november 2026"},
		{en.LongDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)), "26 November 2026"},
		{shortTitle("Digital Services Act, Art. 16: notice and action"), "Digital Services Act, Art. 16"},
		{safeURL("javascript:alert(1)"), ""},
		{safeURL("file:///etc/passwd"), ""},
		{safeURL("https://example.org/a"), "https://example.org/a"},
		{clean("a\x1bb\U0001F600", false), `a\x1bb` + "\uFFFD"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
