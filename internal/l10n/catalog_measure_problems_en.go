package l10n

// englishMeasureProblems are the command line's words around a measure
// map's and an export's problems (the problems themselves are in the
// problem catalogue, see Problem).
var englishMeasureProblems = map[Key]string{
	// "map.yaml:3:40: warning: role "removd" is used by no measure; …"
	"measure.map.warning": "%s:%d:%d: warning: %s",
}

func init() {
	add(&english, englishMeasureProblems, nil)
	add(&swedish, swedishMeasureProblemWords, nil)
}
