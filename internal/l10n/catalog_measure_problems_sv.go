package l10n

// swedishMeasureProblemWords are englishMeasureProblems in Swedish.
var swedishMeasureProblemWords = map[Key]string{
	"measure.map.warning": "%s:%d:%d: varning: %s",
}
