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
	"brief.mustTrend":     "Obligatoriska krav som inte uppfylls: %d → %d",
	"brief.top":           "De tre viktigaste åtgärderna",
	"brief.seePage":       "%s: sidan %d",
}

var swedishBriefCount = map[Key]Forms{
	"brief.na": {One: "%d ej tillämplig", Other: "%d ej tillämpliga"},
}
