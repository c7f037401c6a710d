package l10n

// swedishJurisdictions: see englishJurisdictions.
var swedishJurisdictions = map[Key]string{
	"jurisdiction.EU":     "EU",
	"jurisdiction.UK":     "Storbritannien",
	"jurisdiction.US":     "USA",
	"jurisdiction.AU":     "Australien",
	"jurisdiction.SE":     "Sverige",
	"pdf.inForce":         "i kraft från %s",
	"jurisdiction.global": "internationellt",
}
