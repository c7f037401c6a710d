package report

import "fmt"

// words holds the report's own texts in one language. The questionnaire
// brings its own texts; these are only the headings and labels around
// them. Keep the two languages side by side here so that a new string is
// never added to one and forgotten in the other (a test checks that no
// field is empty).
type words struct {
	lang string

	// Cover.
	kind, organization, service, questionnaire, assessmentDate, respondent string
	overall, rating, completion, confidential, confidentialNote, written   string
	attachmentDesc                                                         string

	// Executive summary.
	summary, sectionScores, criticalGaps, largestGaps, noCritical, noOther string
	moreInPlan, notScored, doesNotApply, baseline, change, baselineMark    string
	moreSections, pointsLost, completionOf                                 string

	// Action plan.
	plan, planIntro, colGap, colRecommendation, colPoints, colSources string
	critical, unanswered, noRecommendation, answerNow, noGaps         string
	continued                                                         string

	// Details.
	details, colQuestion, colAnswer, colScore, colNote, notApplicable string
	notApplicableWhy, doesNotApplyQ, noEvidence, evidenceAsked        string
	noneChosen, sectionLine, sectionUnscored, sectionSkipped, lost    string

	// Appendix.
	appendix, method, references, traceability, provenance, orphans  string
	orphansIntro, noOrphans, signOff, signOffIntro, preparedBy       string
	approvedBy, name, role, date, signature, qnID, qnVersion, qnHash string
	ansHash, attached, recordedHash, bandsIntro, generator           string
	bandFrom, bandBelow                                              string
	methodText                                                       []string
	capText, noCapText                                               string

	// Running header and footer.
	page string

	// Units of durations: singular and plural.
	week, weeks, day, days string
}

var wordsEN = words{
	lang: "en",

	kind:             "Self-assessment report for the board",
	organization:     "Organization",
	service:          "Service",
	questionnaire:    "Questionnaire",
	assessmentDate:   "Assessment date",
	respondent:       "Respondent",
	overall:          "Overall score",
	rating:           "Rating",
	completion:       "Completion",
	confidential:     "Confidential",
	confidentialNote: "This report describes weaknesses in how the service protects children. Share it only with the board and the people who need it to act.",
	written:          "Written with %s on %s.",
	attachmentDesc:   "The answers file this report was made from",

	summary:       "Executive summary",
	sectionScores: "Section scores",
	criticalGaps:  "Critical gaps",
	largestGaps:   "Largest other gaps",
	noCritical:    "No critical gaps.",
	noOther:       "No other gaps.",
	moreInPlan:    "… and %d more in the action plan.",
	notScored:     "not scored",
	doesNotApply:  "does not apply",
	baseline:      "Baseline",
	change:        "change",
	baselineMark:  "The thin mark on each bar is the baseline of %s; the figure after the score is the change since then.",
	moreSections:  "%d more sections are in the details.",
	pointsLost:    "points lost",
	completionOf:  "%s answered (%d of %d questions that apply)",

	plan:              "Action plan",
	planIntro:         "The gaps in order: critical gaps first, then by the points each would add to the overall score if it were closed, then in questionnaire order.",
	colGap:            "Gap",
	colRecommendation: "Recommendation",
	colPoints:         "Points lost",
	colSources:        "Sources",
	critical:          "Critical",
	unanswered:        "unanswered",
	noRecommendation:  "no recommendation given",
	answerNow:         "Answer: %s",
	noGaps:            "No gaps: every question that counts scores in full.",
	continued:         "continued",

	details:          "Details per section",
	colQuestion:      "Question",
	colAnswer:        "Answer",
	colScore:         "Score",
	colNote:          "Note",
	notApplicable:    "not applicable",
	notApplicableWhy: "not applicable: %s",
	doesNotApplyQ:    "does not apply, given earlier answers",
	noEvidence:       "no evidence noted",
	evidenceAsked:    "asked for: %s",
	noneChosen:       "none chosen",
	sectionLine:      "Score %s · weight %s · %d of %d answered",
	sectionUnscored:  "Not scored: this section describes the service · %d of %d answered",
	sectionSkipped:   "This section does not apply to the service, given earlier answers; its questions are left out.",
	lost:             "−%s pts",

	appendix:     "Appendix",
	method:       "How the scores are computed",
	references:   "Sources cited",
	traceability: "Traceability",
	provenance:   "Provenance",
	orphans:      "Orphaned answers",
	orphansIntro: "Answers to question ids that the questionnaire no longer has. They are kept in the answers file and left out of the score.",
	noOrphans:    "None.",
	signOff:      "Sign-off",
	signOffIntro: "By signing, the board confirms that it has read this self-assessment and agrees the action plan.",
	preparedBy:   "Prepared by",
	approvedBy:   "Approved by",
	name:         "Name",
	role:         "Role",
	date:         "Date",
	signature:    "Signature",
	qnID:         "Questionnaire id",
	qnVersion:    "Version",
	qnHash:       "Questionnaire SHA-256",
	ansHash:      "Answers file SHA-256",
	attached:     "The answers file is attached to this PDF as %s; its SHA-256 above lets anyone check that it is the file scored.",
	recordedHash: "The answers file records a different questionnaire SHA-256 (%s): it was last saved against another version of the questionnaire.",
	bandsIntro:   "The overall score gives the rating by this questionnaire's bands: %s.",
	bandFrom:     "%s from %s",
	bandBelow:    "%s below %s",
	generator:    "Written with",
	methodText: []string{
		"Each question that applies is scored from 0 to 1: the score of the chosen option; for questions with several choices the sum of the chosen options' scores, at most 1; for numbers, durations and dates the score of the band the answer falls in. An unanswered question scores 0: what is not known is not done. Questions answered “not applicable”, questions that do not apply given earlier answers, and free-text questions are left out.",
		"A section's score is the weighted average of its questions' scores, times 100. The overall score is the average of the section scores, weighted by the sections' weights. Sections with weight 0, such as a service profile, describe the service and are not scored.",
		"The points lost by a gap are what the overall score would gain if that question scored in full. Completion is the share of the questions that apply which have an answer, “not applicable” included.",
	},
	capText:   "Critical questions are must-have duties. A critical question that scores below 1, unanswered included, is a critical gap. With any critical gap the rating is at most %s, whatever the score: the rating is then capped, and the report says so and why.",
	noCapText: "Critical questions are must-have duties; a critical question that scores below 1 is a critical gap and comes first in the action plan. This questionnaire does not cap the rating.",

	page: "Page %d of %d",

	week: "week", weeks: "weeks", day: "day", days: "days",
}

var wordsSV = words{
	lang: "sv",

	kind:             "Självskattning – rapport till styrelsen",
	organization:     "Organisation",
	service:          "Tjänst",
	questionnaire:    "Frågeformulär",
	assessmentDate:   "Bedömningsdatum",
	respondent:       "Besvarad av",
	overall:          "Totalpoäng",
	rating:           "Nivå",
	completion:       "Ifyllnadsgrad",
	confidential:     "Konfidentiellt",
	confidentialNote: "Rapporten beskriver brister i hur tjänsten skyddar barn. Dela den endast med styrelsen och dem som behöver den för att agera.",
	written:          "Skapad med %s den %s.",
	attachmentDesc:   "Svarsfilen som rapporten bygger på",

	summary:       "Sammanfattning",
	sectionScores: "Poäng per avsnitt",
	criticalGaps:  "Kritiska brister",
	largestGaps:   "Största övriga brister",
	noCritical:    "Inga kritiska brister.",
	noOther:       "Inga övriga brister.",
	moreInPlan:    "… och %d till i åtgärdsplanen.",
	notScored:     "poängsätts inte",
	doesNotApply:  "gäller inte",
	baseline:      "Utgångsläge",
	change:        "förändring",
	baselineMark:  "Det tunna strecket på varje stapel är utgångsläget från %s; talet efter poängen är förändringen sedan dess.",
	moreSections:  "Ytterligare %d avsnitt finns i svaren per avsnitt.",
	pointsLost:    "förlorade poäng",
	completionOf:  "%s besvarat (%d av %d tillämpliga frågor)",

	plan:              "Åtgärdsplan",
	planIntro:         "Bristerna i ordning: kritiska brister först, sedan efter hur många poäng varje brist skulle lägga till totalpoängen om den åtgärdades, sedan i frågeformulärets ordning.",
	colGap:            "Brist",
	colRecommendation: "Rekommendation",
	colPoints:         "Förlorade poäng",
	colSources:        "Källor",
	critical:          "Kritisk brist",
	unanswered:        "obesvarad",
	noRecommendation:  "ingen rekommendation angiven",
	answerNow:         "Svar: %s",
	noGaps:            "Inga brister: alla frågor som räknas ger full poäng.",
	continued:         "forts.",

	details:          "Svar per avsnitt",
	colQuestion:      "Fråga",
	colAnswer:        "Svar",
	colScore:         "Poäng",
	colNote:          "Kommentar",
	notApplicable:    "ej tillämpligt",
	notApplicableWhy: "ej tillämpligt: %s",
	doesNotApplyQ:    "gäller inte, enligt tidigare svar",
	noEvidence:       "inget underlag angivet",
	evidenceAsked:    "efterfrågat: %s",
	noneChosen:       "inget valt",
	sectionLine:      "Poäng %s · vikt %s · %d av %d besvarade",
	sectionUnscored:  "Poängsätts inte: avsnittet beskriver tjänsten · %d av %d besvarade",
	sectionSkipped:   "Avsnittet gäller inte tjänsten enligt tidigare svar; dess frågor räknas inte.",
	lost:             "−%s p",

	appendix:     "Bilaga",
	method:       "Så beräknas poängen",
	references:   "Källor",
	traceability: "Spårbarhet",
	provenance:   "Ursprung",
	orphans:      "Svar utan fråga",
	orphansIntro: "Svar på fråge-id som frågeformuläret inte längre har. De finns kvar i svarsfilen men räknas inte.",
	noOrphans:    "Inga.",
	signOff:      "Godkännande",
	signOffIntro: "Genom att skriva under bekräftar styrelsen att den har tagit del av självskattningen och ställer sig bakom åtgärdsplanen.",
	preparedBy:   "Upprättad av",
	approvedBy:   "Godkänd av",
	name:         "Namn",
	role:         "Roll",
	date:         "Datum",
	signature:    "Underskrift",
	qnID:         "Frågeformulärets id",
	qnVersion:    "Version",
	qnHash:       "Frågeformulärets SHA-256",
	ansHash:      "Svarsfilens SHA-256",
	attached:     "Svarsfilen är bifogad i denna PDF som %s; med dess SHA-256 ovan kan vem som helst kontrollera att det är den fil som poängsattes.",
	recordedHash: "Svarsfilen anger en annan SHA-256 för frågeformuläret (%s): den sparades senast mot en annan version av frågeformuläret.",
	bandsIntro:   "Totalpoängen ger nivån enligt frågeformulärets gränser: %s.",
	bandFrom:     "%s från %s",
	bandBelow:    "%s under %s",
	generator:    "Skapad med",
	methodText: []string{
		"Varje fråga som gäller ger 0 till 1 poäng: det valda alternativets poäng; för frågor med flera val summan av de valda alternativens poäng, högst 1; för tal, tidsrymder och datum poängen för det intervall som svaret hamnar i. En obesvarad fråga ger 0: det som inte är känt är inte gjort. Frågor som besvarats med ”ej tillämpligt”, frågor som inte gäller enligt tidigare svar och fritextfrågor räknas inte.",
		"Ett avsnitts poäng är det viktade medelvärdet av frågornas poäng gånger 100. Totalpoängen är medelvärdet av avsnittens poäng, viktat med avsnittens vikter. Avsnitt med vikt 0, till exempel en tjänsteprofil, beskriver tjänsten och poängsätts inte.",
		"De poäng som en brist förlorar är vad totalpoängen skulle öka med om frågan gav full poäng. Ifyllnadsgraden är andelen av de tillämpliga frågorna som har ett svar, ”ej tillämpligt” inräknat.",
	},
	capText:   "Kritiska frågor gäller grundläggande skyldigheter. En kritisk fråga som ger under 1 poäng, obesvarad inräknat, är en kritisk brist. Med minst en kritisk brist blir nivån högst %s oavsett poäng: nivån begränsas då, och rapporten säger det och varför.",
	noCapText: "Kritiska frågor gäller grundläggande skyldigheter; en kritisk fråga som ger under 1 poäng är en kritisk brist och kommer först i åtgärdsplanen. Detta frågeformulär begränsar inte nivån.",

	page: "Sida %d av %d",

	week: "vecka", weeks: "veckor", day: "dygn", days: "dygn",
}

// wordsFor returns the report's texts in lang, English when it has none.
func wordsFor(lang string) *words {
	if lang == "sv" {
		return &wordsSV
	}
	return &wordsEN
}

// criticalGapsN is "1 critical gap" or "3 critical gaps".
func (w *words) criticalGapsN(n int) string {
	switch {
	case w.lang == "sv" && n == 1:
		return "1 kritisk brist"
	case w.lang == "sv":
		return fmt.Sprintf("%d kritiska brister", n)
	case n == 1:
		return "1 critical gap"
	}
	return fmt.Sprintf("%d critical gaps", n)
}

// capSentence says that and why the rating was capped.
func (w *words) capSentence(n int, capped, band string) string {
	if w.lang == "sv" {
		return fmt.Sprintf("Nivån är begränsad till %s på grund av %s; enbart efter poängen skulle nivån vara %s.", capped, w.criticalGapsN(n), band)
	}
	return fmt.Sprintf("The rating is capped at %s because of %s; on the score alone it would be %s.", capped, w.criticalGapsN(n), band)
}

// baselineLine compares the overall score with the baseline's.
func (w *words) baselineLine(date, score, rating, change string) string {
	if w.lang == "sv" {
		return fmt.Sprintf("Utgångsläge %s: %s · %s. Förändring: %s.", date, score, rating, change)
	}
	return fmt.Sprintf("Baseline of %s: %s · %s. Change: %s.", date, score, rating, change)
}
