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

// englishPlan is the English of the plan's top ten and its fillable rows
// (catalog_brief.go).
var englishPlan = map[Key]string{
	"pdfplan.topIntro":   "Write in an owner and a due date for each; the horizon is a suggestion from the gap's severity: 30 days for a must-have duty, 90 for another legal duty or code measure or a gap of 3 points or more, 180 for the rest. The full plan follows.",
	"pdfplan.colOwner":   "Owner",
	"pdfplan.colDue":     "Due",
	"pdfplan.colHorizon": "Suggested",
	"pdfplan.colAction":  "Owner · due · status · done when",
	"pdfplan.pointsLost": "(%s points)",
	"pdfplan.owner":      "Owner: %s",
	"pdfplan.due":        "Due: %s",
	"pdfplan.status":     "Status: %s",
	"pdfplan.horizon":    "within %d days",
	"pdfplan.top":        "The %d actions that matter most",
	"pdfplan.suggested":  "Suggested: %s",
}

var englishPlanCount = map[Key]Forms{
	"pdfplan.targetsMore": {One: "and %d more target, page %d", Other: "and %d more targets, page %d"},
	"pdfplan.days":        {One: "%d day", Other: "%d days"},
}

// englishWhy is the English of why a question or section does not apply
// (catalog_brief.go).
var englishWhy = map[Key]string{
	"pdfwhy.na":      "does not apply: %s",
	"pdfwhy.answer":  "%s, answer to %s",
	"pdfwhy.regime":  "%s does not apply",
	"pdfwhy.section": "This section does not apply to the service: %s. Its questions are left out.",
}

// englishApplies is the English of the applicability table
// (catalog_brief.go).
var englishApplies = map[Key]string{
	"pdfapp.colApplies": "Applies",
	"pdfapp.colRead":    "Answers read",
	"pdfapp.colSources": "Sources",
}
