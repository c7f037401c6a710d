package l10n

// swedishTargets is the Swedish of targets and trends (see catalog_targets.go).
var swedishTargets = map[Key]string{
	"target.title":           "Mål",
	"target.overall":         "Totalpoäng",
	"target.min":             "minst %s",
	"target.max":             "högst %s",
	"target.range":           "från %s till %s",
	"target.by":              "senast %s",
	"target.now":             "nu %s",
	"target.no.figure":       "ingen siffra",
	"target.estimate":        "uppskattning",
	"target.set.by":          "Satta av: %s",
	"target.state.met":       "uppnått",
	"target.state.open":      "pågår",
	"target.state.missed":    "MISSAT",
	"target.state.not_known": "okänt",
	"target.form":            "Mål som styrelsen satt · enter sparar, esc avbryter",
	"target.form.on":         "Gäller",
	"target.form.min":        "Minst",
	"target.form.max":        "Högst",
	"target.form.by":         "Senast",
	"key.target":             "mål",
	"target.cleared":         "%s: inget mål",
}

var swedishTargetsCount = map[Key]Forms{
	"target.days.old": {One: "%d dag gammalt", Other: "%d dagar gammalt"},
}
