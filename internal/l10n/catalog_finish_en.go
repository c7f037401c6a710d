package l10n

// englishFinish is the English of catalog_finish.go.
var englishFinish = map[Key]string{
	"trend.measured":            "Measured figures (from case exports)",
	"evidence.hashing":          "Hashing %s…",
	"evidence.hashing.pct":      "Hashing %s… %s",
	"target.name.overall":       "overall",
	"target.name.section":       "section %s",
	"target.name.question":      "question %s",
	"trend.typed":               "typed",
	"pdf.measuredTrend":         "Over time: %s",
	"pdf.measuredTrendPt":       "%s: %s",
	"ch.note.untranslated":      "%s unchanged: check that the translation still says the same",
	"ch.digest.added":           "Questions added",
	"ch.digest.removed":         "Questions removed",
	"ch.digest.renamed":         "Questions renamed (answers carried)",
	"ch.digest.scoring":         "Questions changed in scoring",
	"ch.digest.wording":         "Questions changed in wording only",
	"cli.target.err.nolimit":    "give --min or --max: the figure the target holds to",
	"cli.target.err.noby":       "give --by: the date by which the target is to be met",
	"cli.target.err.order":      "--min %s is above --max %s",
	"target.err.number.between": "%s is outside what question %q can be answered (from %s to %s)",
	"target.err.number.atleast": "%s is outside what question %q can be answered (at least %s)",
	"target.err.number.atmost":  "%s is outside what question %q can be answered (at most %s)",
	"cli.flag.badvalue":         "%s: %s: %q is not %s; see 'dutycheck %s --help'",
	"cli.flag.refused":          "%s: %s: %s; see 'dutycheck %s --help'",
	"cli.flag.want.decimal":     "a decimal number such as 80 or 72.5",
	"cli.flag.want.int":         "a whole number",
	"cli.flag.want.number":      "a number",
	"cli.flag.want.bool":        "true or false",
	"pdf.measuredTrendCnt":      "%s (%s)",
}

var englishFinishCount = map[Key]Forms{
	"trend.cases": {One: "%d case", Other: "%d cases"},
}
