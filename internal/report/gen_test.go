package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

// genQuestionnaire writes a questionnaire of n questions in sections of
// ten, using every question type, with English and Swedish texts, some of
// them long, critical questions, references and recommendations: the
// stuff of benchmarks and layout stress tests.
func genQuestionnaire(n int) []byte {
	var b strings.Builder
	b.WriteString("format: dutycheck/v1\nid: generated\nversion: 1.0.0\nlanguages: [en, sv]\n")
	b.WriteString("title: {en: \"Generated questionnaire – stress test\", sv: \"Genererat frågeformulär – belastningsprov\"}\n")
	b.WriteString("critical_cap: Developing\n")
	// Regimes (1.1): some always apply, one follows the first answer, one
	// is a proposal; references carry status, regime and pinpoint.
	b.WriteString("regimes:\n")
	for r := 0; r < 12; r++ {
		fmt.Fprintf(&b, "  - {id: reg-%d, title: {en: \"Regime %d: a body of law with a long name for the chart\", sv: \"Regelverk %d: ett regelverk med ett långt namn\"}, jurisdiction: EU, status: %s, why: \"Applies to services of this kind in the EU.\"", r, r, r, []string{"law", "code", "voluntary", "proposal"}[r%4])
		if r%3 == 1 {
			b.WriteString(", applies: {question: q0, equals: \"yes\"}")
		}
		b.WriteString("}\n")
	}
	b.WriteString("glossary:\n  hash list: {en: \"A list of fingerprints of known material.\", sv: \"En lista med fingeravtryck av känt material.\"}\n")
	b.WriteString("references:\n")
	for r := 0; r < 8; r++ {
		fmt.Fprintf(&b, "  ref-%d: {title: {en: \"Digital Services Act, Art. %d: a reference with a fairly long title\", sv: \"Förordningen om digitala tjänster, art. %d: en källa med en ganska lång titel\"}, url: \"https://example.org/law/%d\", status: %s, regime: reg-%d, pinpoint: \"Art. %d(%d)\", as_of: 2026-10-01}\n", r, 10+r, 10+r, r, []string{"law", "code", "voluntary", "proposal"}[r%4], r, 10+r, r)
	}
	b.WriteString("option_sets:\n  scale:\n")
	for k, sc := range []string{"0", "0.5", "1"} {
		fmt.Fprintf(&b, "    - {value: o%d, label: {en: \"Option %d\", sv: \"Alternativ %d\"}, score: %s}\n", k, k, k, sc)
	}
	b.WriteString("  measures:\n")
	for k := 0; k < 4; k++ {
		fmt.Fprintf(&b, "    - {value: m%d, label: {en: \"Measure %d\", sv: \"Åtgärd %d\"}, score: 0.3}\n", k, k, k)
	}
	b.WriteString("sections:\n")
	long := strings.Repeat("This sentence makes the question long enough to wrap over several lines in the report. ", 2)
	for s := 0; s*10 < n; s++ {
		fmt.Fprintf(&b, "  - id: s%d\n    title: {en: \"Section %d: governance, detection and response\", sv: \"Avsnitt %d: styrning, upptäckt och åtgärder\"}\n", s, s+1, s+1)
		fmt.Fprintf(&b, "    weight: %d\n    questions:\n", 1+s%3)
		for i := s * 10; i < min(n, s*10+10); i++ {
			text := fmt.Sprintf("Question %d: do you handle reports of child sexual abuse material promptly – å, ä, ö, é, ł?", i+1)
			if i%11 == 0 {
				text += " " + long
			}
			fmt.Fprintf(&b, "      - id: q%d\n        text: {en: %q, sv: \"Fråga %d: hanterar ni anmälningar snabbt?\"}\n", i, text, i+1)
			fmt.Fprintf(&b, "        recommendation: {en: \"Set up a routine for question %d and review it every year.\", sv: \"Inför en rutin för fråga %d och se över den varje år.\"}\n", i+1, i+1)
			fmt.Fprintf(&b, "        references: [ref-%d, ref-%d]\n", i%8, (i+3)%8)
			if i%3 == 0 {
				b.WriteString("        evidence: {en: \"Link to the runbook.\", sv: \"Länk till rutinen.\"}\n")
			}
			switch i % 7 {
			case 0:
				b.WriteString("        type: yesno\n        critical: true\n")
			case 1:
				b.WriteString("        type: single\n        allow_na: true\n        options: scale\n")
			case 2:
				b.WriteString("        type: multi\n        options: measures\n")
			case 3:
				b.WriteString("        type: number\n        unit: \"%\"\n        min: 0\n        max: 100\n        allow_unknown: true\n        bands: [{min: 90, score: 1}, {min: 60, score: 0.5}]\n")
			case 4:
				b.WriteString("        type: duration\n        allow_na: true\n        bands: [{max: 24h, score: 1}, {max: 3d, score: 0.5}]\n")
			case 5:
				b.WriteString("        type: date\n        bands: [{max: 365d, score: 1}]\n")
			case 6:
				b.WriteString("        type: text\n")
			}
		}
	}
	return []byte(b.String())
}

// genAnswers answers the generated questionnaire: mostly answered, some
// unanswered, some not applicable, notes of all lengths.
func genAnswers(q *questionnaire.Questionnaire) []byte {
	var b strings.Builder
	b.WriteString("format: dutycheck-answers/v1\nquestionnaire: {id: generated, version: 1.0.0}\n")
	b.WriteString("organization: Exempel AB – Malmö\nservice: Exempel Chat\nrespondent: Åsa Öberg\ndate: 2026-11-26\nanswers:\n")
	// A long note on every fourth answer; on every fortieth from 5,000
	// questions, so that the answers file stays within the 1 MiB an answers
	// file may have (10,000 questions: about 0.9 MB).
	longEvery := 4
	if len(q.Questions) >= 5000 {
		longEvery = 40
	}
	longNote := strings.Repeat("A long note with evidence: https://wiki.example.se/runbooks/csam-escalation-with-a-very-long-path-name ", 4)
	for i, qn := range q.Questions {
		if i%13 == 5 {
			continue // unanswered
		}
		fmt.Fprintf(&b, "  %s:\n", qn.ID)
		switch {
		case qn.AllowNA && i%2 == 0:
			b.WriteString("    na: true\n    note: \"Vi erbjuder inte detta.\"\n")
			continue
		case qn.Type == questionnaire.YesNo:
			fmt.Fprintf(&b, "    value: %s\n", []string{"yes", "no"}[i%2])
		case qn.Type == questionnaire.Single:
			fmt.Fprintf(&b, "    value: o%d\n", i%3)
		case qn.Type == questionnaire.Multi:
			fmt.Fprintf(&b, "    value: [%s]\n", strings.Join([]string{"m0", "m1", "m2"}[:i%4], ", "))
		case qn.Type == questionnaire.Number && i%3 == 0:
			b.WriteString("    unknown: true\n")
		case qn.Type == questionnaire.Number:
			fmt.Fprintf(&b, "    value: %d\n    estimate: true\n", (i*37)%101)
		case qn.Type == questionnaire.Duration:
			fmt.Fprintf(&b, "    value: %s\n", []string{"4h", "2d", "1w"}[i%3])
		case qn.Type == questionnaire.Date:
			b.WriteString("    value: 2026-02-01\n")
		default:
			b.WriteString("    value: \"Fritext med å, ä och ö.\"\n")
		}
		switch {
		case i%longEvery == 0:
			fmt.Fprintf(&b, "    note: %q\n", longNote)
		case i%4 == 1:
			b.WriteString("    note: \"PhotoDNA since 2019 – see the “runbook”.\"\n")
		}
	}
	// Actions on every third question: owners, dates past and future, every
	// status, risks accepted with their approver, and some without owner.
	b.WriteString("actions:\n")
	for i, qn := range q.Questions {
		if i%3 != 0 {
			continue
		}
		fmt.Fprintf(&b, "  %s:\n", qn.ID)
		if i%4 != 0 {
			fmt.Fprintf(&b, "    owner: %q\n", []string{"Head of Trust & Safety", "Chief Technology Officer", "Åsa Öberg, Director of Content Policy"}[i%3])
		}
		status := []string{"open", "in_progress", "done", "risk_accepted"}[i%4]
		fmt.Fprintf(&b, "    status: %s\n    due: 2026-%02d-15\n", status, 1+i%12)
		if status == "risk_accepted" {
			b.WriteString("    approved_by: \"Board, minute 2026-11-12 §4\"\n")
		}
		if i%2 == 0 {
			b.WriteString("    done_when: \"The measure is in place on every surface and tested.\"\n")
		}
	}
	return []byte(b.String())
}

// genInput builds a report input for a generated questionnaire of n
// questions.
func genInput(t testing.TB, n int, lang string) Input {
	t.Helper()
	q, err := questionnaire.Parse("generated.yaml", genQuestionnaire(n))
	if err != nil {
		t.Fatal(err)
	}
	data := genAnswers(q)
	f, err := answers.Decode("generated-answers.yaml", data, q)
	if err != nil {
		t.Fatal(err)
	}
	return Input{Questionnaire: q, Answers: f, Result: scoring.Score(q, f), Lang: lang,
		AnswersData: data, AnswersName: "generated-answers.yaml", Date: fixedDate, Generator: "dutycheck test"}
}
