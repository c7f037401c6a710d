package report

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// TestStructure checks what a reader and an auditor rely on, from the
// bytes alone: page count, metadata, bookmarks that open the right pages,
// and the attached answers file.
func TestStructure(t *testing.T) {
	in := sampleInput(t, "en")
	_, pdf, _ := renderProbed(t, in)

	pages := pdf.pages()
	if len(pages) < 5 {
		t.Fatalf("%d pages; want cover, summary, plan, details, appendix", len(pages))
	}
	for key, want := range map[string]string{
		"/Title":   "Sample safety check · Exempel AB – Malmö",
		"/Author":  "Exempel AB – Malmö",
		"/Creator": "dutycheck test",
		"/Subject": "Self-assessment report for the board · Exempel AB – Malmö · 2026-11-26",
	} {
		if got := pdf.infoString(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	if !bytes.Contains(pdf.info(), []byte("/CreationDate (D:20261127093000)")) {
		t.Errorf("creation date is not the given date: %s", pdf.info())
	}

	// Bookmarks: chapters and sections, each opening the page that shows it.
	var got []string
	for _, b := range pdf.outline() {
		got = append(got, fmt.Sprintf("%d %s", b.depth, b.title))
		text := strings.Join(pdf.pageText(t, pages[b.page-1]), "\n")
		if b.page == 0 || !strings.Contains(text, b.title) {
			t.Errorf("bookmark %q opens page %d, which does not show it", b.title, b.page)
		}
	}
	want := []string{
		"0 Self-assessment report for the board",
		"0 Board brief", "1 What was assessed", "1 Must-have duties not met (1)", "1 The three actions that matter most", "1 Decisions asked of the board (2)",
		"1 What the result rests on", "1 Section scores",
		"0 Action plan", "1 Must-have duties not met (1)", "1 Other gaps, by points lost (2)",
		"0 Details per section", "1 1 Service profile", "1 2 Detection", "1 3 Response times",
		"0 Appendix", "1 How the scores are computed", "1 Limitations", "1 Sources cited", "1 Evidence and digests",
		"1 Traceability", "1 Orphaned answers", "1 Sign-off",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("bookmarks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	att := pdf.attachments(t)
	if len(att) != 1 || !bytes.Equal(att["sample.yaml"], in.AnswersData) {
		t.Errorf("attachments %v; want sample.yaml with the answers file's bytes", keys(att))
	}
	if !bytes.Contains(pdf.catalog(), []byte("/Lang (en)")) {
		t.Error("catalog has no /Lang (en)")
	}
	if !bytes.HasPrefix(pdf.raw, []byte("%PDF-1.4")) {
		t.Errorf("header %q; attachments need PDF 1.4", pdf.raw[:8])
	}
	// Sources are links, and only web addresses are.
	if !bytes.Contains(pdf.raw, []byte("/URI (https://www.law.cornell.edu/uscode/text/18/2258A)")) {
		t.Error("the reference's address is not a link")
	}
}

// flat joins wrapped lines: the text as a reader reads it.
// Only spaces and newlines count: a non-breaking space is part of the text.
func flat(s string) string {
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' }), " ")
}

func keys(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// TestContent checks that the chapters come in order with what docs/report.md
// asks of each, and the running header and footer.
func TestContent(t *testing.T) {
	in := sampleInput(t, "en")
	_, pdf, _ := renderProbed(t, in)
	pages := pdf.pages()
	page := func(i int) string { return strings.Join(pdf.pageText(t, pages[i]), "\n") }

	cover := page(0)
	for _, s := range []string{"Sample safety check", "sample · 1.0.0", "Exempel AB – Malmö", "56.7", "Fair", "26 November 2026", "CONFIDENTIAL"} {
		if !strings.Contains(cover, s) {
			t.Errorf("cover lacks %q", s)
		}
	}
	if strings.Contains(cover, "Page 1 of") {
		t.Error("cover has a footer")
	}
	summary := page(1)
	for _, s := range []string{"Board brief", "56.7", "Fair", "80%", "Detection", "50.0", "Response times", "70.0", "not scored",
		"Must-have duties not met (1)", "Do you match uploads against hash lists?", "NO OWNER", "Exempel AB – Malmö · Sample safety check",
		"Decisions asked of the board (2)", "No owner: ", "What the result rests on",
		"Section score (0–100)", "Rating bands: Strong ≥ 80 · Fair ≥ 50 · Weak < 50",
		fmt.Sprintf("Page 2 of %d", len(pages))} {
		if !strings.Contains(summary, s) {
			t.Errorf("summary lacks %q", s)
		}
	}
	plan := page(2)
	if !strings.HasPrefix(strings.SplitN(plan, "\n", 2)[0], "Action plan") {
		t.Errorf("page 3 does not start with the action plan: the summary must be one page")
	}
	// The gaps in the scoring's order, the critical one marked.
	at := -1
	for _, g := range in.Result.Gaps {
		i := strings.Index(flat(plan), g.Question.Text.In("en"))
		if i < 0 || i < at {
			t.Errorf("action plan: gap %s missing or out of order", g.Question.ID)
		}
		at = i
	}
	if !strings.Contains(plan, "MUST-HAVE\nDo you match uploads against hash") {
		t.Error("the must-have gap is not marked MUST-HAVE")
	}

	all := flat(pdf.text(t))
	for _, s := range []string{
		"not applicable: No video", // answered NA, with its reason
		"unanswered",               // escalation has no answer
		"90\u00a0min",              // a duration, in the unit it was typed in (90m)
		"120,000\u00a0users",       // a number with its unit
		"• EU",                     // multi answers, one per line
		"https://www.law.cornell.edu/uscode/text/18/2258A",
		in.Questionnaire.SHA256,
		sha256Hex(in.AnswersData),
		"old-question", // the orphan
		"Signature",
	} {
		if !strings.Contains(all, s) {
			t.Errorf("report lacks %q", s)
		}
	}
	if n := strings.Count(pdf.text(t), fmt.Sprintf(" of %d\n", len(pages))); n != len(pages)-1 {
		t.Errorf("%d page footers; want %d", n, len(pages)-1)
	}
}

// TestDeterministic: the same inputs give the same bytes, also after
// other reports in the same process (fpdf once changed the shared font
// data under us); only the date given changes the dates in the metadata.
func TestDeterministic(t *testing.T) {
	in := sampleInput(t, "sv")
	in.Baseline = scoring.Score(in.Questionnaire, in.Answers)
	a, err := Render(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "sv", "en"} {
		if _, err := Render(genInput(t, 40, lang)); err != nil {
			t.Fatal(err)
		}
		b, err := Render(in)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatalf("the same input renders differently after a report in %s", lang)
		}
	}
	for range 2 {
		b, err := Render(in)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Fatal("two renders of the same input differ")
		}
	}
	in.Date = in.Date.AddDate(0, 0, 1)
	c, _ := Render(in)
	// The date is also on the cover, in a compressed content stream,
	// whose length may move by a byte or two with the digits.
	if d := len(a) - len(c); bytes.Equal(a, c) || d < -4 || d > 4 {
		t.Errorf("another date should change the dates only (lengths %d, %d)", len(a), len(c))
	}
}

// TestSwedish: headings, numbers and the questionnaire's texts in Swedish.
func TestSwedish(t *testing.T) {
	_, pdf, _ := renderProbed(t, sampleInput(t, "sv"))
	all := flat(pdf.text(t))
	for _, s := range []string{"Sammanfattning", "Åtgärdsplan", "Svar per avsnitt", "Bilaga", "Godkännande",
		"KONFIDENTIELLT", "Sida 2 av", "56,7", "Godtagbar", "80\u00a0%", "NIVÅ", "IFYLLNADSGRAD",
		"Exempel på säkerhetskontroll", "Matchar ni uppladdningar mot hashlistor?", "Utöka täckningen.",
		"OBLIGATORISKT", "ej tillämpligt: No video", "obesvarad", "120\u00a0000\u00a0användare", "Underskrift"} {
		if !strings.Contains(all, s) {
			t.Errorf("Swedish report lacks %q", s)
		}
	}
	for _, s := range []string{"Executive summary", "Page 2 of", "56.7"} {
		if strings.Contains(all, s) {
			t.Errorf("Swedish report has English %q", s)
		}
	}
	if !bytes.Contains(pdf.catalog(), []byte("/Lang (sv)")) {
		t.Error("catalog has no /Lang (sv)")
	}
}

// TestBaseline: the summary compares with the earlier assessment.
func TestBaseline(t *testing.T) {
	in := sampleInput(t, "en")
	earlier := *in.Answers
	earlier.Answers = map[string]*answers.Answer{}
	for id, a := range in.Answers.Answers {
		earlier.Answers[id] = a
	}
	delete(earlier.Answers, "reviewed-share")
	earlier.Date = earlier.Date.AddDate(0, -6, 0)
	in.Baseline = scoring.Score(in.Questionnaire, &earlier)
	_, pdf, _ := renderProbed(t, in)
	summary := strings.Join(pdf.pageText(t, pdf.pages()[1]), "\n")
	base := in.Baseline
	for _, s := range []string{
		fmt.Sprintf("Baseline of 2026-05-26: %.1f · %s. Change: +%.1f.", base.Overall, base.RatingLabel("en"), in.Result.Overall-base.Overall),
		"±0.0",  // detection did not change
		"+10.0", // response times: 60.0 → 70.0
		"The thin mark is the score on 2026-05-26; ± the change since.",
	} {
		if !strings.Contains(summary, s) {
			t.Errorf("summary lacks %q:\n%s", s, summary)
		}
	}
}

// TestLayoutBounds renders a large generated assessment and holds the
// layout to its promises: no text beyond the margins, no table row split
// across pages or past the bottom margin, the summary on one page.
func TestLayoutBounds(t *testing.T) {
	for _, lang := range []string{"en", "sv"} {
		in := genInput(t, 300, lang)
		in.Baseline = in.Result
		_, pdf, p := renderProbed(t, in)
		for _, x := range p.texts {
			if x.x < left-0.01 || x.x+x.w > right+0.01 {
				t.Errorf("%s: page %d: text %q runs from %.1f to %.1f mm, outside the margins", lang, x.page, x.s, x.x, x.x+x.w)
			}
			inHeader, inFooter := x.y+x.h < headerY+1, x.y > footerY-4
			if !inHeader && !inFooter && (x.y < top-0.01 || x.y+x.h > bottom+0.01) {
				t.Errorf("%s: page %d: text %q runs from %.1f to %.1f mm, past the top or bottom margin", lang, x.page, x.s, x.y, x.y+x.h)
			}
		}
		seen := map[int]int{}
		for _, r := range p.rows {
			seen[r.id]++
			if r.y < top-0.01 || r.y+r.h > bottom+0.01 {
				t.Errorf("%s: page %d: row from %.1f to %.1f mm crosses a margin", lang, r.page, r.y, r.y+r.h)
			}
		}
		for id, n := range seen {
			if n > 1 {
				t.Errorf("%s: row %d of table %d is split over %d pages", lang, id&0xfffff, id>>20, n)
			}
		}
		if len(seen) < 300 {
			t.Errorf("%s: %d table rows; want one per question and gap", lang, len(seen))
		}
		plan := pdf.pageText(t, pdf.pages()[2])
		if len(plan) == 0 || !strings.Contains(plan[0], []string{"What applies to this service, and why", "Vad som gäller för tjänsten, och varför"}[map[string]int{"en": 0, "sv": 1}[lang]]) {
			t.Errorf("%s: page 3 does not start the next chapter (the brief must be one page): %q", lang, plan[:min(3, len(plan))])
		}
	}
}

// TestTallRow: a note longer than a page is the one thing continued
// across pages, and it still stays inside the margins.
func TestTallRow(t *testing.T) {
	in := sampleInput(t, "en")
	a := *in.Answers.Answers["hash-matching"]
	a.Note = strings.Repeat("A very long note that goes on and on. ", 400)
	in.Answers.Answers["hash-matching"] = &a
	in.Result = scoring.Score(in.Questionnaire, in.Answers)
	_, pdf, p := renderProbed(t, in)
	for _, r := range p.rows {
		if r.y < top-0.01 || r.y+r.h > bottom+0.01 {
			t.Errorf("page %d: row from %.1f to %.1f mm crosses a margin", r.page, r.y, r.y+r.h)
		}
	}
	// Every sentence has one "very" and one "goes"; none may be lost where
	// the row continues on the next page.
	words := map[string]int{}
	for _, w := range strings.Fields(pdf.text(t)) {
		words[w]++
	}
	if words["very"] != 400 || words["goes"] != 400 {
		t.Errorf("the long note lost text: %d and %d of 400 sentences", words["very"], words["goes"])
	}
}

// TestHostileText: text from the files is set, never acted on. Control
// characters and bidirectional overrides show as escapes, characters the
// fonts cannot encode as U+FFFD, and fpdf's page-count alias "{nb}" is
// left alone.
func TestHostileText(t *testing.T) {
	in := sampleInput(t, "en")
	in.Answers.Organization = "Evil\x1b[31m Corp \u202eTXE\u202c {nb} 😀"
	a := *in.Answers.Answers["hash-matching"]
	a.Note = "note {nb} \x00 \u0001"
	in.Answers.Answers["hash-matching"] = &a
	in.Result = scoring.Score(in.Questionnaire, in.Answers)
	_, pdf, _ := renderProbed(t, in)
	all := flat(pdf.text(t))
	for _, s := range []string{`Evil\x1b[31m Corp \u202eTXE\u202c {nb} ` + "\uFFFD", `note {nb} \x00 \x01`} {
		if !strings.Contains(all, s) {
			t.Errorf("report lacks %q", s)
		}
	}
	if strings.ContainsAny(all, "\x1b\u202e\x00") {
		t.Error("a control character reached the page")
	}
}

// TestNoGaps: a perfect assessment has an action plan that says so.
func TestNoGaps(t *testing.T) {
	in := sampleInput(t, "en")
	in.Result.Gaps = nil
	in.Result.CriticalGaps = 0
	_, pdf, _ := renderProbed(t, in)
	if all := pdf.text(t); !strings.Contains(all, "No gap is open") || !strings.Contains(all, "Every must-have duty that applies and that this questionnaire asks about is met.") {
		t.Error("an assessment without gaps does not say so")
	}
}

// TestPointsLostFits: the points lost under a score stay on one line.
func TestPointsLostFits(t *testing.T) {
	in := sampleInput(t, "en")
	_, _, p := renderProbed(t, in)
	for _, x := range p.texts {
		if x.s == "pts" || x.s == "p" {
			t.Errorf("page %d: the unit of points lost wrapped onto its own line", x.page)
		}
	}
}

// TestLongCover: long names stay on the cover, inside the margins.
func TestLongCover(t *testing.T) {
	in := sampleInput(t, "en")
	long := strings.Repeat("Very long name of a service provider ", 12)
	in.Questionnaire.Title = questionnaire.NewText("en", map[string]string{"en": long})
	in.Answers.Organization, in.Answers.Service, in.Answers.Respondent = long, long, long
	in.Result = scoring.Score(in.Questionnaire, in.Answers)
	_, pdf, p := renderProbed(t, in)
	for _, x := range p.texts {
		if x.page == 1 && (x.y < top || x.y+x.h > bottom || x.x+x.w > right+0.01) {
			t.Errorf("cover: %q at %.1f–%.1f mm leaves the page's margins", x.s, x.y, x.y+x.h)
		}
	}
	if got := pdf.infoString("/Title"); !strings.HasPrefix(got, long[:40]) {
		t.Errorf("title metadata %q", got)
	}
}
