package report

import (
	"regexp"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
	"github.com/dutycheck/dutycheck/questionnaires"
)

// largeInput is the built-in questionnaire answered as the large platform
// of testdata/companies (designated VLOP, UK, US, AU) with four must-haves
// not met and one action recorded, against the same platform six months
// earlier with none of those gaps as the baseline, with the board's
// targets (overall, a section, two measured outcomes) and a sign-off: the
// chair approved the earlier answers, which have changed since.
func largeInput(t testing.TB, lang string) Input {
	t.Helper()
	qf, _ := questionnaires.Get("csea-duties")
	q, err := questionnaire.Parse(qf.Name, qf.Data)
	if err != nil {
		t.Fatal(err)
	}
	data := []byte(strings.Replace(string(readTestdata(t, "companies/duties-large.yaml")), "version: 2.0.0", "version: "+q.Version, 1))
	decode := func() *answers.File {
		f, err := answers.Decode("large.yaml", data, q)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	base, now := decode(), decode()
	for _, id := range []string{"notice-mechanism", "nca-reporting", "threat-to-life", "dsa-transparency-report"} {
		now.Answers[id].Value.Choice = "no"
	}
	now.SetAction("nca-reporting", &answers.Action{Owner: "General Counsel", Status: answers.ActionOpen, DoneWhen: "The first report is sent"})
	for _, tg := range []answers.TargetInput{
		{On: "overall", Min: "90", By: "2027-06-30"},
		{On: "authorities", Min: "100", By: "2027-03-31"},
		{On: "outcome-report-median", Max: "24h", By: "2027-06-30"},
		{On: "outcome-proactive-share", Min: "80", By: "2027-12-31"},
	} {
		scope, id, target, err := tg.Parse(q)
		if err != nil {
			t.Fatal(err)
		}
		now.SetTarget(scope, id, target)
	}
	now.Targets.SetBy = "Board, minute 2026-11-12 §5"
	return Input{Questionnaire: q, Answers: now, Result: scoring.Score(q, now), Baseline: scoring.Score(q, base),
		Lang: lang, Date: fixedDate, Generator: "dutycheck test", AnswersData: data, AnswersName: "large.yaml",
		SignOff: approval(false, true)}
}

// TestNoEllipsisInWord: no text anywhere in a report is cut inside or
// right after a word with "…": labels wrap or end at a word.
func TestNoEllipsisInWord(t *testing.T) {
	cut := regexp.MustCompile(`[\p{L}\p{N}]…`)
	for _, lang := range []string{"en", "sv"} {
		for name, in := range map[string]Input{
			"sample": sampleInput(t, lang), "board": boardInput(t, lang, true), "large": largeInput(t, lang),
		} {
			_, pdf, _ := renderProbed(t, in)
			if m := cut.FindAllString(pdf.text(t), 5); m != nil {
				t.Errorf("%s %s: text cut mid-word: %q", name, lang, m)
			}
		}
	}
}

// TestLargeBriefFits: the brief of a large platform names every must-have
// not met as a finding with its owner, due date and done-when, the three
// actions, every decision (approving the plan first) and the caveat, on
// page 2 alone, in both languages.
func TestLargeBriefFits(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {"Must-have duties not met (4)", "a legal duty under Digital Services Act Art. 16(1), (6), in force since 17 February 2024, not met",
			"owner General Counsel · due — · open · done when: The first report is sent", "NO OWNER · due — · done when: —",
			"The three actions that matter most", "3. ", "Decisions asked of the board (4)", "1. Approve the action plan and its dates",
			"A self-assessment: not legal advice and not a certification.", "Must-have duties not met: 0 → 4.", "Targets Set by: Board, minute 2026-11-12 §5",
			"Draft — approved version changed since 2026-12-10"},
		"sv": {"Obligatoriska krav som inte är uppfyllda (4)", "en rättslig skyldighet enligt Förordningen om digitala tjänster art. 16.1 och 16.6, gäller sedan 17 februari 2024, uppfylls inte",
			"De tre viktigaste åtgärderna", "Beslut som styrelsen ombeds fatta (4)", "1. Godkänn åtgärdsplanen och dess datum",
			"En självbedömning: inte juridisk rådgivning och inte en certifiering."},
	} {
		data, pdf, p := renderProbed(t, largeInput(t, lang))
		dump(t, "large-"+lang+".pdf", data)
		for _, x := range p.texts {
			// the readiness table's second column once ran on into a
			// third, off the page
			if x.page == 2 && (x.x < left-0.01 || x.x+x.w > right+0.01) {
				t.Errorf("%s: brief: text %q runs from %.1f to %.1f mm, outside the margins", lang, x.s, x.x, x.x+x.w)
			}
		}
		brief := flat(pageOf(t, pdf, 2))
		for _, s := range want {
			if !strings.Contains(brief, s) {
				t.Errorf("%s: brief lacks %q", lang, s)
			}
		}
		// Only the targets may point to the plan for the rest.
		if before, _, _ := strings.Cut(brief, map[string]string{"en": "Targets Set by", "sv": "Mål Satta av"}[lang]); strings.Contains(before, map[string]string{"en": "more, page", "sv": "till, sida"}[lang]) {
			t.Errorf("%s: the brief leaves items out:\n%s", lang, brief)
		}
		if strings.Contains(brief, "CSEA") && !strings.Contains(brief, "(CSEA)") {
			t.Errorf("%s: CSEA is not spelled out at its first use", lang)
		}
	}
}

// TestColdReadBriefsInMargins: the briefs of the three companies of the
// cold read (built-in csea-duties, answered in full) keep every text
// inside the margins in both languages. The very large platform's
// readiness table, a group of five regimes split over two columns, once
// ran on into a third column off the page.
func TestColdReadBriefsInMargins(t *testing.T) {
	qf, _ := questionnaires.Get("csea-duties")
	q, err := questionnaire.Parse(qf.Name, qf.Data)
	if err != nil {
		t.Fatal(err)
	}
	for _, company := range []string{"startup", "messenger", "vlop"} {
		data := readTestdata(t, "companies/cold-read-"+company+".yaml")
		f, err := answers.Decode(company+".yaml", data, q)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"en", "sv"} {
			in := Input{Questionnaire: q, Answers: f, Result: scoring.Score(q, f), Lang: lang, Date: fixedDate,
				Generator: "dutycheck test", AnswersData: data, AnswersName: company + ".yaml"}
			_, _, p := renderProbed(t, in)
			for _, x := range p.texts {
				if x.page <= 3 && (x.x < left-0.01 || x.x+x.w > right+0.01) {
					t.Errorf("%s %s: page %d: text %q runs from %.1f to %.1f mm, outside the margins", company, lang, x.page, x.s, x.x, x.x+x.w)
				}
			}
		}
	}
}
