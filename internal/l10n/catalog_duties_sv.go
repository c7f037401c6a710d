package l10n

// swedishDuties: see englishDuties; in the words of
// docs/glossary-sv.md and the report: "obligatoriska krav", "ansvarig",
// "underlag".
var swedishDuties = map[Key]string{

	"action.open":          "öppen",
	"action.in_progress":   "pågår",
	"action.done":          "klar",
	"action.risk_accepted": "risk accepterad",

	"must.title":  "Obligatoriska krav som inte är uppfyllda (%d)",
	"must.nocap":  "De kommer före alla andra brister, oavsett poäng.",
	"provisional": "preliminär",
	// Why a rating is provisional (l10n.Printer.ProvisionalCompletion, ProvisionalUnknown).
	"provisional.completion": "bara %s av frågorna som gäller är besvarade (minst %s behövs)",
	"provisional.unknown":    "%d av %d poängsatta svar är ”vet inte” (mer än %s)",

	"act.owner":      "ansvarig %s",
	"act.no.owner":   "ingen ansvarig",
	"act.unowned":    "UTAN ANSVARIG",
	"act.due":        "senast %s",
	"act.no.due":     "inget slutdatum",
	"act.overdue":    "FÖRSENAD",
	"act.approved":   "godkänd av %s",
	"act.done.when":  "klart när: %s",
	"act.none":       "ingen åtgärd registrerad",
	"act.to.do":      "att göra: %s",
	"act.sources":    "källor: %s",
	"act.unknown":    "vet inte / inte mätt: mät detta",
	"act.unanswered": "obesvarad: besvara frågan",
	"act.estimate":   "uppsk.",
	"act.answer":     "svar: %s",

	"plan.heading": "Åtgärdsplan",
	"plan.others":  "Övriga brister, efter förlorade poäng (%d)",
	"plan.none":    "Inga brister: alla frågor som räknas ger full poäng.",
	"plan.closed":  "Åtgärder på frågor utan brist (%d)",

	"score.others":             "Övriga brister (%d), efter förlorade poäng:",
	"score.regimes.notInForce": "Förslag och lagar som inte längre är i kraft (inte skyldigheter)",
	"score.regime.would":       "skulle gälla om det antas",
	"score.regimes.not":        "Gäller inte, givet tjänstens profil",
	"score.regime.none":        "ingen poängsatt fråga",
	"score.see.plan":           "Ansvariga, slutdatum och alla brister: dutycheck plan",

	"md.gaps.bypoints": "Efter förlorade poäng, störst först.",
	"md.col.action":    "Åtgärd",
	"md.col.evidence":  "Underlag",
	"md.col.regime":    "Regelverk",
	"md.col.applies":   "Gäller",
	"md.col.readiness": "Beredskap",
	"md.no":            "nej",

	"diff.evidence.changed": "Underlag ändrat: %s",
	"diff.stale":            "Svaret ändrat men kommentar eller underlag lämnat som det var (underlaget kan vara inaktuellt): %s",

	"tag.carried": "att bekräfta",
	"start.from":  "Startad från %s (%s): %s har förts över och behöver bekräftas ett och ett.",

	// Progress leaves out carried answers not yet confirmed.
	"progress.to.confirm":    "%d att bekräfta",
	"farewell.to.confirm":    "%s återstår att bekräfta.",
	"acc.evidence.hashing":   "Hashar %s: %s klart …",
	"evidence.stale.changed": "ändrad sedan den bifogades",
	"evidence.stale.missing": "saknas sedan den bifogades",
}

var swedishDutiesCount = map[Key]Forms{
	"plan.n.overdue": {One: "%d åtgärd försenad", Other: "%d åtgärder försenade"},
	"plan.n.unowned": {One: "%d obligatoriskt krav utan ansvarig", Other: "%d obligatoriska krav utan ansvarig"},
	"must":           {One: "%d obligatoriskt krav inte uppfyllt", Other: "%d obligatoriska krav inte uppfyllda"},
	"answers":        {One: "%d svar", Other: "%d svar"},
	"score.stale": {
		One:   "%d svars underlagsfil har ändrats eller saknas sedan den bifogades; svaret räknas som utan underlag: %s",
		Other: "%d svars underlagsfiler har ändrats eller saknas sedan de bifogades; svaren räknas som utan underlag: %s",
	},
}
