package l10n

// englishJurisdictions names the jurisdiction codes a regime may give.
var englishJurisdictions = map[Key]string{
	"jurisdiction.EU":     "EU",
	"jurisdiction.UK":     "UK",
	"jurisdiction.US":     "US",
	"jurisdiction.AU":     "Australia",
	"jurisdiction.SE":     "Sweden",
	"pdf.inForce":         "in force from %s",
	"jurisdiction.global": "global",
}
