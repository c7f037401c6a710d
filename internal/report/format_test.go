package report

import (
	"testing"
	"time"
)

func TestFormat(t *testing.T) {
	en, sv := &wordsEN, &wordsSV
	for _, c := range []struct{ got, want string }{
		{en.score1(71.44), "71.4"},
		{sv.score1(71.44), "71,4"},
		{en.score1(-0.01), "0.0"},
		{en.signed(6.25), "+6.2"},
		{sv.signed(-3), "−3,0"},
		{en.signed(0.01), "±0.0"},
		{en.number(120000), "120,000"},
		{sv.number(120000), "120\u00a0000"},
		{sv.number(2.5), "2,5"},
		{en.number(1234), "1234"},
		{en.percent(0.853), "85%"},
		{sv.percent(0.853), "85\u00a0%"},
		{en.percent(0.999), "99%"},
		{en.percent(0.001), "1%"},
		{en.percent(1), "100%"},
		{en.questionScore(0.5), "50"},
		{sv.questionScore(0.625), "62,5"},
		{en.withUnit("70", "%"), "70%"},
		{sv.withUnit("70", "%"), "70\u00a0%"},
		{en.duration(90 * time.Minute), "1\u00a0h 30\u00a0min"},
		{en.duration(9 * 24 * time.Hour), "1\u00a0week 2\u00a0days"},
		{sv.duration(24 * time.Hour), "1\u00a0dygn"},
		{sv.longDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)), "26 november 2026"},
		{en.longDate(time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)), "26 November 2026"},
		{shortName("Digital Services Act, Art. 16: notice and action"), "Digital Services Act, Art. 16"},
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

func TestShortName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Digital Services Act, Art. 16: notice and action", "Digital Services Act, Art. 16"},
		{"Digital Services Act (Regulation (EU) 2022/2065): points of contact and legal representatives", "Digital Services Act"},
		{"Ofcom Illegal Content Codes (user-to-user): a named person accountable (all services)", "Ofcom Illegal Content Codes (user-to-user)"},
		{"Australia: Online Safety Act 2021, removal notices for class 1 material", "Australia: Online Safety Act 2021"},
		{"eSafety: Basic Online Safety Expectations (Determination 2022, amended 2024)", "eSafety: Basic Online Safety Expectations"},
		{"Ofcom: Risk Assessment Guidance and Risk Profiles (illegal harms)", "Ofcom: Risk Assessment Guidance and Risk Profiles"},
		{"eSafety Commissioner", "eSafety Commissioner"},
		{"Regulation (EU) 2023/1543 on European production and preservation orders (e-evidence), applicable from 18 August 2026", "Regulation (EU) 2023/1543 on European production and preservation…"},
		{"18 U.S.C. § 2258A", "18 U.S.C. § 2258A"},
	} {
		if got := shortName(c.in); got != c.want {
			t.Errorf("shortName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
