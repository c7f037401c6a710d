package l10n

// swedishBrief is the Swedish of the brief's findings (catalog_brief.go).
var swedishBrief = map[Key]string{
	"brief.notMet":        "Uppfylls inte: %s",
	"brief.find.law":      "%s: en rättslig skyldighet enligt %s%s, uppfylls inte",
	"brief.find.code":     "%s: en åtgärd i tillsynsmyndighetens kod, %s%s, uppfylls inte",
	"brief.find.practice": "%s: god praxis enligt %s, uppfylls inte",
	"brief.find.plain":    "%s: uppfylls inte",
	"brief.inForce":       ", gäller sedan %s",
	"brief.inForceFrom":   ", gäller från %s",
	"brief.caveat":        "En självbedömning: inte juridisk rådgivning och inte en certifiering.",
	"brief.decApprove":    "Godkänn åtgärdsplanen och dess datum",
	"brief.top":           "De tre viktigaste åtgärderna",
	"brief.seePage":       "%s: sidan %d",
	"brief.version":       "Rapportversion",
	"brief.versionDigest": "svarens SHA-256 %s (de 12 första tecknen)",
	"brief.rounding":      "Poängen visas med en decimal, avrundade uppåt vid exakt hälften (64,25 visas som 64,3); alla summor, medelvärden och jämförelser med nivåer eller mål räknas på de oavrundade poängen.",
}

var swedishBriefCount = map[Key]Forms{
	"brief.na": {One: "%d ej tillämplig", Other: "%d ej tillämpliga"},
}

// swedishPlan is the Swedish of the plan's top ten and its fillable rows
// (catalog_brief.go).
var swedishPlan = map[Key]string{
	"pdfplan.topIntro":   "Skriv in ansvarig och slutdatum för var och en; tidsramen är ett förslag utifrån bristens allvar: 30 dagar för ett obligatoriskt krav, 90 för en annan rättslig skyldighet eller åtgärd i en uppförandekod eller en brist på 3 poäng eller mer, 180 för övriga. Hela planen följer.",
	"pdfplan.colOwner":   "Ansvarig",
	"pdfplan.colDue":     "Senast",
	"pdfplan.colHorizon": "Förslag",
	"pdfplan.colAction":  "Ansvarig · senast · status · klart när",
	"pdfplan.pointsLost": "(%s poäng)",
	"pdfplan.owner":      "Ansvarig: %s",
	"pdfplan.due":        "Senast: %s",
	"pdfplan.status":     "Status: %s",
	"pdfplan.horizon":    "inom %d dagar",
	"pdfplan.top":        "De %d viktigaste åtgärderna",
	"pdfplan.suggested":  "Förslag: %s",
}

var swedishPlanCount = map[Key]Forms{
	"pdfplan.targetsMore": {One: "och %d mål till, sidan %d", Other: "och %d mål till, sidan %d"},
	"pdfplan.days":        {One: "%d dag", Other: "%d dagar"},
}

// swedishWhy is the Swedish of why a question or section does not apply
// (catalog_brief.go).
var swedishWhy = map[Key]string{
	"pdfwhy.na":      "gäller inte: %s",
	"pdfwhy.answer":  "%s, svar på %s",
	"pdfwhy.regime":  "%s gäller inte",
	"pdfwhy.section": "Avsnittet gäller inte tjänsten: %s. Dess frågor räknas inte.",
}

// swedishApplies is the Swedish of the applicability table
// (catalog_brief.go).
var swedishApplies = map[Key]string{
	"pdfapp.colApplies": "Gäller",
	"pdfapp.colRead":    "Svar som lästes",
	"pdfapp.colSources": "Källor",
}
