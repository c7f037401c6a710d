package l10n

// englishSummary are the messages the result summary (internal/summary)
// adds: the facts every output tells in the same words.
var englishSummary = map[Key]string{
	"sum.capped": "The rating is capped at %s because %s; the score alone would give %s.",
}
