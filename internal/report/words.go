package report

import (
	"fmt"
	"strings"

	"github.com/dutycheck/dutycheck/internal/answers"
	"github.com/dutycheck/dutycheck/internal/questionnaire"
	"github.com/dutycheck/dutycheck/internal/scoring"
)

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

	// Board brief (1.1).
	brief, provisional, assessed, mustHaves, mustCap, mustNoCap, noMust       string
	noOwner, overdue, noDue, decisions, decOwner, decOverdue, decRisk         string
	decIntro, decNone, readiness, regimesNone, regimesOff, noScoredQ, restsOn string
	restsUnknown, restsEstimate, restsNoEvidence, restsNone, moreAtPage       string
	since, axis, bandsLegend, seePage, whatAssessedNoService, closed          string
	opened, mustHave, wouldApply                                              string

	// What applies, and why (1.1).
	regimesTitle, regimesIntro, applies, notApplies, decidedBy, always string
	colRegime, colWhy, notAnsweredYet, readinessOf                     string

	// Legal status in words (1.1), and the basis of a gap.
	stLaw, stCode, stGuidance, stVoluntary, stProposal, stLapsed string
	notHere, legalDuty, goodPractice                             string

	// Action plan (1.1).
	otherGaps, colDuty, colWhatToDo, colAction, colPts, measureThis string
	unknownAnswer, est, doneWhen, sourcesLabel, noAction, due       string
	statusOpen, statusInProgress, statusDone, statusRiskAccepted    string
	approvedByX, planMustIntro                                      string

	// Details and appendix (1.1).
	evidence, evidenceFile, regimesApp, glossary, limitations, evidenceApp    string
	noEvidenceItems, checkedOn, limitationsText, noCheckDate, reportStatus    string
	draft, final, boardMinute, colStatus, colTerm, colDefinition, colWhyShort string

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
	moreSections:  "And %d more sections, none scoring below %s; details from page %d.",
	pointsLost:    "points lost",
	completionOf:  "%s answered (%d of %d questions that apply)",

	plan:              "Action plan",
	planIntro:         "The must-have duties not met come first, without points. The other gaps follow by the points each would add to the overall score if it were closed, then in questionnaire order.",
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
		"An answer of “don't know / not measured” scores 0 like an unanswered question, but is listed apart: what is not known is not done, and the action is to measure it. An estimate scores like a measurement and is marked “est.” wherever it is shown. When completion is below the questionnaire's minimum, or more than 20% of the scored answers are “don't know”, the rating is provisional.",
		"A regime's readiness is the weighted average score of the questions that cite its sources, for the regimes that apply. Which regimes apply follows from the answers to the service profile; a regime that does not apply creates no duty here.",
	},
	capText:   "Some questions are must-have duties, always or where the service profile makes them so. A must-have that scores below 1, unanswered and “don't know” included, is a must-have duty not met. With any of them the rating is at most %s, whatever the score: the rating is then capped, and the report says so and why. Must-haves are listed first and never weighed against other gaps by points.",
	noCapText: "Some questions are must-have duties; a must-have that scores below 1 is a must-have duty not met and comes first in the action plan, never weighed against other gaps by points. This questionnaire does not cap the rating.",

	brief:                 "Board brief",
	provisional:           "provisional",
	assessed:              "What was assessed",
	mustHaves:             "Must-have duties not met",
	mustCap:               "Until every one is met the rating is at most %s, whatever the score.",
	mustNoCap:             "They come before every other gap, whatever the points.",
	noMust:                "Every must-have duty that applies is met.",
	noOwner:               "no owner",
	overdue:               "overdue",
	noDue:                 "no due date",
	decisions:             "Decisions asked of the board",
	decOwner:              "No owner",
	decOverdue:            "Overdue",
	decRisk:               "Risk accepted",
	decIntro:              "Name an owner for each must-have duty without one; for each overdue action agree a new date or escalate; confirm or reopen each risk accepted.",
	decNone:               "None this time: every must-have duty has an owner, no action is overdue and no risk awaits acceptance.",
	readiness:             "Readiness by regime that applies",
	regimesNone:           "No regime applies to this service, given its profile.",
	regimesOff:            "%d of %d regimes do not apply to this service; page %d says why.",
	noScoredQ:             "no scored question",
	restsOn:               "What the result rests on",
	restsUnknown:          "Don't know / not measured",
	restsEstimate:         "Estimates",
	restsNoEvidence:       "No evidence noted",
	restsNone:             "Every scored answer is given as measured, and backed by a note or evidence where asked.",
	moreAtPage:            "and %d more, page %d",
	since:                 "Since %s",
	closed:                "Gaps closed",
	mustHave:              "Must-have",
	wouldApply:            "Would apply if adopted",
	opened:                "Gaps opened",
	axis:                  "Section score (0–100)",
	bandsLegend:           "Rating bands",
	seePage:               "page %d",
	whatAssessedNoService: "the service",

	regimesTitle:   "What applies to this service, and why",
	regimesIntro:   "The service profile decides which bodies of law and frameworks apply. A regime that does not apply creates no duty for this service; a question that cites only such regimes is good practice here, not a duty. This is a self-assessment, not legal advice.",
	applies:        "Applies",
	notApplies:     "Does not apply",
	decidedBy:      "Decided by",
	always:         "It applies to every service assessed with this questionnaire.",
	colRegime:      "Regime",
	colWhy:         "Why, and the answers that decided it",
	notAnsweredYet: "not answered",
	readinessOf:    "Readiness",

	stLaw:        "law",
	stCode:       "code of practice",
	stGuidance:   "guidance",
	stVoluntary:  "voluntary",
	stProposal:   "proposal, not adopted",
	stLapsed:     "no longer in force",
	notHere:      "does not apply here",
	legalDuty:    "legal duty",
	goodPractice: "good practice",

	otherGaps:          "Other gaps, by points lost",
	colDuty:            "Duty",
	colWhatToDo:        "What to do",
	colAction:          "Owner · due · status",
	colPts:             "Points",
	measureThis:        "measure this",
	unknownAnswer:      "don't know / not measured",
	est:                "est.",
	doneWhen:           "Done when: %s",
	sourcesLabel:       "Sources: ",
	noAction:           "no action recorded",
	due:                "due %s",
	statusOpen:         "open",
	statusInProgress:   "in progress",
	statusDone:         "done",
	statusRiskAccepted: "risk accepted",
	approvedByX:        "approved by %s",
	planMustIntro:      "No points are shown for them: a must-have duty is not weighed against other gaps.",

	evidence:        "Evidence",
	evidenceFile:    "file %s",
	regimesApp:      "Regimes",
	glossary:        "Glossary",
	limitations:     "Limitations",
	evidenceApp:     "Evidence and digests",
	noEvidenceItems: "No evidence items are recorded in the answers file.",
	checkedOn:       "checked %s",
	limitationsText: "This is a self-assessment, not legal advice: the answers are the organization's own and were not verified by the tool. The questionnaire's content was checked against its sources up to %s; law and codes may have changed since. Which regimes apply follows from the answers to the service profile; check it with counsel where the profile is uncertain.",
	noCheckDate:     "This is a self-assessment, not legal advice: the answers are the organization's own and were not verified by the tool. The questionnaire does not say when its content was last checked against its sources.",
	reportStatus:    "Status of this report",
	draft:           "Draft",
	final:           "Final",
	boardMinute:     "Board minute",
	colStatus:       "Status",
	colTerm:         "Term",
	colDefinition:   "Meaning",
	colWhyShort:     "Why",

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
	moreSections:  "Och %d avsnitt till, inget under %s poäng; svaren från sida %d.",
	pointsLost:    "förlorade poäng",
	completionOf:  "%s besvarat (%d av %d tillämpliga frågor)",

	plan:              "Åtgärdsplan",
	planIntro:         "De obligatoriska krav som inte är uppfyllda kommer först, utan poäng. Övriga brister följer efter hur många poäng varje brist skulle lägga till totalpoängen om den åtgärdades, sedan i frågeformulärets ordning.",
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
		"Svaret ”vet inte / inte mätt” ger 0 poäng som en obesvarad fråga men redovisas för sig: det som inte är känt är inte gjort, och åtgärden är att mäta det. En uppskattning ger poäng som en mätning och märks ”uppsk.” överallt där den visas. När ifyllnadsgraden är under frågeformulärets lägsta nivå, eller mer än 20\u00a0% av de poängsatta svaren är ”vet inte”, är nivån preliminär.",
		"Ett regelverks beredskap är det viktade medelvärdet av poängen för de frågor som hänvisar till dess källor, för de regelverk som gäller. Vilka regelverk som gäller följer av svaren i tjänsteprofilen; ett regelverk som inte gäller ger inga skyldigheter här.",
	},
	capText:   "Vissa frågor gäller obligatoriska krav, alltid eller där tjänsteprofilen gör dem obligatoriska. Ett obligatoriskt krav som ger under 1 poäng, obesvarat och ”vet inte” inräknat, är inte uppfyllt. Med minst ett sådant blir nivån högst %s oavsett poäng: nivån begränsas då, och rapporten säger det och varför. Obligatoriska krav redovisas först och vägs aldrig mot andra brister i poäng.",
	noCapText: "Vissa frågor gäller obligatoriska krav; ett obligatoriskt krav som ger under 1 poäng är inte uppfyllt och kommer först i åtgärdsplanen, utan att vägas mot andra brister i poäng. Detta frågeformulär begränsar inte nivån.",

	brief:                 "Sammanfattning för styrelsen",
	provisional:           "preliminär",
	assessed:              "Vad som bedömdes",
	mustHaves:             "Obligatoriska krav som inte är uppfyllda",
	mustCap:               "Tills alla är uppfyllda är nivån högst %s, oavsett poäng.",
	mustNoCap:             "De kommer före alla andra brister, oavsett poäng.",
	noMust:                "Alla obligatoriska krav som gäller är uppfyllda.",
	noOwner:               "ingen ägare",
	overdue:               "försenad",
	noDue:                 "inget slutdatum",
	decisions:             "Beslut som styrelsen ombeds fatta",
	decOwner:              "Ingen ägare",
	decOverdue:            "Försenad",
	decRisk:               "Accepterad risk",
	decIntro:              "Utse en ägare för varje obligatoriskt krav som saknar en; besluta om nytt datum eller eskalera för varje försenad åtgärd; bekräfta eller öppna igen varje accepterad risk.",
	decNone:               "Inga denna gång: alla obligatoriska krav har en ägare, ingen åtgärd är försenad och ingen risk väntar på godkännande.",
	readiness:             "Beredskap per regelverk som gäller",
	regimesNone:           "Inget regelverk gäller för tjänsten enligt dess profil.",
	regimesOff:            "%d av %d regelverk gäller inte för tjänsten; sida %d förklarar varför.",
	noScoredQ:             "ingen poängsatt fråga",
	restsOn:               "Vad resultatet bygger på",
	restsUnknown:          "Vet inte / inte mätt",
	restsEstimate:         "Uppskattningar",
	restsNoEvidence:       "Inget underlag angivet",
	restsNone:             "Alla poängsatta svar anges som uppmätta och har kommentar eller underlag där det efterfrågas.",
	moreAtPage:            "och %d till, sida %d",
	since:                 "Sedan %s",
	closed:                "Åtgärdade brister",
	mustHave:              "Obligatoriskt",
	wouldApply:            "Skulle gälla om det antas",
	opened:                "Nya brister",
	axis:                  "Avsnittets poäng (0–100)",
	bandsLegend:           "Nivåer",
	seePage:               "sida %d",
	whatAssessedNoService: "tjänsten",

	regimesTitle:   "Vad som gäller för tjänsten, och varför",
	regimesIntro:   "Tjänsteprofilen avgör vilka regelverk och ramverk som gäller. Ett regelverk som inte gäller ger inga skyldigheter för tjänsten; en fråga som bara hänvisar till sådana regelverk är här god praxis, inte en skyldighet. Detta är en självskattning, inte juridisk rådgivning.",
	applies:        "Gäller",
	notApplies:     "Gäller inte",
	decidedBy:      "Avgjort av",
	always:         "Det gäller alla tjänster som bedöms med detta frågeformulär.",
	colRegime:      "Regelverk",
	colWhy:         "Varför, och svaren som avgjorde det",
	notAnsweredYet: "inte besvarad",
	readinessOf:    "Beredskap",

	stLaw:        "lag",
	stCode:       "uppförandekod",
	stGuidance:   "vägledning",
	stVoluntary:  "frivilligt",
	stProposal:   "förslag, inte antaget",
	stLapsed:     "inte längre i kraft",
	notHere:      "gäller inte här",
	legalDuty:    "rättslig skyldighet",
	goodPractice: "god praxis",

	otherGaps:          "Övriga brister, efter förlorade poäng",
	colDuty:            "Krav",
	colWhatToDo:        "Åtgärd",
	colAction:          "Ägare · klart · status",
	colPts:             "Poäng",
	measureThis:        "mät detta",
	unknownAnswer:      "vet inte / inte mätt",
	est:                "uppsk.",
	doneWhen:           "Klart när: %s",
	sourcesLabel:       "Källor: ",
	noAction:           "ingen åtgärd registrerad",
	due:                "klart %s",
	statusOpen:         "öppen",
	statusInProgress:   "pågår",
	statusDone:         "klar",
	statusRiskAccepted: "risk accepterad",
	approvedByX:        "godkänd av %s",
	planMustIntro:      "Inga poäng visas för dem: ett obligatoriskt krav vägs inte mot andra brister.",

	evidence:        "Underlag",
	evidenceFile:    "fil %s",
	regimesApp:      "Regelverk",
	glossary:        "Ordlista",
	limitations:     "Begränsningar",
	evidenceApp:     "Underlag och kontrollsummor",
	noEvidenceItems: "Svarsfilen anger inget underlag.",
	checkedOn:       "kontrollerad %s",
	limitationsText: "Detta är en självskattning, inte juridisk rådgivning: svaren är organisationens egna och har inte kontrollerats av verktyget. Frågeformulärets innehåll har stämts av mot källorna till och med %s; lagar och koder kan ha ändrats sedan dess. Vilka regelverk som gäller följer av svaren i tjänsteprofilen; stäm av med jurister där profilen är osäker.",
	noCheckDate:     "Detta är en självskattning, inte juridisk rådgivning: svaren är organisationens egna och har inte kontrollerats av verktyget. Frågeformuläret anger inte när innehållet senast stämdes av mot källorna.",
	reportStatus:    "Rapportens status",
	draft:           "Utkast",
	final:           "Slutlig",
	boardMinute:     "Styrelseprotokoll",
	colStatus:       "Status",
	colTerm:         "Term",
	colDefinition:   "Betydelse",
	colWhyShort:     "Varför",

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

// plural picks the singular or the plural form of a count, "%d" in them
// replaced by n.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf(one, n)
	}
	return fmt.Sprintf(many, n)
}

// mustShort is "1 must-have" or "3 must-haves", for tight places.
func (w *words) mustShort(n int) string {
	if w.lang == "sv" {
		return plural(n, "%d obligatoriskt", "%d obligatoriska")
	}
	return plural(n, "%d must-have", "%d must-haves")
}

// mustN is "1 must-have duty" or "3 must-have duties".
func (w *words) mustN(n int) string {
	if w.lang == "sv" {
		return plural(n, "%d obligatoriskt krav", "%d obligatoriska krav")
	}
	return plural(n, "%d must-have duty", "%d must-have duties")
}

// positionSentence is the position in one sentence: the score, the rating,
// and, when must-haves capped it, what it would be on the score alone.
func (w *words) positionSentence(score, rating, band string, capped bool, crit int) string {
	if w.lang == "sv" {
		if capped {
			return fmt.Sprintf("Tjänsten får %s av 100 poäng, vilket enbart efter poängen vore %s, men nivån är %s eftersom %s inte är uppfyllda.", score, band, rating, w.mustN(crit))
		}
		return fmt.Sprintf("Tjänsten får %s av 100 poäng och nivån är %s.", score, rating)
	}
	if capped {
		verb := "are"
		if crit == 1 {
			verb = "is"
		}
		return fmt.Sprintf("The service scores %s of 100, which is %s on the score alone, but is rated %s because %s %s not met.", score, band, rating, w.mustN(crit), verb)
	}
	return fmt.Sprintf("The service scores %s of 100 and is rated %s.", score, rating)
}

// provisionalWhy says why the rating is provisional, from the values.
func (w *words) provisionalWhy(p scoring.ProvisionalReason) string {
	var parts []string
	if p.LowCompletion {
		if w.lang == "sv" {
			parts = append(parts, fmt.Sprintf("bara %s av frågorna som gäller är besvarade (minst %s behövs)", w.percent(p.Completion), w.percent(p.MinCompletion)))
		} else {
			parts = append(parts, fmt.Sprintf("only %s of the questions that apply are answered (%s are needed)", w.percent(p.Completion), w.percent(p.MinCompletion)))
		}
	}
	if p.TooManyUnknown {
		if w.lang == "sv" {
			parts = append(parts, fmt.Sprintf("%d av %d poängsatta svar är ”vet inte” (mer än 20\u00a0%%)", p.Unknown, p.Scored))
		} else {
			parts = append(parts, fmt.Sprintf("%d of %d scored answers are “don't know” (more than 20%%)", p.Unknown, p.Scored))
		}
	}
	if w.lang == "sv" {
		return "Nivån är preliminär: " + strings.Join(parts, "; ") + "."
	}
	return "The rating is provisional: " + strings.Join(parts, "; ") + "."
}

// sinceLine sums up the change since the baseline: gaps closed and
// opened, actions done and overdue.
func (w *words) sinceLine(closed, opened, done, overdue int) string {
	if w.lang == "sv" {
		return fmt.Sprintf("%s åtgärdade, %s nya; %s klara, %s försenade.",
			plural(closed, "%d brist", "%d brister"), plural(opened, "%d brist", "%d brister"),
			plural(done, "%d åtgärd", "%d åtgärder"), plural(overdue, "%d åtgärd", "%d åtgärder"))
	}
	return fmt.Sprintf("%s closed, %s opened; %s done, %s overdue.",
		plural(closed, "%d gap", "%d gaps"), plural(opened, "%d gap", "%d gaps"),
		plural(done, "%d action", "%d actions"), plural(overdue, "%d action", "%d actions"))
}

// gapCounts is a regime's gaps in words: "4 gaps, 1 must-have".
func (w *words) gapCounts(gaps, crit int) string {
	if w.lang == "sv" {
		s := plural(gaps, "%d brist", "%d brister")
		if crit > 0 {
			s += ", " + plural(crit, "%d obligatoriskt krav", "%d obligatoriska krav")
		}
		return s
	}
	s := plural(gaps, "%d gap", "%d gaps")
	if crit > 0 {
		s += ", " + plural(crit, "%d must-have", "%d must-haves")
	}
	return s
}

// legalStatus is a reference's or regime's status in words; "" when the
// questionnaire gives none.
func (w *words) legalStatus(s questionnaire.LegalStatus) string {
	switch s {
	case questionnaire.StatusLaw:
		return w.stLaw
	case questionnaire.StatusCode:
		return w.stCode
	case questionnaire.StatusGuidance:
		return w.stGuidance
	case questionnaire.StatusVoluntary:
		return w.stVoluntary
	case questionnaire.StatusProposal:
		return w.stProposal
	case questionnaire.StatusLapsed:
		return w.stLapsed
	}
	return ""
}

// actionStatus is an action's status in words.
func (w *words) actionStatus(s answers.ActionStatus) string {
	switch s {
	case answers.ActionInProgress:
		return w.statusInProgress
	case answers.ActionDone:
		return w.statusDone
	case answers.ActionRiskAccepted:
		return w.statusRiskAccepted
	}
	return w.statusOpen
}

// assessedSentence says what was assessed, by whom and against what.
func (w *words) assessedSentence(service, org, date, respondent, qn string) string {
	if w.lang == "sv" {
		s := fmt.Sprintf("%s (%s), bedömd %s", service, org, date)
		if respondent != "" {
			s += " av " + respondent
		}
		return s + " mot " + qn + "."
	}
	s := fmt.Sprintf("%s (%s), assessed on %s", service, org, date)
	if respondent != "" {
		s += " by " + respondent
	}
	return s + " against " + qn + "."
}
