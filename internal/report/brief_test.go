package report

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/scoring"
)

// checkGolden compares got with testdata/report/name; -update rewrites it.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "report", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("text differs from %s (go test -update rewrites it):\n%s", path, diffLines(string(want), got))
	}
}

// dump writes a rendered report to $REPORT_DUMP, when it is set, to be
// looked at: REPORT_DUMP=/tmp go test -run TestBriefOnePage.
func dump(t testing.TB, name string, data []byte) {
	if dir := os.Getenv("REPORT_DUMP"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pageOf is the text of page i (1-based), a line per string.
func pageOf(t testing.TB, pdf *pdfFile, i int) string {
	t.Helper()
	return strings.Join(pdf.pageText(t, pdf.pages()[i-1]), "\n")
}

// TestBriefGolden holds the board brief (page 2) of the small EU company,
// with and without a baseline, in English and Swedish, to golden files,
// and the whole report with a baseline in both languages.
func TestBriefGolden(t *testing.T) {
	for _, lang := range []string{"en", "sv"} {
		for _, base := range []bool{false, true} {
			name := "brief-" + lang
			if base {
				name += "-baseline"
			}
			t.Run(name, func(t *testing.T) {
				data, pdf, _ := renderProbed(t, boardInput(t, lang, base))
				dump(t, name+".pdf", data)
				checkGolden(t, name+".txt", pageOf(t, pdf, 2)+"\n")
				if base {
					checkGolden(t, "board-"+lang+".txt", pdf.text(t))
				}
			})
		}
	}
}

// TestBrief reads the brief of the small EU company as a board member
// would: the position in one sentence, what was assessed, the must-haves
// with their owners and dates and the cap, the decisions, readiness, what
// the result rests on and what changed.
func TestBrief(t *testing.T) {
	in := boardInput(t, "en", true)
	_, pdf, _ := renderProbed(t, in)
	brief := flat(pageOf(t, pdf, 2))
	for _, s := range []string{
		"Board brief",
		"The service scores 16.7 of 100 and is rated Inadequate.",
		"Exempel Bilder (Exempel AB – Malmö), assessed on 26 November 2026 by Åsa Öberg, Head of Trust & Safety against Child safety duties – board check 1.1.0.",
		"3 of 6 regimes do not apply to this service; page 3 says why.",
		"Must-have duties not met (3)",
		"While any is not met, the rating is at most Developing.",
		"A self-assessment: not legal advice and not a certification.",
		"Must-have duties not met: 2 → 3.",
		"Not met: Is one named senior person accountable for child safety?",
		"NO OWNER · due — · done when: —", "owner CTO · due 2027-03-31 · in progress · done when: PDQ and video hashes",
		"owner CEO · due 2026-09-30 · open · OVERDUE · done when: The board minutes name the accountable person.",
		"The three actions that matter most",
		"2. Match every upload surface that is not end-to-end encrypted against at least one recognised hash list. owner CTO · due 2027-03-31",
		"Decisions asked of the board (4)",
		"1. Approve the action plan and its dates",
		"2. No owner: Can anyone report",
		"3. Overdue (CEO, due 2026-09-30): Is one named senior person accountable for child safety?",
		"4. Risk accepted (approved by Board, minute 2026-11-12 §4): Do you block links",
		"Readiness by regime that applies", "EU Digital Services Act: every hosting service",
		"Guidance and voluntary frameworks (not duties)", "Voluntary Principles to Counter Online CSEA",
		"What the result rests on", "2 “don't know”", "1 estimate", "0 scored answers without evidence",
		"0 not applicable",
		"Since 2026-05-26", "2 gaps closed, 1 gap opened; 1 action done, 1 action overdue.",
		"Section score (0–100)", "Rating bands: Leading ≥ 90 · Established ≥ 70 · Developing ≥ 40 · Inadequate < 40.",
	} {
		if !strings.Contains(brief, s) {
			t.Errorf("brief lacks %q", s)
		}
	}
	// Regimes that do not apply are not rated on the brief, nor is a
	// proposal (its readiness beside the laws would read as a duty).
	for _, s := range []string{"UK Online Safety Act", "yearly transparency reports", "US reporting duty", "Proposed EU CSA Regulation"} {
		if strings.Contains(brief, s) {
			t.Errorf("brief rates %q, which does not apply", s)
		}
	}
	// Must-haves carry no points on the brief.
	if regexp.MustCompile(`−\d`).MatchString(brief[strings.Index(brief, "Must-have duties"):strings.Index(brief, "Decisions asked")]) {
		t.Error("must-have duties are shown with points lost")
	}
	// What a list leaves out is pointed to, on a page that exists.
	if m := regexp.MustCompile(`details from page (\d+)`).FindStringSubmatch(brief); m == nil || m[1] == "0" {
		t.Errorf("the section chart does not point to a page: %v", m)
	}
}

// TestBriefProvisional: a rating resting on too little says so, and why.
func TestBriefProvisional(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "The rating is provisional: only 50% of the questions that apply are answered (80% are needed).",
		"sv": "Nivån är preliminär: bara 50\u00a0% av frågorna som gäller är besvarade (minst 80\u00a0% behövs).",
	} {
		in := boardInput(t, lang, false)
		r := *in.Result
		r.Provisional = true
		r.Reason = scoring.ProvisionalReason{LowCompletion: true, Completion: 0.5, MinCompletion: 0.8}
		in.Result = &r
		_, pdf, _ := renderProbed(t, in)
		brief := flat(pageOf(t, pdf, 2))
		if !strings.Contains(brief, want) {
			t.Errorf("%s: brief lacks %q", lang, want)
		}
		if !strings.Contains(brief, map[string]string{"en": "PROVISIONAL", "sv": "PRELIMINÄR"}[lang]) {
			t.Errorf("%s: the rating is not marked provisional", lang)
		}
	}
}

// TestRegimesPage: the small EU-only company sees which regimes do not
// apply and why, the answers that decided each, and no duty of a regime
// that does not apply is called a legal duty anywhere.
func TestRegimesPage(t *testing.T) {
	in := boardInput(t, "en", false)
	_, pdf, _ := renderProbed(t, in)
	page := flat(pageOf(t, pdf, 3))
	if !strings.HasPrefix(page, "What applies to this service, and why") {
		t.Fatalf("page 3 is not the regimes page: %.120s", page)
	}
	// One table: the regime, whether it applies, why, and the answers it
	// read by number; the profile is not repeated under each regime.
	for _, s := range []string{
		"Regime Applies Why Answers read",
		"APPLIES A hosting service offered in the EU, of any size, must act on notices of illegal content. • 1.1 Yes • 1.6 Public posts by users, Image and video uploads",
		"DOES NOT APPLY A service in the EU with 50 or more staff or more than €10 million turnover publishes a transparency report every year; micro and small enterprises are exempt. • 1.1 Yes • 1.4 12\u00a0people • 1.5 €10 million or less",
		"DOES NOT APPLY A user-to-user service with a significant number of UK users, or that targets the UK. • 1.2 No",
		"DOES NOT APPLY A provider established in the US must report apparent child sexual abuse material to NCMEC. • 1.3 In the EU",
		"WOULD APPLY IF ADOPTED",
		"It applies to every service assessed with this questionnaire.",
		"EU Digital Services Act: every hosting service EU · law Readiness: 0.0 · 2 gaps, 1 must-have duty",
		"Proposed EU CSA Regulation EU · proposal, not adopted Readiness: 50.0 · 1 gap",
		"US reporting duty of providers (18 U.S.C. § 2258A)",
	} {
		if !strings.Contains(page, s) {
			t.Errorf("regimes page lacks %q:\n%s", s, page)
		}
	}
	if strings.Contains(page, "What is the yearly turnover?") {
		t.Error("the regimes page repeats the profile's questions; it names them by number")
	}
	// Those that apply come first.
	if strings.Index(page, "DOES NOT APPLY") < strings.LastIndex(page, "APPLIES A hosting") {
		t.Error("a regime that does not apply comes before one that does")
	}

	all := flat(pdf.text(t))
	// Only the notice-and-action duty (DSA Art. 16, which applies) is a
	// legal duty; the hash-matching must-have rests on a voluntary
	// principle and a proposal, and is good practice.
	if n := strings.Count(all, "LEGAL DUTY"); n != 1 {
		t.Errorf("%d legal duties marked; want 1 (notice and action)", n)
	}
	for _, s := range []string{
		"MUST-HAVE · LEGAL DUTY Can anyone report suspected child sexual abuse material",
		"MUST-HAVE · GOOD PRACTICE Do you match uploaded images",
		"18 U.S.C. § 2258A(a) (law; does not apply here)",
		"Digital Services Act Art. 15 (law; does not apply here)",
		"Proposal for a Regulation to prevent and combat child sexual abuse Art. 12 (proposal, not adopted)",
		"Voluntary Principles principle 1 (voluntary)",
	} {
		if !strings.Contains(all, s) {
			t.Errorf("report lacks %q", s)
		}
	}
	// A source is never named twice in one row.
	for _, line := range strings.Split(pdf.text(t), "\n") {
		if strings.Contains(line, "Sources: ") {
			parts := strings.Split(strings.TrimPrefix(line, "Sources: "), " · ")
			for i := 1; i < len(parts); i++ {
				if parts[i] == parts[i-1] {
					t.Errorf("source repeated: %q", line)
				}
			}
		}
	}
}

// TestPlanActions: the plan shows each gap's owner, due date, status and
// "done when", with blanks to fill where unset and the suggested horizon
// where no due date is set; overdue and unowned in words; risks accepted with who
// approved them; must-haves first without points, others with points;
// unknowns say "measure this" and estimates "est.".
func TestPlanActions(t *testing.T) {
	in := boardInput(t, "en", false)
	_, pdf, _ := renderProbed(t, in)
	var plan string
	for i := 4; i <= len(pdf.pages()); i++ {
		p := pageOf(t, pdf, i)
		if strings.Contains(p, "Details per section") {
			break
		}
		plan += p + "\n"
	}
	plan = flat(plan)
	must := plan[strings.Index(plan, "Must-have duties not met (3)"):strings.Index(plan, "Other gaps, by points lost (6)")]
	other := plan[strings.Index(plan, "Other gaps, by points lost (6)"):]
	for _, s := range []string{
		"NO OWNER Due: ________ Status: ________ Done when: ________ Suggested: within 30 days",
		"CTO Due: 2027-03-31 Status: in progress Done when: PDQ and video hashes on every public upload surface.",
		"CEO OVERDUE · Due: 2026-09-30 Status: open",
		"Done when: The board minutes name the accountable person.",
		"Answer: Some surfaces",
	} {
		if !strings.Contains(must, s) {
			t.Errorf("must-haves lack %q", s)
		}
	}
	if regexp.MustCompile(`−\d`).MatchString(must) {
		t.Error("must-have duties are shown with points lost")
	}
	for _, s := range []string{
		"CTO Due: ________ Status: risk accepted approved by Board, minute 2026-11-12 §4 Done when: ________ Suggested: within 90 days",
		"Head of Trust & Safety Due: 2027-01-31 Status: open Done when: ________",
		"Head of Legal Due: 2026-06-30 Status: done Done when: ________",
		"Owner: ________ Due: ________ Status: ________ Done when: ________ Suggested: within 90 days",
		"Don't know / not measured", "Measure this. → Measure the time from report to action",
		"Answer: 40% (est.)",
		"−14.3",
	} {
		if !strings.Contains(other, s) {
			t.Errorf("other gaps lack %q", s)
		}
	}
}

// TestDetailsAndAppendix: unknowns, estimates and evidence in the
// details; glossary, limitations, references with status and pinpoint,
// evidence digests and the sign-off in the appendix.
func TestDetailsAndAppendix(t *testing.T) {
	for lang, want := range map[string][]string{
		"en": {
			"Don't know / not measured", "40% est.",
			"Evidence • file evidence/risk-assessment-2026.pdf (2026-03-01)",
			"Limitations This is a self-assessment, not legal advice",
			"checked against its sources up to 15 November 2026",
			"Glossary Term Meaning hash list A list of digital fingerprints",
			"Art. 16 · law · checked 2026-10-01",
			"§ 2258A(a) · law · does not apply here · checked 2026-11-01",
			"Art. 12 · proposal, not adopted · checked 2026-09-01",
			"principle 1 · voluntary",
			"9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c",
			"https://wiki.example.se/board/2026-05-minutes",
			"Status of this report Draft Final", "Respondent Åsa Öberg, Head of Trust & Safety", "Board minute",
		},
		"sv": {
			"Vet inte / inte mätt", "40\u00a0% uppsk.",
			"Begränsningar Detta är en självskattning, inte juridisk rådgivning",
			"till och med 15 november 2026",
			"Ordlista Term Betydelse hash list En lista med digitala fingeravtryck",
			"Art. 16 · lag · kontrollerad 2026-10-01",
			"§ 2258A(a) · lag · gäller inte här",
			"Art. 12 · förslag, inte antaget",
			"Rapportens status Utkast Slutlig", "Styrelseprotokoll",
		},
	} {
		_, pdf, _ := renderProbed(t, boardInput(t, lang, false))
		all := flat(pdf.text(t))
		for _, s := range want {
			if !strings.Contains(all, s) {
				t.Errorf("%s: report lacks %q", lang, s)
			}
		}
	}
}

// TestBriefOnePage: page 2 of a real report (the built-in questionnaire,
// 60 and more answers, 3 must-haves not met, a baseline) fits one page,
// inside the margins, names every owner of a must-have, and says what it
// leaves out.
func TestBriefOnePage(t *testing.T) {
	q, now, before := realAssessment(t)
	for _, lang := range []string{"en", "sv"} {
		r := scoring.Score(q, now)
		if r.Answered < 60 || r.CriticalGaps != 3 {
			t.Fatalf("%d answers, %d must-haves not met; want 60+ and 3", r.Answered, r.CriticalGaps)
		}
		in := Input{Questionnaire: q, Answers: now, Result: r, Baseline: scoring.Score(q, before), Lang: lang, Date: fixedDate}
		data, pdf, p := renderProbed(t, in)
		dump(t, "real-"+lang+".pdf", data)
		brief := pageOf(t, pdf, 2)
		for _, o := range []string{ownerOnTime, ownerOverdue, map[string]string{"en": "NO OWNER", "sv": "UTAN ANSVARIG"}[lang]} {
			if !strings.Contains(brief, o) {
				t.Errorf("%s: the brief does not name %q", lang, o)
			}
		}
		for _, x := range p.texts {
			if x.page == 2 && (x.y < top-0.01 || x.y+x.h > bottom+0.01) && x.y > headerY+1 && x.y < footerY-4 {
				t.Errorf("%s: page 2: %q runs from %.1f to %.1f mm, past a margin", lang, x.s, x.y, x.y+x.h)
			}
			if x.page == 2 && x.x+x.w > right+0.01 {
				t.Errorf("%s: page 2: %q runs to %.1f mm, past the right margin", lang, x.s, x.x+x.w)
			}
		}
		next := pdf.pageText(t, pdf.pages()[2])
		if len(next) < 2 || strings.Contains(next[1], "brief") || strings.Contains(next[1], "styrelsen") {
			t.Errorf("%s: the brief runs onto page 3: %q", lang, next[:min(2, len(next))])
		}
		// Nothing silently dropped: every must-have and decision is named or
		// counted.
		decisions := 1 // approving the plan and its dates: nobody has signed
		for _, g := range r.Gaps {
			if g.Unowned || g.Overdue || g.Action != nil && g.Action.Status == "risk_accepted" {
				decisions++
			}
		}
		head := map[string]string{"en": "Decisions asked of the board (%d)", "sv": "Beslut som styrelsen ombeds fatta (%d)"}[lang]
		if !strings.Contains(brief, fmt.Sprintf(head, decisions)) {
			t.Errorf("%s: the brief does not count the %d decisions", lang, decisions)
		}
		shown := len(regexp.MustCompile(`(?m)^\d+\.$`).FindAllString(brief, -1))
		if shown < 3+decisions && !strings.Contains(brief, map[string]string{"en": "more, page", "sv": "till, sida"}[lang]) {
			t.Errorf("%s: %d of %d items shown and no pointer to the rest", lang, shown, 3+decisions)
		}
	}
}

// TestBriefPdftotext reads the brief with poppler's pdftotext, when it is
// installed: an independent reader finds the brief in reading order.
func TestBriefPdftotext(t *testing.T) {
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed")
	}
	for lang, want := range map[string][]string{
		"en": {"Board brief", "OVERALL SCORE", "The service scores", "What was assessed", "Must-have duties not met (3)", "NO OWNER",
			"The three actions that matter most", "Decisions asked of the board (4)", "Readiness by regime that applies", "What the result rests on", "Since 2026-05-26", "Section scores",
			"Rating bands:", "What applies to this service, and why", "DOES NOT APPLY", "Action plan"},
		"sv": {"Sammanfattning för styrelsen", "TOTALPOÄNG", "Tjänsten får", "Vad som bedömdes", "Obligatoriska krav som inte är uppfyllda (3)", "UTAN ANSVARIG",
			"De tre viktigaste åtgärderna", "Beslut som styrelsen ombeds fatta (4)", "Beredskap per regelverk som gäller", "Vad resultatet bygger på", "Sedan 2026-05-26", "Poäng per avsnitt",
			"Nivåer:", "Vad som gäller för tjänsten, och varför", "GÄLLER INTE", "Åtgärdsplan"},
	} {
		data, err := Render(boardInput(t, lang, true))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(t.TempDir(), "r.pdf")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(bin, "-enc", "UTF-8", "-f", "2", "-l", "4", path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := flat(string(out))
		at := 0
		for _, s := range want {
			i := strings.Index(text[at:], s)
			if i < 0 {
				t.Fatalf("%s: pdftotext: %q missing or out of order", lang, s)
			}
			at += i
		}
		// The hyphen is a hyphen: pdftotext reads the font's glyph back.
		if lang == "en" && !strings.Contains(text, "Must-have") {
			t.Errorf("%s: pdftotext does not read the hyphen of Must-have", lang)
		}
	}
}

// TestHostileActions: owners, approvers, "done when" and evidence from the
// answers file are set, never acted on, wherever they appear.
func TestHostileActions(t *testing.T) {
	in := boardInput(t, "en", false)
	evil := "Evil\x1b[31m \u202eTXE\u202c {nb}"
	for _, a := range in.Answers.Actions {
		a.Owner, a.ApprovedBy, a.DoneWhen = evil, evil, evil
	}
	in.Answers.Answers["board-review"].Evidence[0].URL = "javascript:alert(1)"
	in.Result = scoring.Score(in.Questionnaire, in.Answers)
	data, pdf, _ := renderProbed(t, in)
	all := flat(pdf.text(t))
	if !strings.Contains(all, `Evil\x1b[31m \u202eTXE\u202c {nb}`) {
		t.Error("a hostile owner is not shown inert")
	}
	if strings.ContainsAny(all, "\x1b\u202e") {
		t.Error("a control character reached the page")
	}
	if strings.Contains(string(data), "/URI (javascript:") {
		t.Error("an evidence link that is not a web address became a link")
	}
}

// TestNoStatusNoLabel: a questionnaire that gives no legal status (1.0)
// has nothing labelled a legal duty or good practice, and no regimes
// chapter; the 1.1 report is byte-identical from one render to the next.
func TestNoStatusNoLabel(t *testing.T) {
	_, pdf, _ := renderProbed(t, sampleInput(t, "en"))
	all := flat(pdf.text(t))
	for _, s := range []string{"LEGAL DUTY", "GOOD PRACTICE", "What applies to this service", "Readiness by regime"} {
		if strings.Contains(all, s) {
			t.Errorf("a 1.0 report says %q", s)
		}
	}
	in := boardInput(t, "sv", true)
	a, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Render(genInput(t, 40, "en")); err != nil {
		t.Fatal(err)
	}
	b, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Error("the same 1.1 report renders differently the second time")
	}
}
