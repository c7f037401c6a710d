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
		{en.Signed(6.25), "+6.3"}, // halves round up
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
		{shortName("Digital Services Act, Art. 16: notice and action"), "Digital Services Act, Art. 16"},
		{safeURL("javascript:alert(1)"), ""},
		{safeURL("file:///etc/passwd"), ""},
		{safeURL("https://example.org/a"), "https://example.org/a"},
		{cleanLine("a\x1bb\U0001F600"), `a\x1bb` + "\uFFFD"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestShortName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Digital Services Act, Art. 16: notice and action", "Digital Services Act, Art. 16"},
		{"Digital Services Act (Regulation (EU) 2022/2065): points of contact and legal representatives", "Digital Services Act"},
		{"Ofcom Illegal Content Codes (user-to-user): a named person accountable (all services)", "Ofcom Illegal Content Codes (user-to-user)"},
		{"Australia: Online Safety Act 2021, removal notices for class 1 material", "Australia: Online Safety Act 2021"},
		{"eSafety: Basic Online Safety Expectations (Determination 2022, amended 2024)", "eSafety: Basic Online Safety Expectations"},
		{"Ofcom: Risk Assessment Guidance and Risk Profiles (illegal harms)", "Ofcom: Risk Assessment Guidance and Risk Profiles"},
		{"eSafety Commissioner", "eSafety Commissioner"},
		{"Regulation (EU) 2023/1543 on European production and preservation orders (e-evidence), applicable from 18 August 2026", "Regulation (EU) 2023/1543 on European production and preservation"},
		{"18 U.S.C. § 2258A", "18 U.S.C. § 2258A"},
	} {
		if got := shortName(c.in); got != c.want {
			t.Errorf("shortName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, c := range []struct{ name, pin, want string }{
		{"Voluntary Principles, principle 1", "principle 1", "Voluntary Principles"},
		{"18 U.S.C. § 2258A", "§ 2258A(a)", "18 U.S.C."},
		{"Digital Services Act", "Art. 16", "Digital Services Act"},
	} {
		if got := withoutPinpoint(c.name, c.pin); got != c.want {
			t.Errorf("withoutPinpoint(%q, %q) = %q, want %q", c.name, c.pin, got, c.want)
		}
	}
}

// TestComposed: decomposed text (as macOS writes it) reaches the PDF
// composed, so "ö" is one glyph and not "o" and a box.
func TestComposed(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Malmo\u0308", "Malmö"},
		{"Malmö", "Malmö"},
		{"e\u0301tude", "étude"},
	} {
		if got := cleanLine(tc.in); got != tc.want {
			t.Errorf("cleanLine(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
