package l10n

// englishFinish is the English of catalog_finish.go.
var englishFinish = map[Key]string{
	"trend.measured":       "Measured figures (from case exports)",
	"evidence.hashing":     "Hashing %s…",
	"evidence.hashing.pct": "Hashing %s… %s",
	"trend.typed":          "typed",
	"pdf.measuredTrend":    "Over time: %s",
	"pdf.measuredTrendPt":  "%s: %s",
	"pdf.measuredTrendCnt": "%s (%s)",
}

var englishFinishCount = map[Key]Forms{
	"trend.cases": {One: "%d case", Other: "%d cases"},
}
