package l10n

// swedishFinish is the Swedish of catalog_finish.go.
var swedishFinish = map[Key]string{
	"trend.measured":            "Mätta värden (från ärendeexporter)",
	"evidence.hashing":          "Hashar %s …",
	"evidence.hashing.pct":      "Hashar %s … %s",
	"target.name.overall":       "totalt",
	"target.name.section":       "avsnitt %s",
	"target.name.question":      "fråga %s",
	"trend.typed":               "inskrivet",
	"pdf.measuredTrend":         "Över tid: %s",
	"pdf.measuredTrendPt":       "%s: %s",
	"ch.note.untranslated":      "%s oförändrad: kontrollera att översättningen fortfarande säger samma sak",
	"ch.digest.added":           "Frågor tillagda",
	"ch.digest.removed":         "Frågor borttagna",
	"ch.digest.renamed":         "Frågor omdöpta (svaren följer med)",
	"ch.digest.scoring":         "Frågor ändrade i poängsättningen",
	"ch.digest.wording":         "Frågor ändrade bara i formulering",
	"cli.target.err.nolimit":    "ange --min eller --max: siffran som målet gäller",
	"cli.target.err.noby":       "ange --by: datum då målet ska vara nått",
	"cli.target.err.order":      "--min %s är mer än --max %s",
	"target.err.number.between": "%s ligger utanför vad frågan ”%s” kan besvaras med (från %s till %s)",
	"target.err.number.atleast": "%s ligger utanför vad frågan ”%s” kan besvaras med (minst %s)",
	"target.err.number.atmost":  "%s ligger utanför vad frågan ”%s” kan besvaras med (högst %s)",
	"cli.flag.badvalue":         "%s: %s: ”%s” är inte %s; se 'dutycheck %s --help'",
	"cli.flag.refused":          "%s: %s: %s; se 'dutycheck %s --help'",
	"cli.flag.want.decimal":     "ett decimaltal som 80 eller 72.5",
	"cli.flag.want.int":         "ett heltal",
	"cli.flag.want.number":      "ett tal",
	"cli.flag.want.bool":        "true eller false",
	"cli.save.conflict":         "%s ändrades på disken medan dutycheck skrev den; den skrevs inte över: den nya versionen finns i %s",
	"cli.save.readonly":         "kan inte spara %s: filen är skrivskyddad och ändrades inte (gör den skrivbar, eller använd en annan fil)",
	"cli.save.toolarge":         "kan inte spara %s: den skulle bli större än den 1 MiB som dutycheck läser tillbaka; korta en lång kommentar eller ett långt textsvar",
	"cli.save.nofolder":         "kan inte spara %s: mappen %s finns inte",
	"cli.save.failed":           "kan inte spara %s: %s",
	"cli.sign.conflict":         "%s ändrades på disken under underskriften; den skrevs inte över: filen med det nya godkännandet är %s",
	"pdf.measuredTrendCnt":      "%s (%s)",
}

var swedishFinishCount = map[Key]Forms{
	"trend.cases": {One: "%d ärende", Other: "%d ärenden"},
}
