package l10n

// swedishMeasureProblemWords are englishMeasureProblems in Swedish.
var swedishMeasureProblemWords = map[Key]string{
	"measure.map.warning":      "%s:%d:%d: varning: %s",
	"cli.choice.unknown.one":   "%q är inte ett av alternativen; välj ett av %s",
	"cli.choice.unknown.multi": "%q är inte ett av alternativen; välj bland %s",
	"cli.key.nokey":            "--key %s: inte en privat eller publik OpenSSH-nyckel",
}
