package l10n

// swedishSummary: see englishSummary.
var swedishSummary = map[Key]string{
	"sum.capped": "Nivån begränsas till %s eftersom %s; poängen ensam skulle ge %s.",
}
