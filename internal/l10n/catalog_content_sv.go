package l10n

// swedishContent: see englishContent.
var swedishContent = map[Key]string{
	"jurisdiction.EU":     "EU",
	"jurisdiction.UK":     "Storbritannien",
	"jurisdiction.US":     "USA",
	"jurisdiction.AU":     "Australien",
	"jurisdiction.SE":     "Sverige",
	"plan.musthave.none":  "alla obligatoriska krav är uppfyllda",
	"pdf.inForce":         "i kraft från %s",
	"jurisdiction.global": "internationellt",
}
