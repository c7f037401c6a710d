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
	"cli.save.conflict":         "%s changed on disk while dutycheck was writing it; not overwritten: the new version is in %s",
	"cli.save.readonly":         "cannot save %s: the file is read-only; it was not changed (make it writable, or use another file)",
	"cli.save.toolarge":         "cannot save %s: it would be over the 1 MiB that dutycheck reads back; shorten a long note or text answer",
	"cli.save.nofolder":         "cannot save %s: the folder %s does not exist",
	"cli.save.failed":           "cannot save %s: %s",
	"cli.sign.conflict":         "%s changed on disk while signing; not overwritten: the file with the new sign-off is %s",
	"pdf.measuredTrendCnt":      "%s (%s)",
}

var englishFinishCount = map[Key]Forms{
	"trend.cases": {One: "%d case", Other: "%d cases"},
}
