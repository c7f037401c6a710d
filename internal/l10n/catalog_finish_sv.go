package l10n

// swedishFinish is the Swedish of catalog_finish.go.
var swedishFinish = map[Key]string{
	"trend.measured":       "Mätta värden (från ärendeexporter)",
	"evidence.hashing":     "Hashar %s …",
	"evidence.hashing.pct": "Hashar %s … %s",
	"trend.typed":          "inskrivet",
	"pdf.measuredTrend":    "Över tid: %s",
	"pdf.measuredTrendPt":  "%s: %s",
	"pdf.measuredTrendCnt": "%s (%s)",
}

var swedishFinishCount = map[Key]Forms{
	"trend.cases": {One: "%d ärende", Other: "%d ärenden"},
}
