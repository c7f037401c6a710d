package l10n

// swedishQuarter is the Swedish of the next-quarter messages (see
// catalog_quarter.go).
var swedishQuarter = map[Key]string{
	"diff.answer.options":      "alternativ: %d tillagda, %d borttagna",
	"diff.answer.text.changed": "ändrat, i sin helhet nedan",
	"diff.answer.was":          "förut: %s",
	"diff.answer.now":          "nu: %s",
	"diff.actions.none":        "Ändrade åtgärder: inga.",
	"diff.actions.changed":     "Ändrade åtgärder (%d), obligatoriska krav först:",
	"diff.action.added":        "(ny åtgärd)",
	"diff.action.removed":      "(åtgärden borttagen)",
	"diff.action.owner":        "ansvarig",
	"diff.action.due":          "klart senast",
	"diff.action.status":       "status",
	"diff.action.done_when":    "klart när",
	"diff.action.approved_by":  "godkänd av",
	"diff.targets.none":        "Ändrade mål: inga.",
	"diff.targets.changed":     "Ändrade mål (%d):",
	"diff.target.added":        "(nytt mål)",
	"diff.target.removed":      "(målet borttaget)",
	"diff.target.limit":        "mål",
	"diff.target.state":        "läge",

	// The plan screen: a due date before the assessment date.
	"plan.pastdue": "%s är före bedömningsdatumet %s: åtgärden vore försenad direkt. Enter igen behåller den; eller ändra datumet.",

	// The results screen after a next-quarter walk.
	"key.confirm.next": "nästa att bekräfta",

	// A note or evidence kept when the answer changed.
	"notefor.note":     "Kommentaren skrevs för svaret ”%s”: enter behåller den, tabb redigerar den (töm den för att ta bort den).",
	"notefor.evidence": "Underlaget registrerades för svaret ”%s”: enter behåller det.",
	"notefor.mark":     "skriven för det tidigare svaret ”%s”",
	"acc.notefor":      "Kommentaren skrevs för svaret ”%s”: behålla, redigera eller ta bort den? (b/r/t, standard b): ",
	"acc.notefor.new":  "Ny kommentar: ",
	// Detsamma, på en fråga som ställs igen i textläget: dess egna tangenter.
	"acc.notefor.stale.note":     "Kommentaren skrevs för svaret ”%s”: en tom rad behåller den; note: TEXT ersätter den, och bara note: tar bort den.",
	"acc.notefor.stale.evidence": "Underlaget registrerades för svaret ”%s”: en tom rad behåller det.",

	// A question changed since it was answered (walk-through).
	"changed.field": "Ändrat sedan ert svar: %s: %s → %s",

	// The brief since the baseline: the must-haves first.
	"sum.must.change": "Obligatoriska krav som inte är uppfyllda: %d → %d.",
}

// swedishQuarterCount are the counted phrases of the next-quarter messages.
var swedishQuarterCount = map[Key]Forms{
	"sum.regime.estimates": {One: "%d uppskattning som avgör vilka regelverk som gäller", Other: "%d uppskattningar som avgör vilka regelverk som gäller"},
	"changed.more":         {One: "… %d ändring, avkortad här: dutycheck changes visar den hel.", Other: "… %d ändringar i allt: dutycheck changes listar dem."},
	"end.to.confirm":       {One: "%d fråga återstår att besvara eller bekräfta: c går dit.", Other: "%d frågor återstår att besvara eller bekräfta: c går till nästa."},
}
