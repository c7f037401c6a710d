package l10n

// englishBrief is the English of the brief's findings (catalog_brief.go).
var englishBrief = map[Key]string{
	"brief.notMet":        "Not met: %s",
	"brief.find.law":      "%s: a legal duty under %s%s, not met",
	"brief.find.code":     "%s: a regulator's code measure under %s%s, not met",
	"brief.find.practice": "%s: good practice under %s, not met",
	"brief.find.plain":    "%s: not met",
	"brief.inForce":       ", in force since %s",
	"brief.inForceFrom":   ", in force from %s",
	"brief.caveat":        "A self-assessment: not legal advice and not a certification.",
	"brief.decApprove":    "Approve the action plan and its dates",
	"brief.top":           "The three actions that matter most",
	"brief.seePage":       "%s: page %d",
	"brief.version":       "Report version",
	"brief.versionDigest": "answers SHA-256 %s (first 12 digits)",
	"brief.rounding":      "Scores are shown with one decimal, rounded half up (64.25 is shown as 64.3); every total, average and comparison with a rating band or target is computed from the unrounded scores.",
}

var englishBriefCount = map[Key]Forms{
	"brief.na": {One: "%d not applicable", Other: "%d not applicable"},
}
