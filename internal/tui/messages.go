package tui

import (
	"fmt"
	"strconv"
	"strings"
)

// messages holds every word the walk-through shows, by message key, in each
// language it speaks. Keeping them in one table lets a translator work
// without reading Go, lets a test check that no key is missing in any
// language, and lets the report reuse the same wording later. Swedish
// follows shared/glossary-sv.md: "ni" for the company, the neutral
// imperative for instructions, capitals only on the first word.
var messages = map[string]map[string]string{
	"en": {
		"question.of":         "question %d of %d",
		"critical":            "★ critical",
		"tag.new":             "new",
		"tag.changed":         "changed",
		"na":                  "Not applicable",
		"na.reason":           "Say in the note why it does not apply, then press enter.",
		"note":                "Note",
		"note.evidence":       "Note · evidence: %s",
		"note.placeholder":    "optional: evidence, links, context",
		"sources":             "Sources: ",
		"more.above":          "↑ %d more",
		"more.below":          "↓ %d more",
		"hint.number":         "a number",
		"hint.number.range":   "a number from %s to %s",
		"hint.number.min":     "a number, at least %s",
		"hint.number.max":     "a number, at most %s",
		"hint.duration":       "a duration, e.g. 4h, 90m, 2d",
		"hint.date":           "a date, YYYY-MM-DD, e.g. %s",
		"hint.text":           "free text · ctrl+j for a new line",
		"err.number":          "%q is not a number",
		"err.number.min":      "%s is below the minimum %s",
		"err.number.max":      "%s is above the maximum %s",
		"err.number.thousand": "%q is ambiguous: write 1000 for a thousand, or 1.5 for a decimal",
		"err.duration":        "%q is not a duration: write a number and a unit s, m, h, d, w or y, e.g. 4h, 90m, 2d",
		"err.duration.try":    "%q is not a duration: try %s",
		"err.date":            "%q is not a date: write YYYY-MM-DD, e.g. 2026-03-01",
		"err.date.after":      "%s is after the assessment date %s; a date planned is not a date done",
		"multi.empty":         "Nothing chosen. Press space to choose, or enter again to answer “none of them”.",
		"saved":               "Saved to %s",
		"save.failed":         "NOT SAVED: %s",
		"cleared":             "Answer cleared",
		"skipped":             "Skipped",
		"nothing.to.clear":    "There is no answer to clear",
		"help.title":          "Help · question %d of %d",
		"help.guidance":       "Guidance",
		"help.none":           "This question has no guidance.",
		"help.evidence":       "Evidence to note",
		"help.recommendation": "What to do when the answer falls short",
		"help.references":     "Sources",
		"help.keys":           "Keys",
		"start.questions":     "version %s · %s in %s",
		"start.new":           "Answers will be saved to %s (a new file).",
		"start.resume":        "Resuming %s: %d of %d questions answered (%s).",
		"start.done":          "Resuming %s: every question that applies is answered.",
		"start.date":          "assessment date %s",
		"start.org":           "Organization",
		"start.org.missing":   "Type the organization's name first: it goes on the report.",
		"start.org.hint":      "the organization assessed; it goes on the report",
		"start.changed":       "The questionnaire has changed since these answers were given: %s.",
		"start.removed.kept":  "Answers to removed questions are kept in the file.",
		"start.walk.changed":  "Walk only the %s",
		"start.walk.all":      "Walk all questions, from the first unanswered",
		"changes.new":         "%d new",
		"changes.changed":     "%d changed",
		"changes.removed":     "%d removed",
		"overview":            "Overview",
		"overview.answered":   "%d of %d answered (%s)",
		"overview.count":      "%d of %d",
		"overview.na":         "does not apply",
		"overview.unscored":   "not scored",
		"overview.notstarted": "not started",
		"overview.section.na": "This section does not apply, given the answers so far.",
		"end":                 "Results",
		"end.overall":         "Overall %s / 100 · %s",
		"end.capped":          "Capped by %s; the score alone would be %s.",
		"end.completion":      "%d of %d questions that apply are answered (%s).",
		"end.unanswered":      "Unanswered questions count as 0.",
		"end.critical":        "Critical gaps",
		"end.gaps":            "Largest other gaps",
		"end.nogaps":          "No gaps: every counted answer scores full marks.",
		"report.none":         "PDF report not available in this build",
		"report.written":      "PDF report written to %s",
		"report.failed":       "Could not write the PDF report: %s",
		"report.hint":         "Write the PDF report with: %s",
		"farewell":            "%d of %d questions answered; saved in %s.",
		"toosmall":            "Make the window larger (at least %d×%d).",

		"plural.question.one":  "%d question",
		"plural.question.many": "%d questions",
		"plural.section.one":   "%d section",
		"plural.section.many":  "%d sections",
		"plural.critical.one":  "%d critical gap",
		"plural.critical.many": "%d critical gaps",
		"plural.newchg.one":    "%d new or changed question",
		"plural.newchg.many":   "%d new and changed questions",

		"key.choose":   "choose",
		"key.move":     "move",
		"key.digit":    "go to option",
		"key.toggle":   "toggle",
		"key.confirm":  "confirm",
		"key.back":     "back",
		"key.note":     "note",
		"key.answer":   "answer",
		"key.help":     "help",
		"key.overview": "overview",
		"key.quit":     "save & quit",
		"key.skip":     "skip",
		"key.clear":    "clear answer",
		"key.newline":  "new line",
		"key.jump":     "go to section",
		"key.results":  "results",
		"key.close":    "close",
		"key.report":   "write PDF",
		"key.leave":    "quit",
		"key.start":    "start",
		"key.scroll":   "scroll",

		"acc.intro":        "Answer each question on one line: the number of an option (numbers separated by commas where several may be chosen), or the value typed out. Type na for not applicable (na: reason adds the reason), note: TEXT to add a note, ? for help, and an empty line to skip. Each answer is saved at once; end with Ctrl+D.",
		"acc.org":          "Organization name: ",
		"acc.org.empty":    "The organization's name is needed: it goes on the report.",
		"acc.walk":         "Walk only the %s? (y/n, default y): ",
		"acc.question":     "Question %d of %d · %s",
		"acc.critical":     "critical",
		"acc.evidence":     "Evidence to note: %s",
		"acc.current":      "Current answer: %s. An empty line keeps it.",
		"acc.note":         "Note: %s",
		"acc.prompt.one":   "Answer (1-%d%s): ",
		"acc.prompt.multi": "Answer (numbers from 1 to %d separated by commas%s): ",
		"acc.prompt.typed": "Answer (%s%s): ",
		"acc.prompt.na":    "; na",
		"acc.saved":        "Saved: %s",
		"acc.na.saved":     "Saved: not applicable",
		"acc.note.saved":   "Note saved.",
		"acc.skipped":      "Skipped.",
		"acc.no.na":        "This question cannot be answered “not applicable”.",
		"acc.bad.option":   "%q is not one of the options: type a number from 1 to %d.",
		"acc.bad.multi":    "%q is not a list of options: type numbers from 1 to %d separated by commas, e.g. 1,3.",
		"acc.exclusive":    "%q cannot be chosen with other options.",
		"acc.eof":          "End of input.",
		"acc.end":          "All questions that apply have been asked.",
		"acc.unit":         "unit: %s",

		"summary.sections":         "Sections",
		"summary.critical":         "Critical gaps (%d)",
		"summary.gap":              "%s (loses %s points)",
		"summary.section":          "%s: %s",
		"summary.section.critical": "%s: %s, %s",
	},
	"sv": {
		"question.of":         "fråga %d av %d",
		"critical":            "★ kritisk",
		"tag.new":             "ny",
		"tag.changed":         "ändrad",
		"na":                  "Ej tillämpligt",
		"na.reason":           "Skriv i kommentaren varför frågan inte är tillämplig och tryck enter.",
		"note":                "Kommentar",
		"note.evidence":       "Kommentar · underlag: %s",
		"note.placeholder":    "valfritt: underlag, länkar, sammanhang",
		"sources":             "Källor: ",
		"more.above":          "↑ %d till",
		"more.below":          "↓ %d till",
		"hint.number":         "ett tal",
		"hint.number.range":   "ett tal från %s till %s",
		"hint.number.min":     "ett tal, minst %s",
		"hint.number.max":     "ett tal, högst %s",
		"hint.duration":       "en tidslängd, t.ex. 4h, 90m, 2d",
		"hint.date":           "ett datum, ÅÅÅÅ-MM-DD, t.ex. %s",
		"hint.text":           "fritext · ctrl+j för ny rad",
		"err.number":          "”%s” är inget tal",
		"err.number.min":      "%s är under minimum %s",
		"err.number.max":      "%s är över maximum %s",
		"err.number.thousand": "”%s” är tvetydigt: skriv 1000 för tusen eller 1,5 för ett decimaltal",
		"err.duration":        "”%s” är ingen tidslängd: skriv ett tal och en enhet s, m, h, d, w eller y, t.ex. 4h, 90m, 2d",
		"err.duration.try":    "”%s” är ingen tidslängd: prova %s",
		"err.date":            "”%s” är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2026-03-01",
		"err.date.after":      "%s är efter bedömningens datum %s; ett planerat datum är inte ett genomfört",
		"multi.empty":         "Inget valt. Välj med mellanslag, eller tryck enter igen för att svara ”inget av dem”.",
		"saved":               "Sparat i %s",
		"save.failed":         "INTE SPARAT: %s",
		"cleared":             "Svaret är borttaget",
		"skipped":             "Överhoppad",
		"nothing.to.clear":    "Det finns inget svar att ta bort",
		"help.title":          "Hjälp · fråga %d av %d",
		"help.guidance":       "Vägledning",
		"help.none":           "Frågan har ingen vägledning.",
		"help.evidence":       "Underlag att notera",
		"help.recommendation": "Åtgärd när svaret inte räcker",
		"help.references":     "Källor",
		"help.keys":           "Tangenter",
		"start.questions":     "version %s · %s i %s",
		"start.new":           "Svaren sparas i %s (en ny fil).",
		"start.resume":        "Fortsätter %s: %d av %d frågor besvarade (%s).",
		"start.done":          "Fortsätter %s: alla frågor som gäller är besvarade.",
		"start.date":          "bedömningsdatum %s",
		"start.org":           "Organisation",
		"start.org.missing":   "Skriv först organisationens namn: det står i rapporten.",
		"start.org.hint":      "organisationen som bedöms; namnet står i rapporten",
		"start.changed":       "Frågeformuläret har ändrats sedan svaren gavs: %s.",
		"start.removed.kept":  "Svar på borttagna frågor finns kvar i filen.",
		"start.walk.changed":  "Gå igenom bara %s",
		"start.walk.all":      "Gå igenom alla frågor, från den första obesvarade",
		"changes.new":         "%d nya",
		"changes.changed":     "%d ändrade",
		"changes.removed":     "%d borttagna",
		"overview":            "Översikt",
		"overview.answered":   "%d av %d besvarade (%s)",
		"overview.count":      "%d av %d",
		"overview.na":         "gäller inte",
		"overview.unscored":   "ger inga poäng",
		"overview.notstarted": "inte påbörjat",
		"overview.section.na": "Avsnittet gäller inte, givet svaren hittills.",
		"end":                 "Resultat",
		"end.overall":         "Totalt %s av 100 · Nivå: %s",
		"end.capped":          "Begränsad av %s; poängen ensam skulle ge %s.",
		"end.completion":      "%d av %d frågor som gäller är besvarade (%s).",
		"end.unanswered":      "Obesvarade frågor räknas som 0.",
		"end.critical":        "Kritiska brister",
		"end.gaps":            "Största övriga brister",
		"end.nogaps":          "Inga brister: alla svar som räknas ger full poäng.",
		"report.none":         "PDF-rapporten finns inte i den här versionen",
		"report.written":      "PDF-rapporten är sparad i %s",
		"report.failed":       "Kunde inte skriva PDF-rapporten: %s",
		"report.hint":         "Skriv PDF-rapporten med: %s",
		"farewell":            "%d av %d frågor besvarade; sparat i %s.",
		"toosmall":            "Gör fönstret större (minst %d×%d).",

		"plural.question.one":  "%d fråga",
		"plural.question.many": "%d frågor",
		"plural.section.one":   "%d avsnitt",
		"plural.section.many":  "%d avsnitt",
		"plural.critical.one":  "%d kritisk brist",
		"plural.critical.many": "%d kritiska brister",
		"plural.newchg.one":    "%d ny eller ändrad fråga",
		"plural.newchg.many":   "%d nya och ändrade frågor",

		"key.choose":   "välj",
		"key.move":     "flytta",
		"key.digit":    "gå till alternativet",
		"key.toggle":   "markera",
		"key.confirm":  "bekräfta",
		"key.back":     "tillbaka",
		"key.note":     "kommentar",
		"key.answer":   "svar",
		"key.help":     "hjälp",
		"key.overview": "översikt",
		"key.quit":     "spara och avsluta",
		"key.skip":     "hoppa över",
		"key.clear":    "ta bort svaret",
		"key.newline":  "ny rad",
		"key.jump":     "gå till avsnittet",
		"key.results":  "resultat",
		"key.close":    "stäng",
		"key.report":   "skriv PDF",
		"key.leave":    "avsluta",
		"key.start":    "börja",
		"key.scroll":   "rulla",

		"acc.intro":        "Svara på varje fråga med en rad: numret på ett alternativ (flera nummer åtskilda med komma där flera kan väljas), eller värdet utskrivet. Skriv na för ej tillämpligt (na: skäl anger skälet), note: TEXT för en kommentar, ? för hjälp och en tom rad för att hoppa över. Varje svar sparas direkt; avsluta med Ctrl+D.",
		"acc.org":          "Organisationens namn: ",
		"acc.org.empty":    "Organisationens namn behövs: det står i rapporten.",
		"acc.walk":         "Gå igenom bara %s? (j/n, standard j): ",
		"acc.question":     "Fråga %d av %d · %s",
		"acc.critical":     "kritisk",
		"acc.evidence":     "Underlag att notera: %s",
		"acc.current":      "Nuvarande svar: %s. En tom rad behåller det.",
		"acc.note":         "Kommentar: %s",
		"acc.prompt.one":   "Svar (1-%d%s): ",
		"acc.prompt.multi": "Svar (nummer från 1 till %d åtskilda med komma%s): ",
		"acc.prompt.typed": "Svar (%s%s): ",
		"acc.prompt.na":    "; na",
		"acc.saved":        "Sparat: %s",
		"acc.na.saved":     "Sparat: ej tillämpligt",
		"acc.note.saved":   "Kommentaren är sparad.",
		"acc.skipped":      "Överhoppad.",
		"acc.no.na":        "Frågan kan inte besvaras med ”ej tillämpligt”.",
		"acc.bad.option":   "”%s” är inget av alternativen: skriv ett nummer från 1 till %d.",
		"acc.bad.multi":    "”%s” är ingen lista av alternativ: skriv nummer från 1 till %d åtskilda med komma, t.ex. 1,3.",
		"acc.exclusive":    "”%s” kan inte väljas tillsammans med andra alternativ.",
		"acc.eof":          "Slut på indata.",
		"acc.end":          "Alla frågor som gäller har ställts.",
		"acc.unit":         "enhet: %s",

		"summary.sections":         "Avsnitt",
		"summary.critical":         "Kritiska brister (%d)",
		"summary.gap":              "%s (förlorar %s poäng)",
		"summary.section":          "%s: %s",
		"summary.section.critical": "%s: %s, %s",
	},
}

// speaks reports whether the walk-through has its own words in lang; in
// other languages it shows English words around the questionnaire's texts.
func speaks(lang string) bool { _, ok := messages[lang]; return ok }

// words looks up messages in one language, falling back to English, so a
// missing translation shows English rather than a key.
type words struct{ lang string }

// T returns the message for key, formatted with args when there are any.
func (w words) T(key string, args ...any) string {
	s, ok := messages[w.lang][key]
	if !ok {
		s, ok = messages["en"][key]
	}
	if !ok {
		s = key
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// N is a counted phrase: "1 question", "3 questions".
func (w words) N(key string, n int) string {
	if n == 1 {
		return w.T("plural."+key+".one", n)
	}
	return w.T("plural."+key+".many", n)
}

// Score writes a score with one decimal, with a decimal comma in Swedish.
func (w words) Score(v float64) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if w.lang == "sv" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Percent writes a share as a whole percentage: "40%", in Swedish "40 %".
func (w words) Percent(share float64) string {
	p := strconv.Itoa(int(share*100 + 0.5))
	if w.lang == "sv" {
		return p + "\u00a0%"
	}
	return p + "%"
}
