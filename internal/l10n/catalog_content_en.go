package l10n

// englishContent names the jurisdiction codes a regime may give, and the
// few words the third edition of the built-in questionnaires added.
var englishContent = map[Key]string{
	"jurisdiction.EU":     "EU",
	"jurisdiction.UK":     "UK",
	"jurisdiction.US":     "US",
	"jurisdiction.AU":     "Australia",
	"jurisdiction.SE":     "Sweden",
	"plan.musthave.none":  "every must-have duty met",
	"pdf.inForce":         "in force from %s",
	"jurisdiction.global": "global",
}
