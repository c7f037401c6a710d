package l10n

// englishTargets is the English of targets and trends (see catalog_targets.go).
var englishTargets = map[Key]string{
	"target.title":           "Targets",
	"target.overall":         "Overall score",
	"target.min":             "at least %s",
	"target.max":             "at most %s",
	"target.range":           "from %s to %s",
	"target.by":              "by %s",
	"target.now":             "now %s",
	"target.no.figure":       "no figure",
	"target.estimate":        "estimate",
	"target.set.by":          "Set by: %s",
	"target.state.met":       "met",
	"target.state.open":      "open",
	"target.state.missed":    "MISSED",
	"target.state.not_known": "not known",
	"target.form":            "Target the board set · enter saves, esc cancels",
	"target.form.on":         "On",
	"target.form.min":        "At least",
	"target.form.max":        "At most",
	"target.form.by":         "By",
	"key.target":             "target",
	"target.cleared":         "%s: no target",
}

var englishTargetsCount = map[Key]Forms{
	"target.days.old": {One: "%d day old", Other: "%d days old"},
}
